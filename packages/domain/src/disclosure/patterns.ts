// What personal information looks like in free text: the shapes the detector and the redaction
// share, so what one removes the other would have found (statement 70; 个人信息保护法 第28条).
import { idNumberBirthDate, idNumberCheckChar } from '../identifiers/id-number';

/** Digits not part of a longer run of digits (or an X-terminated ID number). */
export const ID_NUMBER = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;
export const ID_NUMBER_15 = /(?<!\d)\d{15}(?!\d)/g;
export const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
/** 0750-1234567, (0750)12345678, 0750 1234567: a landline with its area code. */
export const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}[\s-])\d{7,8}(?!\d)/g;
export const BANK_CARD = /(?<!\d)(?:\d[\s-]?){12,18}\d(?!\d)/g;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A labelled account or card number, whatever its check digit: 账号：4402 1234 …. */
export const LABELLED_ACCOUNT = /(?:账号|帐号|卡号|银行账户|开户账号)[:：\s]*((?:\d[\s-]?){6,30}\d)/g;

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** An 18-character ID number whose check character and birth date hold (GB 11643-1999). */
export function isRealIdNumber(s: string): boolean {
  const n = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(n)) return false;
  return idNumberCheckChar(n.slice(0, 17)) === n[17] && idNumberBirthDate(n) !== null;
}

/** The Luhn check (ISO/IEC 7812) that bank card numbers pass. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Words that put health information in a text (个人信息保护法 第28条: sensitive personal information). */
export const HEALTH_WORDS = /(病历|病史|诊断|确诊|患有|残疾|精神病|传染病|艾滋|HIV|乙肝|怀孕|孕期|住院治疗)/g;
