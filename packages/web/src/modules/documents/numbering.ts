// 文书编号 as the server issues it: 代字〔YYYY〕N号, the 代字 being the agency's prefix and the
// series' code (蓬杜综执 + 罚 → 蓬杜综执罚〔2026〕3号). Used for the settings page's examples and
// checks; the numbers themselves are issued by the server only.

export function formatDocumentNumber(prefix: string, code: string, year: number, seq: number): string {
  return `${prefix}${code}〔${year}〕${seq}号`;
}

const MAX_LENGTH = { 机关代字: 20, 类别代字: 10 } as const;

/**
 * What is wrong with a 代字 (the agency's prefix or a series' code), as the server checks it:
 * Chinese characters, letters or digits only — brackets, 号 and spaces would make a number
 * ambiguous to read back. Null when it is fine.
 */
export function codeProblem(value: string, what: keyof typeof MAX_LENGTH): string | null {
  const v = value.trim();
  if (!v) return `请填写${what}`;
  if (v.length > MAX_LENGTH[what]) return `${what}不超过 ${MAX_LENGTH[what]} 个字`;
  if (!/^[\u4e00-\u9fa5A-Za-z0-9]+$/u.test(v)) return '代字只能包含汉字、字母或数字';
  return null;
}
