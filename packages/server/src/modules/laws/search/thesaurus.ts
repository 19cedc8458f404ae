// The enforcement thesaurus: officers' and the public's words → the words of the law. Shipped as
// data (thesaurus-data.ts), loaded into search_thesaurus once, edited by the library's
// administrators afterwards; each server process keeps a copy and reloads it when the version moves.

import { normaliseLawText } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { THESAURUS_SEED } from './thesaurus-data';

export interface ThesaurusEntry {
  id: string;
  term: string;
  expansions: string[];
  domain: string;
  note: string | null;
  source: 'seed' | 'admin';
  updatedAt: string;
}

export interface LoadedThesaurus {
  /** The database's epoch and the thesaurus version: `epoch:version`. */
  version: string;
  entries: ThesaurusEntry[];
  /** Normalised term → entry, longest terms first (a longer term wins over one inside it). */
  byTerm: { key: string; entry: ThesaurusEntry }[];
}

let cached: LoadedThesaurus | null = null;

/** Loads the shipped entries the first time (an administrator's later deletions stay deleted). */
export async function ensureThesaurus(db: Kysely<DB>): Promise<void> {
  const state = await db.selectFrom('search_state').select('thesaurus_seeded').executeTakeFirstOrThrow();
  if (state.thesaurus_seeded) return;
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('search_thesaurus')
      .values(
        THESAURUS_SEED.map(([term, expansions, domain]) => ({
          term,
          expansions: JSON.stringify(expansions),
          domain,
          source: 'seed' as const,
        })),
      )
      .onConflict((oc) => oc.column('term').doNothing())
      .execute();
    await tx
      .updateTable('search_state')
      .set((eb) => ({ thesaurus_seeded: true, thesaurus_version: eb('thesaurus_version', '+', 1) }))
      .execute();
  });
}

export function thesaurusFrom(
  version: string,
  rows: {
    id: string;
    term: string;
    expansions: string[];
    domain: string;
    note: string | null;
    source: 'seed' | 'admin';
    updated_at: Date;
  }[],
): LoadedThesaurus {
  const entries = rows.map((r) => ({
    id: r.id,
    term: r.term,
    expansions: r.expansions,
    domain: r.domain,
    note: r.note,
    source: r.source,
    updatedAt: r.updated_at.toISOString(),
  }));
  const byTerm = entries
    .map((entry) => ({ key: normaliseLawText(entry.term), entry }))
    .sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  return { version, entries, byTerm };
}

/** The thesaurus as of `version` (read by the search with its other state). */
export async function loadThesaurus(db: Kysely<DB>, version: string): Promise<LoadedThesaurus> {
  if (cached && cached.version === version) return cached;
  const rows = await db
    .selectFrom('search_thesaurus')
    .select(['id', 'term', 'expansions', 'domain', 'note', 'source', 'updated_at'])
    .orderBy('domain')
    .orderBy('term')
    .execute();
  const loaded = thesaurusFrom(version, rows);
  cached = loaded;
  return loaded;
}

export interface ThesaurusHit {
  entry: ThesaurusEntry;
  start: number;
  end: number;
}

/**
 * Entries whose term occurs in the (normalised) query, longest first, without overlaps: in
 * 遛狗不牵绳 the entry 遛狗不牵绳 wins over 遛狗 when both exist.
 */
export function matchThesaurus(thesaurus: LoadedThesaurus, normalisedQuery: string): ThesaurusHit[] {
  const taken = new Array<boolean>(normalisedQuery.length).fill(false);
  const hits: ThesaurusHit[] = [];
  for (const { key, entry } of thesaurus.byTerm) {
    if (!key) continue;
    let from = 0;
    for (;;) {
      const at = normalisedQuery.indexOf(key, from);
      if (at < 0) break;
      from = at + 1;
      let free = true;
      for (let i = at; i < at + key.length; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = at; i < at + key.length; i++) taken[i] = true;
      hits.push({ entry, start: at, end: at + key.length });
      break;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
