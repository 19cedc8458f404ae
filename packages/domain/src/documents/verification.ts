// 一案一码: a short code printed on a document, derived from the hash of what it states, so that a
// printed copy can be checked against the record (the same code comes out of the stored content).

// Crockford base32: no I, L, O, U, so that a code read off paper is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The first 40 bits of a SHA-256 (hex) as 8 base32 characters, ABCD-EFGH. */
export function verificationCode(sha256Hex: string): string {
  if (!/^[0-9a-f]{64}$/i.test(sha256Hex)) throw new RangeError('应为 64 位十六进制 SHA-256');
  let bits = BigInt(`0x${sha256Hex.slice(0, 10)}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** The public page a decision's QR code opens. */
export function decisionPublicUrl(publicBaseUrl: string, documentId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/public/decisions/${documentId}`;
}

/** Document kinds that are decisions: they carry the QR code and the public address. */
export const DECISION_KINDS: ReadonlySet<string> = new Set([
  'penaltyDecision',
  'noPenaltyDecision',
  'onTheSpotDecision',
]);
