// 评查整改逾期: a rectification task of a case-file review still awaiting the agency (not answered,
// or returned) after its deadline. The agency's heads and the reviewer who set it hear of it.
import type { AlertRule } from './rule';

export const rectificationOverdue: AlertRule = {
  id: 'rectificationOverdue',
  async find({ db, today }) {
    const rows = await db
      .selectFrom('review_rectifications as r')
      .innerJoin('file_reviews as f', 'f.id', 'r.review_id')
      .innerJoin('cases', 'cases.id', 'f.case_id')
      .select(['r.id', 'r.agency_id', 'r.due', 'r.status', 'r.created_by', 'f.case_id', 'cases.number'])
      .where('r.status', 'in', ['open', 'returned'])
      .where('r.due', '<', today)
      .execute();
    return rows.map((r) => ({
      subjectKey: r.id,
      agencyId: r.agency_id,
      caseId: r.case_id,
      recordType: 'reviewRectification',
      recordId: r.id,
      title: `案卷 ${r.number} 的评查整改期限 ${r.due} 已过，尚未${r.status === 'returned' ? '重新' : ''}回复`,
      details: { dueOn: r.due, status: r.status },
      notifyUserIds: r.created_by ? [r.created_by] : [],
    }));
  },
};
