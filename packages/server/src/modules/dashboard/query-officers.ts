// Per-officer caseload: cases each officer was put on over the period, from the officer counters.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, scopedAgencies, type DashboardFilter } from './period';

export const TOP_OFFICERS = 100;

export async function caseloadByOfficer(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const rows = await db
    .selectFrom('officer_day_counts')
    .innerJoin('persons', 'persons.id', 'officer_day_counts.person_id')
    .select((eb) => [
      'officer_day_counts.person_id',
      'officer_day_counts.agency_id',
      eb.fn.max('persons.name').as('name'),
      eb.fn.sum<string>('officer_day_counts.assigned').as('assigned'),
    ])
    .where(
      'officer_day_counts.agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('officer_day_counts.day', '>=', f.from)
    .where('officer_day_counts.day', '<=', f.to)
    .groupBy(['officer_day_counts.person_id', 'officer_day_counts.agency_id'])
    .orderBy('assigned', 'desc')
    .orderBy('officer_day_counts.person_id')
    .limit(TOP_OFFICERS)
    .execute();
  return {
    rows: rows.map((r) => ({
      personId: r.person_id,
      name: String(r.name),
      agencyName: names.get(r.agency_id) ?? '',
      assigned: num(r.assigned),
    })),
  };
}
