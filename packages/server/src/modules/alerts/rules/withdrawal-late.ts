// 撤下公示逾期: a decision changed, revoked, confirmed unlawful or void (recorded on the case) whose
// rendition is still public, or still waiting to be, 3 working days after the change (行政处罚法
// 第48条第2款, statement 69). The platform withdraws at once when the change is recorded, so this
// finds what went round it: a rendition published afterwards, or a withdrawal that failed.
import { withdrawalDueOn } from '@zhifa/domain';
import { sql } from 'kysely';
import { loadCalendar } from '../../../shared/calendar-store';
import type { AlertRule } from './rule';

export const withdrawalLate: AlertRule = {
  id: 'withdrawalLate',
  async find({ db, today }) {
    const rows = await db
      .selectFrom('disclosure_renditions')
      .innerJoin('cases', 'cases.id', 'disclosure_renditions.case_id')
      .select([
        'disclosure_renditions.id',
        'disclosure_renditions.case_id',
        'disclosure_renditions.agency_id',
        'disclosure_renditions.document_number',
        'disclosure_renditions.status',
        'cases.number as case_number',
        sql<string>`(select min(c ->> 'on') from jsonb_array_elements(cases.state -> 'decisionChanges') c)`.as(
          'changed_on',
        ),
      ])
      .where('disclosure_renditions.status', 'in', ['pending', 'held', 'published'])
      .where(sql<boolean>`jsonb_typeof(cases.state -> 'decisionChanges') = 'array'`)
      .where(sql<boolean>`jsonb_array_length(cases.state -> 'decisionChanges') > 0`)
      .execute();
    if (rows.length === 0) return [];
    const calendar = await loadCalendar(db);
    return rows
      .map((r) => ({ ...r, dueOn: withdrawalDueOn(r.changed_on, calendar) }))
      .filter((r) => r.dueOn < today)
      .map((r) => ({
        subjectKey: r.id,
        agencyId: r.agency_id,
        caseId: r.case_id,
        recordType: 'disclosureRendition',
        recordId: r.id,
        title: `${r.case_number}：处罚决定 ${r.document_number} 已于 ${r.changed_on} 被变更、撤销或确认违法（无效），应于 ${r.dueOn} 前撤下公示，至今仍${r.status === 'published' ? '在公示' : '待公示'}`,
        details: { documentNumber: r.document_number, changedOn: r.changed_on, dueOn: r.dueOn, status: r.status },
      }));
  },
};
