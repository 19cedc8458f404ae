// The use of an item by an agency, for the idle-items report (零执法事项). The cases module calls
// recordItemUsage when a case is filed under an item (source 'case', sourceId = case id); an
// inspection record does the same with source 'inspection'. Recording the same source twice
// keeps the later date.

import type { Tx } from '../../db/schema';
import type { ItemUsageSource } from '../../db/tables/catalogue';

export interface ItemUse {
  agencyId: string;
  itemCode: string;
  /** YYYY-MM-DD */
  usedOn: string;
  source: ItemUsageSource;
  sourceId: string;
}

/** Returns false when no item has the code (the caller has validated the item already). */
export async function recordItemUsage(tx: Tx, use: ItemUse): Promise<boolean> {
  const item = await tx
    .selectFrom('enforcement_items')
    .select('id')
    .where('code', '=', use.itemCode)
    .executeTakeFirst();
  if (!item) return false;
  await tx
    .insertInto('item_usage')
    .values({
      agency_id: use.agencyId,
      item_id: item.id,
      used_on: use.usedOn,
      source: use.source,
      source_id: use.sourceId,
    })
    .onConflict((oc) =>
      oc.columns(['source', 'source_id', 'item_id']).doUpdateSet({ used_on: use.usedOn, agency_id: use.agencyId }),
    )
    .execute();
  return true;
}
