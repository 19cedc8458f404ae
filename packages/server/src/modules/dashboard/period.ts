// The dashboard's filter: a period (at most six years, so every query stays bounded) and the
// agencies it covers — those of the reader's data scope that enforce (乡镇、街道、县直部门), each
// present even with no case (a township without cases shows 0, never goes missing).
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { badRequest } from '../../platform/errors';
import { agencyInScope } from '../../shared/scope';

export const ENFORCING_KINDS = ['township', 'street', 'countyDepartment'] as const;
const MAX_DAYS = 6 * 366;

export interface DashboardFilter {
  from: string;
  to: string;
  agencyId?: string;
}

export function checkPeriod(f: DashboardFilter): void {
  if (f.from > f.to) throw badRequest('INVALID_PERIOD', '开始日期不能晚于结束日期');
  const days = (Date.parse(`${f.to}T00:00:00Z`) - Date.parse(`${f.from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_DAYS) throw badRequest('PERIOD_TOO_LONG', '统计期间不能超过六年');
}

export interface ScopedAgency {
  id: string;
  name: string;
}

/** The enforcing agencies in scope (one when the filter names it), in region-code order. */
export async function scopedAgencies(db: Kysely<DB>, scope: DataScope, agencyId?: string): Promise<ScopedAgency[]> {
  let q = db
    .selectFrom('agencies')
    .select(['agencies.id', 'agencies.short_name as name'])
    .where(agencyInScope(scope))
    .where('agencies.kind', 'in', [...ENFORCING_KINDS]);
  if (agencyId) q = q.where('agencies.id', '=', agencyId);
  return q.orderBy('agencies.region_code').orderBy('agencies.short_name').execute();
}

export const num = (v: string | number | bigint | null | undefined): number =>
  v === null || v === undefined ? 0 : Number(v);

/** The day counters of the agencies over the period, summed per agency or per item. */
export function counterSums<K extends 'agency_id' | 'item_code'>(
  db: Kysely<DB>,
  agencies: readonly ScopedAgency[],
  f: DashboardFilter,
  by: K,
) {
  return db
    .selectFrom('case_day_counts')
    .select(by)
    .select((eb) => [
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
    .groupBy(by);
}

/**
 * One row per agency in scope, in its order, from sums grouped by agency: an agency without a sum
 * gets `figures(undefined)` (its zeros), never goes missing.
 */
export function perAgency<S extends { agency_id: string }, R>(
  agencies: readonly ScopedAgency[],
  sums: readonly S[],
  figures: (s: S | undefined) => R,
): ({ agencyId: string; agencyName: string } & R)[] {
  const by = new Map(sums.map((s) => [s.agency_id, s]));
  return agencies.map((a) => ({ agencyId: a.id, agencyName: a.name, ...figures(by.get(a.id)) }));
}

/** A share to three decimals, or null when there is nothing to share. */
export const rate = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 1000 : null;
