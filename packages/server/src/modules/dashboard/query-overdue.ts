// Steps overdue today per agency: open deadlines past their day (case_deadlines holds only open
// ones, indexed by agency and due day), and the cases they belong to.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, perAgency, scopedAgencies, type DashboardFilter } from './period';

export async function overdueByAgency(db: Kysely<DB>, scope: DataScope, f: DashboardFilter, today: string) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { asOf: today, rows: [] };
  const sums = await db
    .selectFrom('case_deadlines')
    .select((eb) => [
      'agency_id',
      eb.fn.countAll<string>().as('steps'),
      eb.fn.count<string>('case_id').distinct().as('cases'),
    ])
    .where(
      'agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('due', '<', today)
    .groupBy('agency_id')
    .execute();
  return {
    asOf: today,
    rows: perAgency(agencies, sums, (s) => ({ steps: num(s?.steps), cases: num(s?.cases) })),
  };
}
