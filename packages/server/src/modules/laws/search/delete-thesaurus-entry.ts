import type { Tx } from '../../../db/schema';
import { notFound } from '../../../platform/errors';
import { bumpThesaurusVersion } from './save-thesaurus-entry';

/** Removes an entry; the shipped data is loaded only once, so it stays removed. */
export async function deleteThesaurusEntry(tx: Tx, id: string) {
  const row = await tx
    .deleteFrom('search_thesaurus')
    .where('id', '=', id)
    .returning(['term', 'expansions', 'domain'])
    .executeTakeFirst();
  if (!row) throw notFound();
  await bumpThesaurusVersion(tx);
  return { id, term: row.term, expansions: row.expansions, domain: row.domain };
}
