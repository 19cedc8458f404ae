// 公示按时率 per agency (行政处罚法 第48条): the decisions whose disclosure fell due in the period,
// published by their due day, published late, and still unpublished past it. Decisions excluded by
// law (a minor, …) are not counted, nor those not yet due and not yet published; a withdrawn one
// counts by when it had been published.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema';
import { num, perAgency, rate, scopedAgencies, type DashboardFilter } from './period';

export async function disclosureOnTime(db: Kysely<DB>, scope: DataScope, f: DashboardFilter, today: string) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const sums = await db
    .selectFrom('disclosure_renditions')
    .select((eb) => [
      'agency_id',
      eb.fn.countAll<string>().as('due'),
      eb.fn
        .countAll<string>()
        .filterWhere(sql<boolean>`published_on is not null and published_on <= due_on`)
        .as('on_time'),
      eb.fn
        .countAll<string>()
        .filterWhere(sql<boolean>`published_on > due_on`)
        .as('late'),
      eb.fn
        .countAll<string>()
        .filterWhere(sql<boolean>`published_on is null and status in ('pending', 'held') and due_on < ${today}`)
        .as('overdue'),
    ])
    .where(
      'agency_id',
      'in',
      agencies.map((a) => a.id),
    )
    .where('status', '<>', 'excluded')
    // Not yet due and not yet published: neither on time nor late so far.
    .where(sql<boolean>`(published_on is not null or due_on < ${today})`)
    .where('due_on', '>=', f.from)
    .where('due_on', '<=', f.to)
    .groupBy('agency_id')
    .execute();
  return {
    rows: perAgency(agencies, sums, (s) => {
      const due = num(s?.due);
      const onTime = num(s?.on_time);
      return { due, onTime, late: num(s?.late), overdue: num(s?.overdue), onTimeRate: rate(onTime, due) };
    }),
  };
}
