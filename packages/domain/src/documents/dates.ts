// Dates as documents write them: 二〇二六年十二月七日 (党政机关公文格式 GB/T 9704-2012 7.3.5.1 gives
// the form of the 成文日期; enforcement documents follow it for the date under the seal).
import { toChineseNumber } from '../laws/chinese-number';

const YEAR_DIGITS = '〇一二三四五六七八九';

/** 'YYYY-MM-DD' → 二〇二六年十二月七日. */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`日期格式不正确：${isoDate}`);
  const year = [...m[1]].map((d) => YEAR_DIGITS[Number(d)]).join('');
  return `${year}年${toChineseNumber(Number(m[2]))}月${toChineseNumber(Number(m[3]))}日`;
}

/** 'YYYY-MM-DD' → 2026年12月7日 (dates inside the body, where figures are the custom). */
export function figureDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 'YYYY-MM-DDTHH:MM' → 2026年12月7日9时30分. */
export function figureDateTime(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return figureDate(value);
  return `${figureDate(m[1])}${Number(m[2])}时${m[3]}分`;
}
