// Training hours against the yearly requirement per agency, for the year the period ends in.
import type { DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { yearOfDate } from '../../platform/clock';
import { trainingShortfallReport } from '../people/reports';
import { scopedAgencies, type DashboardFilter } from './period';

export async function trainingByAgency(app: AppContext, scope: DataScope, f: DashboardFilter) {
  const year = yearOfDate(f.to);
  const [agencies, report] = await Promise.all([
    scopedAgencies(app.db, scope, f.agencyId),
    trainingShortfallReport(app, scope, year, f.agencyId),
  ]);
  const inScope = new Set(agencies.map((a) => a.id));
  return {
    year,
    rows: report.agencies
      .filter((a) => inScope.has(a.agencyId))
      .map((a) => ({
        agencyId: a.agencyId,
        agencyName: a.agencyName,
        requirement: a.requirement,
        officers: a.officers,
        short: a.shortCount,
      })),
  };
}
