// Chinese numerals as they appear in article, paragraph and item numbers of law texts.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Characters a Chinese numeral may contain; useful for building regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇一二三四五六七八九十百千万两';

// Numbers are written with 第 before and a unit word after (第五十一条, 第二款, 第三章); the
// parser accepts these so callers can pass a heading fragment as it stands.
const WRAPPER = /^第?(.+?)[条款项章节编目]?$/u;

function junk(input: string, why: string): never {
  throw new RangeError(`无法识别的中文数字“${input}”：${why}`);
}

/** Parses a value below 10 000 written without 万. */
function parseBelowTenThousand(s: string, input: string): number {
  if (s === '') junk(input, '为空');
  if (s === '零' || s === '〇') return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000;
  let zeroPending = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (d === 0) {
        // 零 stands for skipped places, so it can only follow a unit and only once.
        if (digit !== null || zeroPending || total === 0) junk(input, '“零”的位置不对');
        zeroPending = true;
        continue;
      }
      if (digit !== null) junk(input, '两个数字相连');
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) junk(input, `含有非数字字符“${ch}”`);
    if (unit >= lastUnit) junk(input, '位数顺序不对');
    if (digit === null) {
      // A bare 十 at the start means 一十 (十二 = 12); anywhere else a unit needs its digit.
      if (unit === 10 && total === 0 && !zeroPending) digit = 1;
      else junk(input, `“${ch}”前缺少数字`);
    }
    if (zeroPending && lastUnit / unit < 100) junk(input, '“零”后没有跳过的数位');
    if (!zeroPending && total > 0 && lastUnit / unit >= 100) junk(input, '跳过的数位缺少“零”');
    total += digit * unit;
    digit = null;
    lastUnit = unit;
    zeroPending = false;
  }
  if (digit !== null) {
    // 一百五 is colloquial for 150; law texts never use it, so it is refused as ambiguous.
    if (total > 0 && lastUnit > 10 && !zeroPending) junk(input, '个位数前缺少“零”');
    if (zeroPending && lastUnit === 10) junk(input, '“零”后没有跳过的数位');
    total += digit;
  } else if (zeroPending) {
    junk(input, '以“零”结尾');
  }
  return total;
}

/**
 * Parses a Chinese numeral (一百零八, 十二, 两, 零), optionally wrapped as 第…条/款/项/章/节/编.
 * Arabic digits are accepted too (第51条). Throws RangeError with a Chinese message on junk.
 */
export function parseChineseNumber(input: string): number {
  const trimmed = input.trim();
  const m = WRAPPER.exec(trimmed);
  if (!m) junk(input, '为空');
  const body = m[1];
  if (/^[0-9]+$/.test(body)) return Number(body);
  const wan = body.split('万');
  if (wan.length > 2) junk(input, '“万”出现多次');
  if (wan.length === 1) return parseBelowTenThousand(body, input);
  const high = parseBelowTenThousand(wan[0], input);
  if (high === 0) junk(input, '“万”前缺少数字');
  let low = wan[1];
  if (low === '') return high * 10_000;
  if (low.startsWith('零')) {
    low = low.slice(1);
    const rest = parseBelowTenThousand(low, input);
    if (rest >= 1000) junk(input, '“零”后没有跳过的数位');
    return high * 10_000 + rest;
  }
  const rest = parseBelowTenThousand(low, input);
  if (rest < 1000) junk(input, '万位后缺少“零”');
  return high * 10_000 + rest;
}

function below10000(n: number, leadingOneBeforeTen: boolean): string {
  const places: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // Statutes write 十二 for 12 but 一百一十 for 110: the 一 before 十 is dropped only when 十 leads.
    if (!(value === 10 && d === 1 && out === '' && !leadingOneBeforeTen)) out += DIGIT_CHARS[d];
    out += unit;
  }
  return out;
}

/** Writes a non-negative integer below 100 000 000 the way statutes number things (108 → 一百零八). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) {
    throw new RangeError(`无法转换为中文数字：${n}`);
  }
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return below10000(low, false);
  let out = below10000(high, false) + '万';
  if (low === 0) return out;
  if (low < 1000) out += '零';
  return out + below10000(low, true);
}

/**
 * An article reference in the style of legal documents (公文): Chinese numerals and full-width
 * brackets — 第42条 → 第四十二条, 第50条第3款第(4)项 → 第五十条第三款第（四）项.
 */
export function formalArticle(text: string): string {
  const numeral = (digits: string) =>
    toChineseNumber(Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))));
  return text
    .replace(/第\s*([0-9０-９]+)\s*([条款章节编目])/gu, (_m, n: string, unit: string) => `第${numeral(n)}${unit}`)
    .replace(/第\s*[(（]\s*([0-9０-９]+)\s*[)）]\s*项/gu, (_m, n: string) => `第（${numeral(n)}）项`)
    .replace(/第\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]\s*项/gu, (_m, n: string) => `第（${n}）项`)
    .replace(/第\s*([0-9０-９]+)\s*项/gu, (_m, n: string) => `第（${numeral(n)}）项`);
}
