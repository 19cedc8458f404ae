// Cases and fines per enforcement item over the period (the 50 items with most cases filed).
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, scopedAgencies, type DashboardFilter } from './period';

export const TOP_ITEMS = 50;

export async function casesByItem(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const rows = await db
    .selectFrom('case_day_counts')
    .leftJoin('enforcement_items', 'enforcement_items.code', 'case_day_counts.item_code')
    .select((eb) => [
      'case_day_counts.item_code',
      eb.fn.max('enforcement_items.name').as('item_name'),
      eb.fn.max('enforcement_items.domain').as('domain'),
      eb.fn.sum<string>('case_day_counts.filed').as('filed'),
      eb.fn.sum<string>('case_day_counts.decided').as('decided'),
      eb.fn.sum<string>('case_day_counts.closed').as('closed'),
      eb.fn.sum<string>('case_day_counts.fines').as('fines'),
    ])
    .where(
      'case_day_counts.agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('case_day_counts.day', '>=', f.from)
    .where('case_day_counts.day', '<=', f.to)
    .groupBy('case_day_counts.item_code')
    .orderBy('filed', 'desc')
    .orderBy('case_day_counts.item_code')
    .limit(TOP_ITEMS)
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
