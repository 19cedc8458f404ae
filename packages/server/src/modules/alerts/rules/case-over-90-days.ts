// 立案超过90日: an ordinary case filed more than 90 days ago, still undecided, never extended
// (行政处罚法 第60条). Periods the law excludes (hearing, appraisal) are not subtracted here:
// the alert asks the agency to look, the extension is the agency's answer.
import { decisionPeriodEnd, isPastDecisionPeriod } from '@zhifa/domain';
import { sql } from 'kysely';
import type { AlertRule } from './rule';
import { FINISHED_CASE_STATUSES } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export const caseOver90Days: AlertRule = {
  id: 'caseOver90Days',
  async find({ db, today, pace = unpaced }) {
    const rows = await inCaseSlices(db, pace, (lo, hi) =>
      db
        .selectFrom('cases')
        .select([
          'id',
          'agency_id',
          'number',
          'filed_on',
          sql<number>`coalesce(jsonb_array_length(state->'decisionLimit'->'extensions'), 0)`.as('extensions'),
        ])
        .where('decided_on', 'is', null)
        .where('closed_on', 'is', null)
        .where('procedure', '=', 'ordinary')
        .where('filed_on', '<', daysBefore(today, 90))
        .where('status', 'not in', FINISHED_CASE_STATUSES)
        .where('id', '>', lo)
        .where('id', '<=', hi)
        .execute(),
    );
    return rows
      .filter((r) => r.filed_on && isPastDecisionPeriod(r.filed_on, today, Number(r.extensions)))
      .map((r) => ({
        subjectKey: r.id,
        agencyId: r.agency_id,
        caseId: r.id,
        title: `${r.number}：${r.filed_on} 立案，超过90日未作出决定且未批准延期`,
        details: { filedOn: r.filed_on, periodEnd: decisionPeriodEnd(r.filed_on!) },
      }));
  },
};
