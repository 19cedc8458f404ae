// 发文字号 "代字〔YYYY〕N号" (GB/T 9704-2012 7.2.5): six-angle brackets U+3014/U+3015, the year in
// full, the serial without "第" and without leading zeros. legal-rules.md §7.1, statement 80.
// Archive numbers: 4-digit year + 4-digit serial from 0001 (statement 83).

const DOCUMENT_NUMBER = /^([\p{Script=Han}A-Za-z0-9]+)〔((?:19|20)\d{2})〕([1-9]\d*)号$/u;
const PREFIX = /^[\p{Script=Han}A-Za-z0-9]+$/u;

export interface DocumentNumber {
  /** 机关代字, e.g. 江蓬综执罚 */
  prefix: string;
  year: number;
  serial: number;
}

export function formatDocumentNumber(prefix: string, year: number, serial: number): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`文书代字“${prefix}”无效：只能由汉字、字母和数字组成`);
  if (!Number.isInteger(year) || year < 1900 || year > 2099) throw new RangeError(`文书年份无效：${year}`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`文书序号无效：${serial}`);
  return `${prefix}〔${year}〕${serial}号`;
}

export function isValidDocumentNumber(s: string): boolean {
  return typeof s === 'string' && DOCUMENT_NUMBER.test(s);
}

export function parseDocumentNumber(s: string): DocumentNumber | null {
  const m = typeof s === 'string' ? DOCUMENT_NUMBER.exec(s) : null;
  if (!m) return null;
  const serial = Number(m[3]);
  if (!Number.isSafeInteger(serial)) return null;
  return { prefix: m[1], year: Number(m[2]), serial };
}

// Brackets seen on legacy or hand-typed numbers: [ ], 【 】, ( ), （ ）, 〔 〕, ［ ］, 〖 〗.
const LEGACY = /^([\p{Script=Han}A-Za-z0-9]*)[[【(（〔［〖]((?:19|20)\d{2})[\]】)）〕］〗]第?0*([1-9]\d*)号$/u;

/**
 * Converts legacy forms such as `豫X罚〔2016〕第12号`, `[2016]012号` or `（2016）第0012号` to the
 * GB/T 9704 form. The agency abbreviation is taken from the input, or `defaultPrefix` when the
 * input has none (then the result is only valid if a prefix was supplied). Null when the input
 * has no recognisable year and serial.
 */
export function normaliseLegacyDocumentNumber(input: string, defaultPrefix = ''): string | null {
  const compact = input
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
  const m = LEGACY.exec(compact);
  if (!m) return null;
  const prefix = m[1] || defaultPrefix;
  return `${prefix}〔${m[2]}〕${Number(m[3])}号`;
}

const ARCHIVE_NUMBER = /^((?:19|20)\d{2})(\d{4})$/;

/** 8 digits: filing year + serial from 0001 (a case crossing years keeps its filing year). */
export function formatArchiveNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2099) throw new RangeError(`归档年份无效：${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`归档序号应在 1–9999 之间：${serial}`);
  }
  return `${year}${String(serial).padStart(4, '0')}`;
}

export function isValidArchiveNumber(s: string): boolean {
  const m = typeof s === 'string' ? ARCHIVE_NUMBER.exec(s) : null;
  return m !== null && m[2] !== '0000';
}
