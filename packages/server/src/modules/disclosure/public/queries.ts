// The portal's own reads: published renditions and nothing else. Every answer is built from the
// rendition column (the public form the domain generated); the other columns only select rows
// (status, dates, the search words taken from the rendition), and the withdrawal notice.
import type { Rendition } from '@zhifa/domain';
import { sql } from 'kysely';
import type { Db } from '../../../db/schema';

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

/** Above this many matches a search walks the newest-first index instead of sorting its matches. */
const DENSE = 2000;

/**
 * Newest first. A search first counts its matches up to DENSE through the character-pair index: a
 * rare word (a party, a number) then sorts its few matches, a common one walks the newest-first
 * index and filters, which finds a page of matches quickly. Either plan alone is slow for the other
 * kind of word, and a cached generic plan cannot tell them apart.
 */
export async function listPublished(
  db: Db,
  f: { q: string | null; grams: string[]; agency: string | null; page: number },
  today: string,
): Promise<{ items: PublicListItem[]; more: boolean }> {
  const base = () => {
    let q = db
      .selectFrom('disclosure_renditions')
      .where('status', '=', 'published')
      .where('publication_ends_on', '>', today);
    if (f.agency) q = q.where('agency_name', '=', f.agency);
    if (f.q) q = q.where(sql<boolean>`strpos(search_text, ${f.q}) > 0`);
    return q;
  };
  let sparse = false;
  if (f.q && f.grams.length > 0) {
    const probe = await db
      .selectFrom(
        base()
          .select('id')
          .where('search_grams', '@>', sql<string[]>`${f.grams}::text[]`)
          .limit(DENSE)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    sparse = Number(probe.n) < DENSE;
  }
  let q = base().select(['document_id', 'rendition']);
  q = sparse
    ? // Few matches: found through the pair index and sorted (the expression keeps the planner off the
      // newest-first index, which would walk every row to find them).
      q
        .where('search_grams', '@>', sql<string[]>`${f.grams}::text[]`)
        .orderBy(sql`published_on + 0`, 'desc')
        .orderBy(sql`id::text`, 'desc')
    : q.orderBy('published_on', 'desc').orderBy('id', 'desc');
  const rows = await q
    .limit(PUBLIC_PAGE_SIZE + 1)
    .offset((f.page - 1) * PUBLIC_PAGE_SIZE)
    .execute();
  return {
    items: rows
      .slice(0, PUBLIC_PAGE_SIZE)
      .flatMap((r) => (r.rendition ? [{ documentId: r.document_id, rendition: r.rendition }] : [])),
    more: rows.length > PUBLIC_PAGE_SIZE,
  };
}

/** The agencies a reader may filter by: public reference data (names only). */
export async function agencyNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('agencies').select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}
