// 零执法事项 per township at the end of the period (the delegation module's report, 12 months).
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { idleReport } from '../delegation/idle-items';
import { scopedAgencies, type DashboardFilter } from './period';

export const IDLE_MONTHS = 12;

export async function idleByAgency(db: Kysely<DB>, scope: DataScope, f: DashboardFilter, today: string) {
  const asOf = f.to < today ? f.to : today;
  const [agencies, report] = await Promise.all([
    scopedAgencies(db, scope, f.agencyId),
    idleReport(db, asOf, IDLE_MONTHS),
  ]);
  const inScope = new Map(agencies.map((a) => [a.id, a.name]));
  return {
    asOf,
    rows: report.townships
      .filter((t) => inScope.has(t.agencyId))
      .map((t) => ({
        agencyId: t.agencyId,
        agencyName: inScope.get(t.agencyId)!,
        delegated: t.delegatedCount,
        idle: t.idle.length,
        items: t.idle.map((i) => ({ code: i.code, name: i.name })),
      })),
  };
}
