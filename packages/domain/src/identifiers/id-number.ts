// 居民身份证号码, GB 11643-1999 (legal-rules.md §9.2). The address code is the one valid when the
// number was assigned and may be retired since, so only its province prefix is checked.
import { calendarDaysBetween, isValidDate } from '../calendar/dates';
import { ageOn } from './age';
import { PROVINCE_CODES } from './region';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// 83 is used only by residence permits of Taiwan residents; 81/82 also by HK/Macao permits.
const ID_PROVINCE_PREFIXES = new Set([...Object.keys(PROVINCE_CODES), '83']);
// Nobody alive when second-generation numbers were issued (2004 onwards) was born before this.
const EARLIEST_BIRTH_DATE = '1850-01-01';

export type IdNumberProblem = 'length' | 'format' | 'province' | 'birthDate' | 'futureBirthDate' | 'checkDigit';

export type IdNumberValidation = { ok: true } | { ok: false; code: IdNumberProblem; message: string };

/** Trims, removes inner spaces and stores an upper-case X (GB 11643-1999). */
export function normaliseIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Birth date `YYYY-MM-DD` of an 18-digit or legacy 15-digit (19YYMMDD) number, or null. */
export function idNumberBirthDate(id: string): string | null {
  const n = normaliseIdNumber(id);
  let raw: string;
  if (/^\d{17}[\dX]$/.test(n)) raw = n.slice(6, 14);
  else if (/^\d{15}$/.test(n)) raw = `19${n.slice(6, 12)}`;
  else return null;
  const date = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  return isValidDate(date) ? date : null;
}

/** The sequence code's last digit is odd for men and even for women. */
export function idNumberSex(id: string): 'male' | 'female' | null {
  const n = normaliseIdNumber(id);
  const digit = /^\d{17}[\dX]$/.test(n) ? n[16] : /^\d{15}$/.test(n) ? n[14] : null;
  if (digit === null) return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/** Completed years of age (周岁) on `date` of the holder of an ID number (see `ageOn`). */
export function ageOnDate(id: string, date: string): number | null {
  const birth = idNumberBirthDate(id);
  return birth === null ? null : ageOn(birth, date);
}

export function validateIdNumber(id: string, today: string): IdNumberValidation {
  const n = typeof id === 'string' ? normaliseIdNumber(id) : '';
  if (n.length !== 18) {
    return { ok: false, code: 'length', message: `身份证号码应为 18 位，当前为 ${n.length} 位` };
  }
  if (!/^\d{17}[\dX]$/.test(n)) {
    return { ok: false, code: 'format', message: '身份证号码前 17 位应为数字，最后一位应为数字或 X' };
  }
  if (!ID_PROVINCE_PREFIXES.has(n.slice(0, 2))) {
    return { ok: false, code: 'province', message: `身份证号码前两位“${n.slice(0, 2)}”不是有效的省级行政区划代码` };
  }
  const birth = idNumberBirthDate(n);
  if (birth === null || calendarDaysBetween(EARLIEST_BIRTH_DATE, birth) < 0) {
    return { ok: false, code: 'birthDate', message: `身份证号码中的出生日期“${n.slice(6, 14)}”不是有效日期` };
  }
  if (calendarDaysBetween(birth, today) < 0) {
    return { ok: false, code: 'futureBirthDate', message: `身份证号码中的出生日期 ${birth} 晚于今天` };
  }
  if (n[17] !== idNumberCheckChar(n.slice(0, 17))) {
    return { ok: false, code: 'checkDigit', message: '身份证号码校验码不正确，请核对是否输错' };
  }
  return { ok: true };
}

// The only clock read in the domain package: the acceptance contract fixes the signature
// `isValidIdNumber(id)`, and a birth date in the future can only be judged against today. The
// date is taken in China Standard Time (UTC+8, no daylight saving) so that the host's time zone
// cannot matter. Callers that know "today" (the server, tests) pass it explicitly.
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function isValidIdNumber(id: string, today: string = chinaToday()): boolean {
  return validateIdNumber(id, today).ok;
}

/** First 4 and last 4 characters, stars between: 4407**********123X. */
export function maskIdNumber(id: string): string {
  const n = normaliseIdNumber(id);
  if (n.length <= 8) return '*'.repeat(n.length);
  return `${n.slice(0, 4)}${'*'.repeat(n.length - 8)}${n.slice(-4)}`;
}
