import { sql } from 'kysely';
import { formatCitation, toChineseNumber, type LawLevel, type ParsedItem } from '@zhifa/domain';
import type { Db } from '../../db/schema';
import { notFound } from '../../platform/errors';

// Statute order: national laws first, then regulations, local regulations and rules.
const LEVEL_ORDER = sql<number>`array_position(array['法律','行政法规','地方性法规','规章','其他']::text[], law_versions.level)`;

export function articleCitation(shortTitle: string, number: number, suffix: number | null): string {
  return formatCitation({ lawTitle: shortTitle, article: number, ...(suffix ? { articleSuffix: suffix } : {}) });
}

const heading = (number: number, unit: '编' | '章' | '节', title: string) => ({
  number,
  label: `第${toChineseNumber(number)}${unit}`,
  title,
});

export async function listLaws(db: Db, filter: { level?: LawLevel; q?: string }) {
  let q = db
    .selectFrom('laws')
    .innerJoin('law_versions', (j) =>
      j.onRef('law_versions.law_id', '=', 'laws.id').on('law_versions.valid_to', 'is', null),
    )
    .select([
      'laws.id',
      'laws.short_title',
      'law_versions.id as version_id',
      'law_versions.title',
      'law_versions.level',
      'law_versions.issuer',
      'law_versions.version_date',
      'law_versions.valid_from',
      'law_versions.article_count',
      (eb) =>
        eb
          .selectFrom('law_versions as v')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('v.law_id', '=', 'laws.id')
          .as('version_count'),
    ]);
  if (filter.level) q = q.where('law_versions.level', '=', filter.level);
  if (filter.q) q = q.where('law_versions.title', 'ilike', `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`);
  const rows = await q
    .orderBy(LEVEL_ORDER)
    .orderBy('law_versions.version_date', 'desc')
    .orderBy('laws.short_title')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    shortTitle: r.short_title,
    title: r.title,
    level: r.level,
    issuer: r.issuer,
    versionId: r.version_id,
    versionDate: r.version_date,
    validFrom: r.valid_from,
    versionCount: Number(r.version_count),
    articleCount: r.article_count,
  }));
}

type VersionRow = {
  id: string;
  version_date: string;
  valid_from: string;
  valid_to: string | null;
  title: string;
  level: LawLevel;
  issuer: string | null;
  article_count: number;
  file_name: string;
  source: 'reference' | 'upload';
  imported_at: Date;
};

function versionDto(v: VersionRow) {
  return {
    id: v.id,
    versionDate: v.version_date,
    validFrom: v.valid_from,
    validTo: v.valid_to,
    current: v.valid_to === null,
    title: v.title,
    level: v.level,
    issuer: v.issuer,
    articleCount: v.article_count,
    fileName: v.file_name,
    source: v.source,
    importedAt: new Date(v.imported_at).toISOString(),
  };
}

/** The version asked for, or the one in force; a version of another law is not found. */
async function pickVersion(db: Db, lawId: string, versionId?: string) {
  let q = db.selectFrom('law_versions').selectAll().where('law_id', '=', lawId);
  q = versionId ? q.where('id', '=', versionId) : q.where('valid_to', 'is', null);
  const v = await q.executeTakeFirst();
  if (!v) throw notFound(versionId ? '该法律法规没有这个版本' : '法律法规不存在');
  return v;
}

export async function getLaw(db: Db, lawId: string, versionId?: string) {
  const law = await db.selectFrom('laws').select(['id', 'short_title']).where('id', '=', lawId).executeTakeFirst();
  if (!law) throw notFound('法律法规不存在');
  const version = await pickVersion(db, lawId, versionId);
  const versions = await db
    .selectFrom('law_versions')
    .selectAll()
    .where('law_id', '=', lawId)
    .orderBy('version_date', 'desc')
    .execute();
  const chapters = await db
    .selectFrom('law_chapters')
    .selectAll()
    .where('version_id', '=', version.id)
    .orderBy('number')
    .execute();
  const counts = await db
    .selectFrom('law_articles')
    .select(['chapter_number', 'section_number', (eb) => eb.fn.countAll<number>().as('n')])
    .where('version_id', '=', version.id)
    .groupBy(['chapter_number', 'section_number'])
    .execute();
  const count = (chapter: number, section?: number) =>
    counts
      .filter((c) => c.chapter_number === chapter && (section === undefined || c.section_number === section))
      .reduce((s, c) => s + Number(c.n), 0);
  return {
    id: law.id,
    shortTitle: law.short_title,
    versions: versions.map(versionDto),
    version: { ...versionDto(version), history: version.history },
    parts: version.parts.map((p) => heading(p.number, '编', p.title)),
    chapters: chapters.map((c) => ({
      ...heading(c.number, '章', c.title),
      partNumber: c.part_number,
      articleCount: count(c.number),
      sections: c.sections.map((s) => ({
        ...heading(s.number, '节', s.title),
        articleCount: count(c.number, s.number),
      })),
    })),
  };
}

