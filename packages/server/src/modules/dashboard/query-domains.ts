// Cases and fines per enforcement domain (领域) over the period: the counters joined to the catalogue.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, scopedAgencies, type DashboardFilter } from './period';

export async function casesByDomain(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const rows = await db
    .selectFrom('case_day_counts')
    .leftJoin('enforcement_items', 'enforcement_items.code', 'case_day_counts.item_code')
    .select((eb) => [
      eb.fn.coalesce('enforcement_items.domain', eb.val('未分类')).as('domain'),
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
