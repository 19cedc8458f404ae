import { formatCitation, parseCitation, toChineseNumber, type LawCitation, type ParsedItem } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface ResolvedCitation {
  ok: true;
  /** Normalised form: 行政处罚法 第51条第2款. */
  citation: string;
  lawId: string;
  shortTitle: string;
  versionId: string;
  versionDate: string;
  validFrom: string;
  validTo: string | null;
  articleId: string;
  articleLabel: string;
  paragraph: number | null;
  item: number | null;
  /** The text of the cited provision: the item, else the paragraph, else the whole article. */
  text: string;
}

export interface CitationFailure {
  ok: false;
  code: 'CITATION_INVALID' | 'CITATION_NOT_FOUND';
  /** Chinese, shown as it stands. */
  message: string;
}

export type CitationResolution = ResolvedCitation | CitationFailure;

const MAX_NUMBER = 100_000;
const notFound = (message: string): CitationFailure => ({ ok: false, code: 'CITATION_NOT_FOUND', message });

function articleName(c: LawCitation): string {
  return `第${c.article}条${c.articleSuffix ? `之${toChineseNumber(c.articleSuffix)}` : ''}`;
}

/**
 * Find the article (and paragraph, item) a citation names, in the version of the law valid on
 * `onDate` (YYYY-MM-DD), or the version in force when no date is given. Other modules call this
 * to refuse a record that cites a provision the library does not have.
 */
export async function resolveCitation(
  db: Kysely<DB>,
  input: string | LawCitation,
  onDate?: string,
): Promise<CitationResolution> {
  let c: LawCitation;
  if (typeof input === 'string') {
    const parsed = parseCitation(input);
    if (!parsed.ok) return { ok: false, code: 'CITATION_INVALID', message: parsed.error.message };
    c = parsed.citation;
  } else {
    c = input;
  }
  // Beyond any real numbering, and beyond what an integer column can compare with.
  if (
    [c.article, c.articleSuffix, c.paragraph, c.item].some(
      (n) => n !== undefined && !(Number.isSafeInteger(n) && n > 0 && n <= MAX_NUMBER),
    )
  ) {
    return notFound(`“${c.lawTitle}”没有这样编号的条、款或项（编号超出范围）`);
  }

  const law = await db
    .selectFrom('laws')
    .select(['id', 'short_title'])
    .where('short_title', '=', c.lawTitle)
    .executeTakeFirst();
  if (!law)
    return notFound(`法律法规库中没有“${c.lawTitle}”，请核对名称（应为不含“中华人民共和国”的简称，如“行政处罚法”）`);

  let vq = db
    .selectFrom('law_versions')
    .select(['id', 'version_date', 'valid_from', 'valid_to'])
    .where('law_id', '=', law.id);
  vq = onDate
    ? vq
        .where('valid_from', '<=', onDate)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', onDate)]))
    : vq.where('valid_to', 'is', null);
  const version = await vq.executeTakeFirst();
  if (!version) return notFound(`“${law.short_title}”在 ${onDate} 没有有效的版本`);

  const article = await db
    .selectFrom('law_articles')
    .select(['id', 'label', 'text'])
    .where('version_id', '=', version.id)
    .where('number', '=', c.article)
    .where('suffix', c.articleSuffix ? '=' : 'is', c.articleSuffix ?? null)
    .executeTakeFirst();
  const where = `${law.short_title}（${version.version_date} 版）`;
  if (!article) return notFound(`${where}没有${articleName(c)}`);

  let paragraphNo: number | null = null;
  let itemNo: number | null = null;
  let text = article.text;
  if (c.paragraph !== undefined || c.item !== undefined) {
    const paragraphs = await db
      .selectFrom('law_paragraphs')
      .select(['number', 'text', 'items'])
      .where('article_id', '=', article.id)
      .orderBy('number')
      .execute();
    let paragraph = c.paragraph !== undefined ? paragraphs.find((p) => p.number === c.paragraph) : undefined;
    if (c.paragraph !== undefined && !paragraph) return notFound(`${where}${articleName(c)}没有第${c.paragraph}款`);
    if (!paragraph) {
      // 第N条第(一)项 without a paragraph: the items of the one paragraph that has any.
      const withItems = paragraphs.filter((p) => p.items.length > 0);
      if (withItems.length > 1) return notFound(`${where}${articleName(c)}有多款列有项，请写明款号，如“第1款第(一)项”`);
      paragraph = withItems[0];
    }
    if (c.item !== undefined) {
      const item = (paragraph?.items as ParsedItem[] | undefined)?.find((i) => i.number === c.item);
      if (!paragraph || !item) {
        return notFound(
          `${where}${articleName(c)}${c.paragraph ? `第${c.paragraph}款` : ''}没有第(${toChineseNumber(c.item)})项`,
        );
      }
      itemNo = item.number;
      text = item.text;
    } else {
      text = paragraph.text;
    }
    paragraphNo = c.paragraph !== undefined ? paragraph.number : null;
  }

  return {
    ok: true,
    citation: formatCitation({
      lawTitle: law.short_title,
      article: c.article,
      ...(c.articleSuffix ? { articleSuffix: c.articleSuffix } : {}),
      ...(paragraphNo !== null ? { paragraph: paragraphNo } : {}),
      ...(itemNo !== null ? { item: itemNo } : {}),
    }),
    lawId: law.id,
    shortTitle: law.short_title,
    versionId: version.id,
    versionDate: version.version_date,
    validFrom: version.valid_from,
    validTo: version.valid_to,
    articleId: article.id,
    articleLabel: article.label,
    paragraph: paragraphNo,
    item: itemNo,
    text,
  };
}
