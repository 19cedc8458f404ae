// 案卷评查合格率 per agency: files reviewed in the period, passed (合格 or 优秀) and excellent.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { num, perAgency, rate, scopedAgencies, type DashboardFilter } from './period';

export async function reviewPassRates(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const sums = await db
    .selectFrom('file_reviews')
    .select((eb) => [
      'agency_id',
      eb.fn.countAll<string>().as('reviewed'),
      eb.fn.countAll<string>().filterWhere('grade', 'in', ['pass', 'excellent']).as('passed'),
      eb.fn.countAll<string>().filterWhere('grade', '=', 'excellent').as('excellent'),
    ])
    .where(
      'agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('grade', 'is not', null)
    .where('reviewed_on', '>=', f.from)
    .where('reviewed_on', '<=', f.to)
    .groupBy('agency_id')
    .execute();
  return {
    rows: perAgency(agencies, sums, (s) => {
      const reviewed = num(s?.reviewed);
      const passed = num(s?.passed);
      return { reviewed, passed, excellent: num(s?.excellent), passRate: rate(passed, reviewed) };
    }),
  };
}
