// Normalises law texts and search queries alike, so that the words officers type and the words
// of the statute meet: 两年 and 二年 are both 2年, 十五日 and 15日 are 15日, a fine is a fine.

import { parseChineseNumber } from './chinese-number';

const CN_DIGITS = '零〇一二两三四五六七八九十百千万';
// Units after which a Chinese numeral is a quantity (a period, an amount, an age), not a name:
// 第十五条 stays as written (条 is not here), 十五日内 becomes 15日内.
const UNITS = '(?:个工作日|个月|工作日|周岁|岁|小时|年|日|天|月|倍|元|人|次|周|项|份|米|公里|平方米|分贝)';
const CN_QUANTITY = new RegExp(`(?<![第${CN_DIGITS}])([${CN_DIGITS}]+)(?=${UNITS})`, 'gu');
// 已满十四、不满十八: an age after 满 even when 周岁 is left out.
const CN_AGE = new RegExp(`(?<=满)([${CN_DIGITS}]+)`, 'gu');
const DIGIT_WAN = /(\d+(?:\.\d+)?)万(?=元)/g;

/**
 * Words the law uses interchangeably for the reader's purpose. Only pairs the statutes themselves
 * treat alike: 罚金 is what people say for an administrative 罚款; the rest are spelling variants.
 */
export const WORD_VARIANTS: Readonly<Record<string, string>> = {
  罚金: '罚款',
  罚钱: '罚款',
  罚没款: '罚款',
  犬: '犬只',
  狗: '犬只',
};

function quantity(cn: string): string {
  try {
    return String(parseChineseNumber(cn));
  } catch {
    return cn;
  }
}

/**
 * NFKC (full-width digits and letters become ASCII), lower case, Chinese quantities as Arabic
 * digits, 5万元 as 50000元. The text keeps its length order and punctuation, so snippets cut from
 * it read like the original.
 */
export function normaliseLawText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(CN_QUANTITY, (_m, cn: string) => quantity(cn))
    .replace(CN_AGE, (_m, cn: string) => quantity(cn))
    .replace(DIGIT_WAN, (_m, n: string) => String(Math.round(Number(n) * 10_000)));
}

/** The canonical spelling of one word (after segmentation). */
export function canonicalWord(word: string): string {
  return WORD_VARIANTS[word] ?? word;
}
