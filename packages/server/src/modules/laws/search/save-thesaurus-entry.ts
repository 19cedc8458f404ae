// An administrator adds or corrects a thesaurus entry; the version bump makes every server
// process reload its copy before its next search.

import { sql } from 'kysely';
import type { Tx } from '../../../db/schema';
import { conflict, notFound } from '../../../platform/errors';

export interface ThesaurusInput {
  term: string;
  expansions: string[];
  domain: string;
  note?: string | null;
}

function clean(input: ThesaurusInput) {
  const expansions = [...new Set(input.expansions.map((e) => e.trim()).filter(Boolean))];
  return { term: input.term.trim(), expansions, domain: input.domain.trim(), note: input.note?.trim() || null };
}

export async function bumpThesaurusVersion(tx: Tx): Promise<void> {
  await tx
    .updateTable('search_state')
    .set((eb) => ({ thesaurus_version: eb('thesaurus_version', '+', 1) }))
    .execute();
}

async function assertTermFree(tx: Tx, term: string, exceptId: string | null): Promise<void> {
  const other = await tx
    .selectFrom('search_thesaurus')
    .select('id')
    .where(sql<boolean>`lower(term) = lower(${term})`)
    .$if(exceptId !== null, (qb) => qb.where('id', '<>', exceptId!))
    .executeTakeFirst();
  if (other) throw conflict('THESAURUS_TERM_EXISTS', `词条“${term}”已存在，请修改原词条`);
}

export async function createThesaurusEntry(tx: Tx, input: ThesaurusInput, userId: string | null, now: Date) {
  const v = clean(input);
  await assertTermFree(tx, v.term, null);
  const row = await tx
    .insertInto('search_thesaurus')
    .values({
      term: v.term,
      expansions: JSON.stringify(v.expansions),
      domain: v.domain,
      note: v.note,
      source: 'admin',
      updated_by: userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpThesaurusVersion(tx);
  return { id: row.id, ...v };
}

export async function updateThesaurusEntry(
  tx: Tx,
  id: string,
  input: ThesaurusInput,
  userId: string | null,
  now: Date,
) {
  const v = clean(input);
  const before = await tx
    .selectFrom('search_thesaurus')
    .select(['term', 'expansions', 'domain'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) throw notFound();
  await assertTermFree(tx, v.term, id);
  await tx
    .updateTable('search_thesaurus')
    .set({
      term: v.term,
      expansions: JSON.stringify(v.expansions),
      domain: v.domain,
      note: v.note,
      source: 'admin',
      updated_by: userId,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  await bumpThesaurusVersion(tx);
  return { id, ...v, before: { term: before.term, expansions: before.expansions, domain: before.domain } };
}
