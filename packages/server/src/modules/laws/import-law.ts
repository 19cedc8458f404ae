import crypto from 'node:crypto';
import { parseLawMarkdown, toChineseNumber, type ParsedArticle, type ParsedLaw } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { indexVersionWords } from './search/index-words';
import { badRequest, conflict } from '../../platform/errors';

export type ImportOutcome = 'created' | 'unchanged' | 'newVersion';

export interface ImportLawInput {
  fileName: string;
  text: string;
  source: 'reference' | 'upload';
  importedBy?: string | null;
}

export interface ImportLawResult {
  outcome: ImportOutcome;
  lawId: string;
  versionId: string;
  shortTitle: string;
  versionDate: string;
  articleCount: number;
  /** Whether the imported version is the one in force (an older text can be imported after a newer one). */
  current: boolean;
}

// Bind-parameter budget per statement: PostgreSQL allows 65535, and one large statement per
// chunk keeps a whole law to a handful of round trips.
const ARTICLE_CHUNK = 400;
const PARAGRAPH_CHUNK = 1000;

/** Line endings and a byte-order mark are how a file was saved, not what it says. */
export function normalizeLawText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

export function hashLawText(text: string): string {
  return crypto.createHash('sha256').update(normalizeLawText(text), 'utf8').digest('hex');
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function checkImportable(law: ParsedLaw): string {
  if (!law.versionDate) {
    throw badRequest(
      'LAW_VERSION_DATE_MISSING',
      `文件名应包含版本日期，例如“行政处罚法(2021-01-22).md”，收到：${law.fileName}`,
    );
  }
  if (law.shortTitle === '' || law.shortTitle.length > 200)
    throw badRequest('LAW_TITLE_INVALID', '无法从文件中读出法律法规名称');
  if (law.articles.length === 0)
    throw badRequest('LAW_NO_ARTICLES', `“${law.title}”中没有找到条文（条文应以“第N条”开头）`);
  const seen = new Set<string>();
  for (const a of law.articles) {
    const key = `${a.number}/${a.suffix ?? 0}`;
    if (seen.has(key)) throw badRequest('LAW_DUPLICATE_ARTICLE', `“${law.title}”中${a.label}出现了两次，请核对文本`);
    seen.add(key);
  }
  return law.versionDate;
}

/**
 * Import one law file inside the caller's transaction. The same text again changes nothing; a
 * text with another version date becomes another version of the law, and every version's
 * validity runs up to the day before the next one's date.
 */
export async function importLaw(tx: Tx, input: ImportLawInput): Promise<ImportLawResult> {
  const text = normalizeLawText(input.text);
  const hash = hashLawText(text);
  const known = await tx
    .selectFrom('law_versions')
    .innerJoin('laws', 'laws.id', 'law_versions.law_id')
    .select([
      'law_versions.id',
      'law_versions.law_id',
      'laws.short_title',
      'law_versions.version_date',
      'law_versions.article_count',
      'law_versions.valid_to',
    ])
    .where('law_versions.file_hash', '=', hash)
    .executeTakeFirst();
  if (known) {
    return {
      outcome: 'unchanged',
      lawId: known.law_id,
      versionId: known.id,
      shortTitle: known.short_title,
      versionDate: known.version_date,
      articleCount: known.article_count,
      current: known.valid_to === null,
    };
  }

  const parsed = parseLawMarkdown(input.fileName, text);
  const versionDate = checkImportable(parsed);

  let law = await tx.selectFrom('laws').select('id').where('short_title', '=', parsed.shortTitle).executeTakeFirst();
  const created = !law;
  if (!law)
    law = await tx
      .insertInto('laws')
      .values({ short_title: parsed.shortTitle })
      .returning('id')
      .executeTakeFirstOrThrow();

  const existing = await tx
    .selectFrom('law_versions')
    .select(['id', 'version_date', 'valid_to'])
    .where('law_id', '=', law.id)
    .orderBy('version_date')
    .execute();
  if (existing.some((v) => v.version_date === versionDate)) {
    throw conflict(
      'LAW_VERSION_EXISTS',
      `“${parsed.shortTitle}”已有 ${versionDate} 版本，且内容与本文件不同；如为修订，请使用新的版本日期`,
    );
  }

  // Validity follows the order of version dates, wherever the new one falls.
  const dates = [...existing.map((v) => v.version_date), versionDate].sort();
  const validTo = (date: string) => {
    const next = dates[dates.indexOf(date) + 1];
    return next ? dayBefore(next) : null;
  };
  for (const v of existing) {
    const to = validTo(v.version_date);
    if (to !== v.valid_to) await tx.updateTable('law_versions').set({ valid_to: to }).where('id', '=', v.id).execute();
  }

  const versionId = crypto.randomUUID();
  await tx
    .insertInto('law_versions')
    .values({
      id: versionId,
      law_id: law.id,
      version_date: versionDate,
      valid_from: versionDate,
      valid_to: validTo(versionDate),
      title: parsed.title,
      level: parsed.level,
      issuer: parsed.issuer,
      history: JSON.stringify(parsed.history),
      parts: JSON.stringify(parsed.parts),
      file_name: input.fileName,
      file_hash: hash,
      article_count: parsed.articles.length,
      source: input.source,
      imported_by: input.importedBy ?? null,
    })
    .execute();
  await insertBody(tx, versionId, parsed);
  await indexVersionWords(tx, versionId);

  return {
    outcome: created ? 'created' : 'newVersion',
    lawId: law.id,
    versionId,
    shortTitle: parsed.shortTitle,
    versionDate,
    articleCount: parsed.articles.length,
    current: validTo(versionDate) === null,
  };
}

/** 第一编 总则 第五章 行政处罚的决定 第二节 简易程序: the headings above an article. */
export function articleHeading(law: ParsedLaw, a: ParsedArticle): string {
  const parts: string[] = [];
  const part = law.parts.find((x) => x.number === a.partNumber);
  if (part) parts.push(`第${toChineseNumber(part.number)}编 ${part.title}`.trim());
  const chapter = law.chapters.find((c) => c.number === a.chapterNumber);
  if (chapter) {
    parts.push(`第${toChineseNumber(chapter.number)}章 ${chapter.title}`.trim());
    const section = chapter.sections.find((x) => x.number === a.sectionNumber);
    if (section) parts.push(`第${toChineseNumber(section.number)}节 ${section.title}`.trim());
  }
  return parts.join(' ');
}

async function insertBody(tx: Tx, versionId: string, parsed: ParsedLaw): Promise<void> {
  if (parsed.chapters.length > 0) {
    await tx
      .insertInto('law_chapters')
      .values(
        parsed.chapters.map((c) => ({
          version_id: versionId,
          number: c.number,
          part_number: c.partNumber,
          title: c.title,
          sections: JSON.stringify(c.sections),
        })),
      )
      .execute();
  }
  // Ids are made here so paragraphs can be written without reading the articles back.
  const articles = parsed.articles.map((a, i) => ({ id: crypto.randomUUID(), position: i + 1, a }));
  for (const chunk of chunks(articles, ARTICLE_CHUNK)) {
    await tx
      .insertInto('law_articles')
      .values(
        chunk.map(({ id, position, a }) => ({
          id,
          version_id: versionId,
          position,
          number: a.number,
          suffix: a.suffix,
          label: a.label,
          part_number: a.partNumber,
          chapter_number: a.chapterNumber,
          section_number: a.sectionNumber,
          heading: articleHeading(parsed, a),
          text: a.text,
        })),
      )
      .execute();
  }
  const paragraphs = articles.flatMap(({ id, a }) =>
    a.paragraphs.map((p) => ({ article_id: id, number: p.number, text: p.text, items: JSON.stringify(p.items) })),
  );
  for (const chunk of chunks(paragraphs, PARAGRAPH_CHUNK)) {
    await tx.insertInto('law_paragraphs').values(chunk).execute();
  }
}
