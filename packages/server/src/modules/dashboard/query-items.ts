// Cases and fines per enforcement item over the period (the 50 items with most cases filed).
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { counterSums, num, scopedAgencies, type DashboardFilter } from './period';

export const TOP_ITEMS = 50;

export async function casesByItem(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  // Summed per item on the counters alone, then the top items joined to the catalogue for names.
  const perItem = counterSums(db, agencies, f, 'item_code')
    .orderBy('filed', 'desc')
    .orderBy('item_code')
    .limit(TOP_ITEMS)
    .as('s');
  const rows = await db
    .selectFrom(perItem)
    .leftJoin('enforcement_items', 'enforcement_items.code', 's.item_code')
    .select([
      's.item_code',
      's.filed',
      's.decided',
      's.closed',
      's.fines',
      'enforcement_items.name as item_name',
      'enforcement_items.domain',
    ])
    .orderBy('s.filed', 'desc')
    .orderBy('s.item_code')
    .execute();
  return {
    rows: rows.map((r) => ({
      itemCode: r.item_code,
      itemName: r.item_name ?? (r.item_code || '（未选事项）'),
      domain: r.domain ?? '',
      filed: num(r.filed),
      decided: num(r.decided),
      closed: num(r.closed),
      fines: num(r.fines),
    })),
  };
}
