// Citations of a law provision: 行政处罚法 第51条第2款第(一)项, and their inverse.

import { CHINESE_NUMERAL_CHARS, parseChineseNumber, toChineseNumber } from './chinese-number';
import { shortLawTitle } from './law-level';

export interface LawCitation {
  lawTitle: string;
  article: number;
  /** 之一, 之二 … of an inserted article (第十条之一 → article 10, articleSuffix 1). */
  articleSuffix?: number;
  paragraph?: number;
  item?: number;
}

export type CitationErrorCode = 'empty' | 'missingLawTitle' | 'missingArticle' | 'invalidNumber';

export interface CitationError {
  code: CitationErrorCode;
  /** Chinese, shown to the user as it stands. */
  message: string;
  input: string;
}

export type CitationParseResult = { ok: true; citation: LawCitation } | { ok: false; error: CitationError };

function positive(n: number | undefined, what: string): void {
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
    throw new RangeError(`${what}必须为正整数：${n}`);
  }
}

/** Short title, Arabic article and paragraph numbers, Chinese item number: 行政处罚法 第51条第2款第(一)项. */
export function formatCitation(c: LawCitation): string {
  positive(c.article, '条号');
  positive(c.articleSuffix, '“之”后的序号');
  positive(c.paragraph, '款号');
  positive(c.item, '项号');
  let out = `${shortLawTitle(c.lawTitle)} 第${c.article}条`;
  if (c.articleSuffix !== undefined) out += `之${toChineseNumber(c.articleSuffix)}`;
  if (c.paragraph !== undefined) out += `第${c.paragraph}款`;
  if (c.item !== undefined) out += `第(${toChineseNumber(c.item)})项`;
  return out;
}

const NUM = `[0-9０-９${CHINESE_NUMERAL_CHARS}]+`;
// The provision part is matched at the end, so a title that itself contains 第 is left intact.
const PROVISION = new RegExp(
  `第(${NUM})条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第?[（(](${NUM})[）)]项?|第(${NUM})项)?$`,
  'u',
);

function fail(code: CitationErrorCode, message: string, input: string): CitationParseResult {
  return { ok: false, error: { code, message, input } };
}

function toNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const ascii = s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  return parseChineseNumber(ascii);
}

/**
 * Reads a citation written by formatCitation or by hand: 《中华人民共和国行政处罚法》第五十一条第二款第（一）项,
 * 行政处罚法第51条第2款第一项. The title comes back in short form.
 */
export function parseCitation(input: string): CitationParseResult {
  const compact = input.replace(/[\s\u3000]+/gu, '');
  if (compact === '') return fail('empty', '引用为空', input);
  const m = PROVISION.exec(compact);
  if (!m) {
    return /第.+条/u.test(compact)
      ? fail('invalidNumber', `无法识别条款项的写法：“${input.trim()}”（应为“第N条第N款第(N)项”）`, input)
      : fail('missingArticle', `缺少条号：“${input.trim()}”（应包含“第N条”）`, input);
  }
  const lawTitle = shortLawTitle(compact.slice(0, m.index));
  if (lawTitle === '') return fail('missingLawTitle', `缺少法律法规名称：“${input.trim()}”`, input);
  try {
    const citation: LawCitation = { lawTitle, article: toNumber(m[1])! };
    const suffix = toNumber(m[2]);
    const paragraph = toNumber(m[3]);
    const item = toNumber(m[4] ?? m[5]);
    if (suffix !== undefined) citation.articleSuffix = suffix;
    if (paragraph !== undefined) citation.paragraph = paragraph;
    if (item !== undefined) citation.item = item;
    for (const [n, what] of [
      [citation.article, '条号'],
      [suffix, '“之”后的序号'],
      [paragraph, '款号'],
      [item, '项号'],
    ] as const) {
      if (n !== undefined && n < 1) return fail('invalidNumber', `${what}必须大于零：“${input.trim()}”`, input);
    }
    return { ok: true, citation };
  } catch (e) {
    return fail('invalidNumber', e instanceof Error ? e.message : String(e), input);
  }
}
