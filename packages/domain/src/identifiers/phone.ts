// Mainland mobile numbers: 11 digits, 1 then 3–9. Masking keeps what a caller needs to recognise
// the number while hiding the rest from logs and published documents (security.md).

export function isValidMobile(s: string): boolean {
  return typeof s === 'string' && /^1[3-9]\d{9}$/.test(s);
}

/** 138****5678 for a mobile; for other numbers the first 3 and last 4 digits stay visible. */
export function maskPhone(s: string): string {
  const compact = s.replace(/[\s-]+/g, '');
  // Too short to show 7 digits and still hide some: keep only the last two.
  if (compact.length <= 7) return compact.replace(/.(?=.{2})/g, '*');
  return `${compact.slice(0, 3)}${'*'.repeat(compact.length - 7)}${compact.slice(-4)}`;
}
