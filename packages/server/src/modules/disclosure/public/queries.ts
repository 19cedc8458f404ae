// The portal's own reads: published renditions and nothing else. Every answer is built from the
// rendition column (the public form the domain generated); the other columns only select rows
// (status, dates, the search words taken from the rendition), and the withdrawal notice.
import type { Rendition } from '@zhifa/domain';
import { sql } from 'kysely';
import type { Db } from '../../../db/schema';
import { monthIndex } from '../search-keys';

export type PublicDecision =
  | { kind: 'published'; documentId: string; rendition: Rendition }
  | { kind: 'withdrawn'; documentNumber: string; ground: string | null; reason: string; on: string }
  | { kind: 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findPublicDecision(db: Db, documentId: string, today: string): Promise<PublicDecision | null> {
  if (!UUID.test(documentId)) return null;
  const r = await db
    .selectFrom('disclosure_renditions')
    .select([
      'status',
      'rendition',
      'publication_ends_on',
      'document_number',
      'withdrawal_ground',
      'withdrawal_reason',
      'withdrawn_on',
    ])
    .where('document_id', '=', documentId)
    .where('status', 'in', ['published', 'withdrawn', 'expired'])
    .executeTakeFirst();
  if (!r) return null;
  if (r.status === 'withdrawn') {
    // Withdrawn before it was ever published: nothing was public, nothing to announce.
    if (!r.withdrawn_on || !r.withdrawal_reason) return null;
    return {
      kind: 'withdrawn',
      documentNumber: r.document_number,
      ground: r.withdrawal_ground,
      reason: r.withdrawal_reason,
      on: r.withdrawn_on,
    };
  }
  if (r.status === 'expired' || (r.publication_ends_on !== null && r.publication_ends_on <= today) || !r.rendition)
    return { kind: 'expired' };
  return { kind: 'published', documentId, rendition: r.rendition };
}

/** Was the decision, as published, issued with this verification code (any of its versions)? */
export async function codeMatches(db: Db, documentId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('document_versions')
    .select('version')
    .where('document_id', '=', documentId)
    .where('verification_code', '=', code)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('disclosure_renditions')
          .select('id')
          .where('disclosure_renditions.document_id', '=', documentId)
          .where('disclosure_renditions.status', '=', 'published'),
      ),
    )
    .executeTakeFirst();
  return row !== undefined;
}

export interface PublicListItem {
  documentId: string;
  rendition: Rendition;
}

export const PUBLIC_PAGE_SIZE = 20;

/** How many of the newest published renditions a search reads before it turns to the month keys. */
export const WALK = 5000;

/** The months a search may go back: no rendition stays published longer (the settings' maximum). */
const MONTHS_BACK = 120;

type Filter = { q: string | null; grams: string[]; agency: string | null; page: number };

/**
 * Newest first, pages of 20; a search matches the typed words anywhere in the published text. A
 * search reads the newest WALK renditions in the covering index (no table reads): a common word
 * fills its page there. A rarer one is looked up month by month, newest month first, through the
 * pairs tagged with the month of publication: each month's few matches are sorted, and the lookup
 * stops at the month that fills the page (ADR 0018). A one-character word has no pairs: it walks.
 */
export async function listPublished(
  db: Db,
  f: Filter,
  today: string,
): Promise<{ items: PublicListItem[]; more: boolean }> {
  const offset = (f.page - 1) * PUBLIC_PAGE_SIZE;
  const need = offset + PUBLIC_PAGE_SIZE + 1;
  let ids: string[];
  if (!f.q) ids = await newest(db, f, today, offset);
  else {
    // The walk's matches are the newest of all: those outside it are older than every row it read.
    const walked = await walk(db, f, today, need);
    if (walked.length >= need) ids = walked.slice(offset);
    else if (f.grams.length === 0) ids = await newest(db, f, today, offset);
    else ids = await byMonth(db, f, today, offset, need);
  }
  const page = ids.slice(0, PUBLIC_PAGE_SIZE);
  const rows = page.length
    ? await db
        .selectFrom('disclosure_renditions')
        .select(['document_id', 'rendition'])
        .where('document_id', 'in', page)
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [r.document_id, r.rendition]));
  return {
    items: page.flatMap((id) => {
      const rendition = byId.get(id);
      return rendition ? [{ documentId: id, rendition }] : [];
    }),
    more: ids.length > PUBLIC_PAGE_SIZE,
  };
}

function published(db: Db, f: Filter, today: string) {
  let q = db
    .selectFrom('disclosure_renditions')
    .where('status', '=', 'published')
    .where('publication_ends_on', '>', today);
  if (f.agency) q = q.where('agency_name', '=', f.agency);
  return q;
}

/** The page of the whole newest-first list, filtered by the words when there are any. */
async function newest(db: Db, f: Filter, today: string, offset: number): Promise<string[]> {
  let q = published(db, f, today).select('document_id');
  if (f.q) q = q.where(sql<boolean>`strpos(search_text, ${f.q}) > 0`);
  const rows = await q
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(PUBLIC_PAGE_SIZE + 1)
    .offset(offset)
    .execute();
  return rows.map((r) => r.document_id);
}

/** The matches among the newest WALK renditions, newest first (at most `need`). */
async function walk(db: Db, f: Filter, today: string, need: number): Promise<string[]> {
  const rows = await db
    .selectFrom(
      published(db, f, today)
        .select(['document_id', 'published_on', 'id', 'search_text'])
        .orderBy('published_on', 'desc')
        .orderBy('id', 'desc')
        .limit(WALK)
        .as('w'),
    )
    .select('document_id')
    .where(sql<boolean>`strpos(w.search_text, ${f.q}) > 0`)
    .orderBy('w.published_on', 'desc')
    .orderBy('w.id', 'desc')
    .limit(need)
    .execute();
  return rows.map((r) => r.document_id);
}

/**
 * The matches month by month, newest month first: each month's through its tagged pairs, sorted
 * (the expressions keep the planner off the newest-first index, which would read every row); the
 * outer limit ends the lookup at the month that fills the page.
 */
async function byMonth(db: Db, f: Filter, today: string, offset: number, need: number): Promise<string[]> {
  const month = monthIndex(today);
  const agency = f.agency ? sql`and r.agency_name = ${f.agency}` : sql``;
  const rows = await sql<{ document_id: string }>`
    select m.document_id
    from generate_series(0, ${MONTHS_BACK}::int) k(n)
    cross join lateral (
      select r.document_id, r.published_on, r.id
      from disclosure_renditions r
      where r.status = 'published' and r.publication_ends_on > ${today} ${agency}
        and r.search_keys @> array(select g || ':' || (${month}::int - k.n) from unnest(${f.grams}::text[]) g)
        and strpos(r.search_text, ${f.q}) > 0
      order by r.published_on + 0 desc, r.id::text desc
      limit ${need}::int
    ) m
    limit ${need - offset}::int offset ${offset}::int`.execute(db);
  return rows.rows.map((r) => r.document_id);
}

/** The agencies a reader may filter by: public reference data (names only). */
export async function agencyNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('agencies').select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}
