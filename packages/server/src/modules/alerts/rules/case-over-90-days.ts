// 立案超过90日: an ordinary case past its decision limit, still undecided, never extended
// (行政处罚法 第60条). The limit is the procedure's own (decisionLimitDue), so the periods the law
// excludes and the case records (中止, hearing, public notice, testing, appraisal) are not counted.
import { decisionLimitDue, isPastDecisionLimit, type CaseState } from '@zhifa/domain';
import { sql } from 'kysely';
import { loadCaseConfig } from '../../../shared/case-config';
import type { AlertRule } from './rule';
import { FINISHED_CASE_STATUSES } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

type Limit = Pick<CaseState, 'filing' | 'decisionLimit'>;

export const caseOver90Days: AlertRule = {
  id: 'caseOver90Days',
  async find({ db, today, pace = unpaced }) {
    const config = await loadCaseConfig(db);
    const rows = await inCaseSlices(db, pace, (lo, hi) =>
      db
        .selectFrom('cases')
        .select([
          'id',
          'agency_id',
          'number',
          'filed_on',
          // Only the two parts of the state the limit needs, not the whole case.
          sql<Limit>`jsonb_build_object('filing', state->'filing', 'decisionLimit', state->'decisionLimit')`.as(
            'limit',
          ),
        ])
        .where('decided_on', 'is', null)
        .where('closed_on', 'is', null)
        .where('procedure', '=', 'ordinary')
        // Excluded periods only move the limit later: a case filed within the days cannot be past it.
        .where('filed_on', '<', daysBefore(today, config.decisionLimit.days))
        .where('status', 'not in', FINISHED_CASE_STATUSES)
        .where('id', '>', lo)
        .where('id', '<=', hi)
        .execute(),
    );
    return rows
      .filter((r) => r.limit.filing && r.limit.decisionLimit && isPastDecisionLimit(r.limit, today, config))
      .map((r) => {
        const periodEnd = decisionLimitDue(r.limit, config);
        const excluded = r.limit.decisionLimit.excluded.length;
        return {
          subjectKey: r.id,
          agencyId: r.agency_id,
          caseId: r.id,
          title: `${r.number}：${r.filed_on} 立案，${excluded ? '扣除不计入期间后' : ''}超过办案期限（${periodEnd}）未作出决定且未批准延期`,
          details: { filedOn: r.filed_on, periodEnd, excludedPeriods: excluded },
        };
      });
  },
};
