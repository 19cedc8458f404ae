// The year's evaluation: each indicator's numerator and denominator per agency, read through the
// dashboard's queries (the same figures the dashboard shows), scored and ranked by the domain.
import {
  EVALUATION_INDICATORS,
  evaluateAgencies,
  type DataScope,
  type IndicatorFigure,
  type IndicatorKey,
} from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { casesByAgency } from '../dashboard/query-agencies';
import { idleByAgency } from '../dashboard/query-idle';
import { overdueByAgency } from '../dashboard/query-overdue';
import { reviewPassRates } from '../dashboard/query-reviews';
import { trainingByAgency } from '../dashboard/query-training';
import { loadWeights } from './weights';

export async function evaluateYear(app: AppContext, scope: DataScope, year: number) {
  const today = app.today();
  const f = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [weights, cases, overdue, reviews, idle, training] = await Promise.all([
    loadWeights(app.db),
    casesByAgency(app.db, scope, f),
    overdueByAgency(app.db, scope, f, today),
    reviewPassRates(app.db, scope, f),
    idleByAgency(app.db, scope, f, today),
    trainingByAgency(app, scope, f),
  ]);
  const find = <T extends { agencyId: string }>(rows: T[], id: string) => rows.find((r) => r.agencyId === id);
  const figures = cases.rows.map((c) => {
    const o = find(overdue.rows, c.agencyId);
    const r = find(reviews.rows, c.agencyId);
    const i = find(idle.rows, c.agencyId);
    const t = find(training.rows, c.agencyId);
    const fig: Record<IndicatorKey, IndicatorFigure> = {
      closureRate: { numerator: c.closed, denominator: c.filed },
      onTimeRate: { numerator: Math.max(0, c.filed - (o?.cases ?? 0)), denominator: c.filed },
      reviewPassRate: { numerator: r?.passed ?? 0, denominator: r?.reviewed ?? 0 },
      trainingRate: { numerator: (t?.officers ?? 0) - (t?.short ?? 0), denominator: t?.officers ?? 0 },
      itemUseRate: { numerator: (i?.delegated ?? 0) - (i?.idle ?? 0), denominator: i?.delegated ?? 0 },
    };
    return { agencyId: c.agencyId, figures: fig };
  });
  const names = new Map(cases.rows.map((c) => [c.agencyId, c.agencyName]));
  return {
    year,
    weights,
    agencies: evaluateAgencies(figures, weights).map((a) => ({
      agencyId: a.agencyId,
      agencyName: names.get(a.agencyId) ?? '',
      score: a.score,
      rank: a.rank,
      indicators: a.indicators.map((x) => ({ ...x, label: EVALUATION_INDICATORS[x.key].label })),
    })),
  };
}
