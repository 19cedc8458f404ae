// Cases filed, decided and closed and fines per agency over the period, from the day counters.
import type { DataScope } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { counterSums, num, perAgency, scopedAgencies, type DashboardFilter } from './period';

export async function casesByAgency(db: Kysely<DB>, scope: DataScope, f: DashboardFilter) {
  const agencies = await scopedAgencies(db, scope, f.agencyId);
  if (agencies.length === 0) return { rows: [] };
  const sums = await counterSums(db, agencies, f, 'agency_id').execute();
  return {
    rows: perAgency(agencies, sums, (s) => ({
      filed: num(s?.filed),
      decided: num(s?.decided),
      closed: num(s?.closed),
      fines: num(s?.fines),
    })),
  };
}
