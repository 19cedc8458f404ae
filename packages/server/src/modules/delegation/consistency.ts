// 一单两用: a township's exercisable items must all be in the catalogue (and in use) and none may
// carry a penalty the county keeps. Decisions refuse both, so a violation appears when an item is
// withdrawn or edited after it was delegated; the check lists every one.

import { checkTownshipConsistency, type CatalogueEntry } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { delegationSnapshot } from './exercisable';
import { listTownships } from './queries';

export async function consistencyReport(db: Kysely<DB>, date: string) {
  const [townships, { index }, items] = await Promise.all([
    listTownships(db),
    delegationSnapshot(db),
    db.selectFrom('enforcement_items').select(['code', 'name', 'active', 'county_reserved']).execute(),
  ]);
  const catalogue = new Map<string, CatalogueEntry>(
    items.map((i) => [i.code, { exists: i.active, countyReserved: i.county_reserved }]),
  );
  const names = new Map(items.map((i) => [i.code, i.name]));
  return {
    date,
    townships: townships.map((t) => {
      const exercisable = [...index.exercisableItems(t.id, date)].sort();
      const violations = checkTownshipConsistency({ exercisable, catalogue });
      return {
        agencyId: t.id,
        agencyName: t.name,
        exercisableCount: exercisable.length,
        violations: violations.map((v) => ({
          ...v,
          itemName: names.get(v.itemCode) ?? null,
          message:
            catalogue.get(v.itemCode) && v.code === 'notInCatalogue'
              ? `事项${v.itemCode}已在目录中停用，乡镇不得继续行使，应予收回`
              : v.message,
        })),
      };
    }),
  };
}
