// Cases and fines per enforcement domain (领域) over the period: the counters summed per item first,
// then the few item sums joined to the catalogue for their domain.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { counterSums, num, scopedAgencies, type DashboardFilter } from './period';

export async function casesByDomain(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const perItem = counterSums(db, agencies, f, 'item_code').as('s');
  const rows = await db
    .selectFrom(perItem)
    .leftJoin('enforcement_items', 'enforcement_items.code', 's.item_code')
    .select((eb) => [
      eb.fn.coalesce('enforcement_items.domain', eb.val('未分类')).as('domain'),
      eb.fn.sum<string>('s.filed').as('filed'),
      eb.fn.sum<string>('s.decided').as('decided'),
      eb.fn.sum<string>('s.closed').as('closed'),
      eb.fn.sum<string>('s.fines').as('fines'),
    ])
    .groupBy('enforcement_items.domain')
    .orderBy('filed', 'desc')
    .execute();
  return {
    rows: rows.map((r) => ({
      domain: String(r.domain),
      filed: num(r.filed),
      decided: num(r.decided),
      closed: num(r.closed),
      fines: num(r.fines),
    })),
  };
}
