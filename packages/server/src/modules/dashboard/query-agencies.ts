// Cases filed, decided and closed and fines per agency over the period, from the day counters.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, scopedAgencies, type DashboardFilter } from './period';

export async function casesByAgency(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const sums = await db
    .selectFrom('case_day_counts')
    .select((eb) => [
      'agency_id',
      eb.fn.sum<string>('filed').as('filed'),
      eb.fn.sum<string>('decided').as('decided'),
      eb.fn.sum<string>('closed').as('closed'),
      eb.fn.sum<string>('fines').as('fines'),
    ])
    .where(
      'agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('day', '>=', f.from)
    .where('day', '<=', f.to)
    .groupBy('agency_id')
    .execute();
  const byAgency = new Map(sums.map((s) => [s.agency_id, s]));
  return {
    rows: agencies.map((a) => {
      const s = byAgency.get(a.id);
      return {
        agencyId: a.id,
        agencyName: a.name,
        filed: num(s?.filed),
        decided: num(s?.decided),
        closed: num(s?.closed),
        fines: num(s?.fines),
      };
    }),
  };
}