async function paragraphsOf(db: Db, articleIds: string[]) {
  const byArticle = new Map<string, { number: number; text: string; items: ParsedItem[] }[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .selectFrom('law_paragraphs')
    .selectAll()
    .where('article_id', 'in', articleIds)
    .orderBy('article_id')
    .orderBy('number')
    .execute();
  for (const p of rows) {
    const list = byArticle.get(p.article_id) ?? [];
    list.push({ number: p.number, text: p.text, items: p.items });
    byArticle.set(p.article_id, list);
  }
  return byArticle;
}

type ArticleRow = {
  id: string;
  number: number;
  suffix: number | null;
  label: string;
  part_number: number | null;
  chapter_number: number | null;
  section_number: number | null;
  text: string;
};

function articleDto(
  a: ArticleRow,
  shortTitle: string,
  paragraphs: Map<string, { number: number; text: string; items: ParsedItem[] }[]>,
) {
  return {
    id: a.id,
    number: a.number,
    suffix: a.suffix,
    label: a.label,
    partNumber: a.part_number,
    chapterNumber: a.chapter_number,
    sectionNumber: a.section_number,
    text: a.text,
    citation: articleCitation(shortTitle, a.number, a.suffix),
    paragraphs: paragraphs.get(a.id) ?? [],
  };
}

export async function listArticles(
  db: Db,
  lawId: string,
  filter: { version?: string; chapter?: number; section?: number },
) {
  const law = await db.selectFrom('laws').select(['id', 'short_title']).where('id', '=', lawId).executeTakeFirst();
  if (!law) throw notFound('法律法规不存在');
  const version = await pickVersion(db, lawId, filter.version);
  let q = db
    .selectFrom('law_articles')
    .select(['id', 'number', 'suffix', 'label', 'part_number', 'chapter_number', 'section_number', 'text'])
    .where('version_id', '=', version.id);
  if (filter.chapter !== undefined) q = q.where('chapter_number', '=', filter.chapter);
  if (filter.section !== undefined) q = q.where('section_number', '=', filter.section);
  const rows = await q.orderBy('position').execute();
  const paragraphs = await paragraphsOf(
    db,
    rows.map((r) => r.id),
  );
  return { lawId, versionId: version.id, articles: rows.map((a) => articleDto(a, law.short_title, paragraphs)) };
}

export async function getArticle(db: Db, articleId: string) {
  const a = await db
    .selectFrom('law_articles')
    .innerJoin('law_versions', 'law_versions.id', 'law_articles.version_id')
    .innerJoin('laws', 'laws.id', 'law_versions.law_id')
    .select([
      'law_articles.id',
      'law_articles.number',
      'law_articles.suffix',
      'law_articles.label',
      'law_articles.part_number',
      'law_articles.chapter_number',
      'law_articles.section_number',
      'law_articles.text',
      'law_articles.position',
      'law_versions.id as version_id',
      'law_versions.version_date',
      'law_versions.valid_from',
      'law_versions.valid_to',
      'law_versions.title',
      'law_versions.level',
      'law_versions.issuer',
      'law_versions.parts',
      'laws.id as law_id',
      'laws.short_title',
    ])
    .where('law_articles.id', '=', articleId)
    .executeTakeFirst();
  if (!a) throw notFound('条文不存在');
  const paragraphs = await paragraphsOf(db, [a.id]);
  const neighbours = await db
    .selectFrom('law_articles')
    .select(['id', 'label', 'position'])
    .where('version_id', '=', a.version_id)
    .where('position', 'in', [a.position - 1, a.position + 1])
    .execute();
  const chapter =
    a.chapter_number === null
      ? undefined
      : await db
          .selectFrom('law_chapters')
          .selectAll()
          .where('version_id', '=', a.version_id)
          .where('number', '=', a.chapter_number)
          .executeTakeFirst();
  const section = chapter?.sections?.find((s) => s.number === a.section_number);
  const part = a.parts.find((p) => p.number === a.part_number);
  const near = (position: number) => {
    const n = neighbours.find((x) => x.position === position);
    return n ? { id: n.id, label: n.label } : null;
  };
  return {
    ...articleDto(a, a.short_title, paragraphs),
    law: { id: a.law_id, shortTitle: a.short_title, title: a.title, level: a.level, issuer: a.issuer },
    version: {
      id: a.version_id,
      versionDate: a.version_date,
      validFrom: a.valid_from,
      validTo: a.valid_to,
      current: a.valid_to === null,
    },
    part: part ? heading(part.number, '编', part.title) : null,
    chapter: chapter ? heading(chapter.number, '章', chapter.title) : null,
    section: section ? heading(section.number, '节', section.title) : null,
    prev: near(a.position - 1),
    next: near(a.position + 1),
  };
}
