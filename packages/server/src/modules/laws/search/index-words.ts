// Keeps the stored words (law_articles.words, enforcement_items.words) in step with the texts:
// rows imported or saved without words are segmented here, and a new segmenter re-segments all.

import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { SEGMENTER_VERSION, tsvectorSource } from './segmenter';

const CHUNK = 200;

/** 城乡规划法 + 第七章 法律责任 + the text: the law's name and the headings say what an article is about. */
export function articleWordsSource(shortTitle: string, heading: string, text: string): string {
  return `${tsvectorSource(shortTitle)} ${tsvectorSource(heading)} ${tsvectorSource(text)}`;
}

export function itemWordsSource(name: string, note: string | null): string {
  return tsvectorSource(`${name} ${note ?? ''}`);
}

async function writeArticleWords(
  db: Kysely<DB>,
  rows: { id: string; short_title: string; heading: string; text: string }[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const data = rows
      .slice(i, i + CHUNK)
      .map((r) => ({ id: r.id, w: articleWordsSource(r.short_title, r.heading, r.text) }));
    await sql`
      update law_articles a set words = to_tsvector('simple', d.w)
      from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as d(id uuid, w text)
      where a.id = d.id`.execute(db);
  }
}

/** Segments the articles of one version (called in the import's transaction). */
export async function indexVersionWords(db: Kysely<DB>, versionId: string): Promise<void> {
  const rows = await db
    .selectFrom('law_articles as a')
    .innerJoin('law_versions as v', 'v.id', 'a.version_id')
    .innerJoin('laws as l', 'l.id', 'v.law_id')
    .select(['a.id', 'l.short_title', 'a.heading', 'a.text'])
    .where('a.version_id', '=', versionId)
    .execute();
  await writeArticleWords(db, rows);
}

/** Segments one item's name and note (called where the item is written). */
export async function indexItemWords(db: Kysely<DB>, itemId: string): Promise<void> {
  const row = await db
    .selectFrom('enforcement_items')
    .select(['name', 'note'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!row) return;
  await sql`update enforcement_items set words = to_tsvector('simple', ${itemWordsSource(row.name, row.note)}) where id = ${itemId}`.execute(
    db,
  );
}

/**
 * At start: segment whatever has no words yet, or everything when the segmenter changed since the
 * words were made. Returns how many rows were segmented.
 */
export async function ensureSearchWords(db: Kysely<DB>): Promise<number> {
  const state = await db.selectFrom('search_state').select('words_version').executeTakeFirstOrThrow();
  // 0: words were never made before this code (the column is new), so only the missing are made.
  const all = state.words_version !== SEGMENTER_VERSION && state.words_version !== 0;
  const articles = await db
    .selectFrom('law_articles as a')
    .innerJoin('law_versions as v', 'v.id', 'a.version_id')
    .innerJoin('laws as l', 'l.id', 'v.law_id')
    .select(['a.id', 'l.short_title', 'a.heading', 'a.text'])
    .$if(!all, (qb) => qb.where(sql<boolean>`a.words is null`))
    .execute();
  await writeArticleWords(db, articles);
  const items = await db
    .selectFrom('enforcement_items')
    .select(['id', 'name', 'note'])
    .$if(!all, (qb) => qb.where(sql<boolean>`words is null`))
    .execute();
  for (let i = 0; i < items.length; i += CHUNK) {
    const data = items.slice(i, i + CHUNK).map((r) => ({ id: r.id, w: itemWordsSource(r.name, r.note) }));
    await sql`
      update enforcement_items e set words = to_tsvector('simple', d.w)
      from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as d(id uuid, w text)
      where e.id = d.id`.execute(db);
  }
  if (state.words_version !== SEGMENTER_VERSION)
    await db.updateTable('search_state').set({ words_version: SEGMENTER_VERSION }).execute();
  return articles.length + items.length;
}
