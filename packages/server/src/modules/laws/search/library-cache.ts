// What the search ranks with, held in memory per process: the articles (normalised once), the
// items with their citations, the words' document frequencies. PostgreSQL finds the candidates
// through the stored words; this cache is rebuilt when the library or the catalogue changes
// (search_state.library_version, bumped by triggers, is read with every search).

import { sql } from 'kysely';
import { normaliseLawText, type LawLevel } from '@zhifa/domain';
import type { Db } from '../../../db/schema';

export interface CachedArticle {
  id: string;
  versionId: string;
  lawId: string;
  number: number;
  suffix: number | null;
  label: string;
  heading: string;
  text: string;
  shortTitle: string;
  lawTitle: string;
  level: LawLevel;
  /** normaliseLawText of the text, of the heading, of the law's title. */
  norm: string;
  normHeading: string;
  normTitle: string;
  penalty: boolean;
}

export interface CachedItem {
  id: string;
  code: string;
  name: string;
  kind: string;
  domain: string;
  note: string | null;
  active: boolean;
  norm: string;
  citations: { role: 'basis' | 'penalty'; citation: string; articleId: string | null }[];
}

export interface VersionInfo {
  id: string;
  versionDate: string;
  validFrom: string;
  validTo: string | null;
}

export interface LibraryCache {
  key: string;
  articleCount: number;
  df: Map<string, number>;
  /** Known words by length, most frequent first: where a typo's correction is looked up. */
  vocabulary: Map<number, string[]>;
  articles: Map<string, CachedArticle>;
  items: Map<string, CachedItem>;
  /** Article id → the items citing it. */
  citedBy: Map<string, { itemId: string; code: string; name: string; role: 'basis' | 'penalty' }[]>;
  versions: Map<string, VersionInfo[]>;
}

const PENALTY_WORDS = /处[^。；]{0,60}?(罚款|警告|没收|吊销|拘留|通报批评|停产停业|停业整顿)|罚款/;

/** 罚则: the article sets a penalty (法律责任 chapter, or 违反 … 处 … 罚款). */
export function isPenaltyArticle(heading: string, text: string): boolean {
  if (/法律责任|罚则/.test(heading)) return true;
  return /违反/.test(text) && PENALTY_WORDS.test(text);
}

/** One small read per search: the versions the in-memory copies were built from. */
export const cacheKeyQuery = sql<{ thesaurus_version: number; key: string }>`
  select thesaurus_version, epoch || ':' || library_version as key from search_state`;

let cache: LibraryCache | null = null;
let building: Promise<LibraryCache> | null = null;

export async function libraryCache(db: Db, key: string): Promise<LibraryCache> {
  if (cache && cache.key === key) return cache;
  if (!building) {
    building = build(db, key).finally(() => {
      building = null;
    });
  }
  const built = await building;
  cache = built;
  return built;
}

async function build(db: Db, key: string): Promise<LibraryCache> {
  const words = await sql<{ word: string; ndoc: number }>`
    select word, ndoc from ts_stat('select words from law_articles where words is not null')`.execute(db);
  const articleRows = await db
    .selectFrom('law_articles as a')
    .innerJoin('law_versions as v', 'v.id', 'a.version_id')
    .innerJoin('laws as l', 'l.id', 'v.law_id')
    .select([
      'a.id',
      'a.version_id',
      'v.law_id',
      'a.number',
      'a.suffix',
      'a.label',
      'a.heading',
      'a.text',
      'l.short_title',
      'v.title as law_title',
      'v.level',
    ])
    .execute();
  const articles = new Map<string, CachedArticle>();
  for (const r of articleRows) {
    articles.set(r.id, {
      id: r.id,
      versionId: r.version_id,
      lawId: r.law_id,
      number: r.number,
      suffix: r.suffix,
      label: r.label,
      heading: r.heading,
      text: r.text,
      shortTitle: r.short_title,
      lawTitle: r.law_title,
      level: r.level,
      norm: normaliseLawText(r.text),
      normHeading: normaliseLawText(r.heading),
      normTitle: normaliseLawText(r.short_title),
      penalty: isPenaltyArticle(r.heading, r.text),
    });
  }
  const itemRows = await db
    .selectFrom('enforcement_items')
    .select(['id', 'code', 'name', 'kind', 'domain', 'note', 'active'])
    .execute();
  const citationRows = await db
    .selectFrom('item_citations')
    .select(['item_id', 'role', 'citation', 'article_id'])
    .orderBy('item_id')
    .orderBy('role')
    .orderBy('position')
    .execute();
  const items = new Map<string, CachedItem>();
  for (const r of itemRows) {
    items.set(r.id, { ...r, norm: normaliseLawText(`${r.name} ${r.note ?? ''}`), citations: [] });
  }
  const citedBy = new Map<string, { itemId: string; code: string; name: string; role: 'basis' | 'penalty' }[]>();
  for (const c of citationRows) {
    const item = items.get(c.item_id);
    if (!item) continue;
    item.citations.push({ role: c.role, citation: c.citation, articleId: c.article_id });
    if (c.article_id) {
      const list = citedBy.get(c.article_id) ?? [];
      if (!list.some((x) => x.itemId === item.id && x.role === c.role))
        list.push({ itemId: item.id, code: item.code, name: item.name, role: c.role });
      citedBy.set(c.article_id, list);
    }
  }
  for (const list of citedBy.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const versions = await db
    .selectFrom('law_versions')
    .select(['id', 'law_id', 'version_date', 'valid_from', 'valid_to'])
    .orderBy('version_date')
    .execute();
  const byLaw = new Map<string, VersionInfo[]>();
  for (const v of versions) {
    const list = byLaw.get(v.law_id) ?? [];
    list.push({ id: v.id, versionDate: v.version_date, validFrom: v.valid_from, validTo: v.valid_to });
    byLaw.set(v.law_id, list);
  }
  const vocabulary = new Map<number, string[]>();
  for (const r of [...words.rows].sort((a, b) => Number(b.ndoc) - Number(a.ndoc))) {
    if (!/\p{Script=Han}/u.test(r.word)) continue;
    const len = [...r.word].length;
    const list = vocabulary.get(len) ?? [];
    list.push(r.word);
    vocabulary.set(len, list);
  }
  return {
    key,
    articleCount: articles.size,
    df: new Map(words.rows.map((r) => [r.word, Number(r.ndoc)])),
    vocabulary,
    articles,
    items,
    citedBy,
    versions: byLaw,
  };
}
