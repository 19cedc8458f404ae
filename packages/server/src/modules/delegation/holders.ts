import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { delegationSnapshot } from './exercisable';

/** Townships that may exercise the item on the date, with the decision that gave it to them. */
export async function holdersOn(db: Kysely<DB>, itemCode: string, date: string) {
  const { index } = await delegationSnapshot(db);
  const townships = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('kind', 'in', ['township', 'street'])
    .orderBy('region_code')
    .execute();
  const out: { agencyId: string; agencyName: string; from: string; documentNo: string }[] = [];
  for (const t of townships) {
    const interval = index
      .history(t.id)
      .get(itemCode)
      ?.find((i) => i.from <= date && (i.to === null || date < i.to));
    if (interval)
      out.push({ agencyId: t.id, agencyName: t.name, from: interval.from, documentNo: interval.delegatedBy });
  }
  return out;
}
