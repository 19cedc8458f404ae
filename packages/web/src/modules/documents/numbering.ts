// 文书编号 as the server issues it: 代字〔YYYY〕N号, the 代字 being the agency's prefix and the
// series' code (蓬杜综执 + 罚 → 蓬杜综执罚〔2026〕3号). Used for the settings page's examples and
// checks; the numbers themselves are issued by the server only.

export function formatDocumentNumber(prefix: string, code: string, year: number, seq: number): string {
  return `${prefix}${code}〔${year}〕${seq}号`;
}

/**
 * What a 代字 (the prefix or a series' code) may not contain: anything that would make a number
 * ambiguous to read back — brackets, digits, 号, spaces — or blank. Null when it is fine.
 */
export function codeProblem(value: string, what: '机关代字' | '类别代字'): string | null {
  const v = value.trim();
  if (!v) return `请填写${what}`;
  if (v.length > (what === '机关代字' ? 20 : 6)) return `${what}不超过 ${what === '机关代字' ? 20 : 6} 个字`;
  if (/[〔〕[\]()（）\d０-９号\s]/u.test(v)) return `${what}不能含括号、数字、“号”或空格`;
  return null;
}
