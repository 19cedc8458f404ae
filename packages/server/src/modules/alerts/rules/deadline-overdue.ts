// 法定期限逾期: an open statutory deadline of a running case whose last day has passed. Deadlines
// the party owes (paying the fine) are the party's, not the agency's, and are left out.
import type { AlertRule, Finding } from './rule';
import { FINISHED_CASE_STATUSES } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

export const deadlineOverdue: AlertRule = {
  id: 'deadlineOverdue',
  async find({ db, today, pace = unpaced }) {
    // Each slice's deadlines, and the officers of the cases they belong to.
    const found = await inCaseSlices(db, pace, async (lo, hi) => {
      const rows = await db
        .selectFrom('case_deadlines as d')
        .innerJoin('cases', 'cases.id', 'd.case_id')
        .select(['d.case_id', 'd.key', 'd.label', 'd.due', 'd.basis', 'cases.agency_id', 'cases.number'])
        .where('d.due', '<', today)
        .where('d.party_facing', '=', false)
        .where('cases.status', 'not in', FINISHED_CASE_STATUSES)
        .where('d.case_id', '>', lo)
        .where('d.case_id', '<=', hi)
        .execute();
      if (rows.length === 0) return [];
      const officers = await db
        .selectFrom('case_officers')
        .select(['case_id', 'person_id'])
        .where('case_id', 'in', [...new Set(rows.map((r) => r.case_id))])
        .where('active', '=', true)
        .execute();
      return rows.map((r) => ({ ...r, officers: officers.filter((o) => o.case_id === r.case_id) }));
    });
    return found.map((r): Finding => ({
      subjectKey: `${r.case_id}:${r.key}`,
      agencyId: r.agency_id,
      caseId: r.case_id,
      recordType: 'deadline',
      recordId: r.key,
      title: `${r.number}：${r.label}已于 ${r.due} 届满`,
      details: { due: r.due, label: r.label, basis: r.basis },
      notifyPersonIds: r.officers.map((o) => o.person_id),
    }));
  },
};
