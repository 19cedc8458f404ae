// 监督意见书逾期: a correction notice still awaiting the agency (not answered, or returned) after
// its deadline. The agency's heads and the supervisor who issued it hear of it.
import type { AlertRule } from './rule';

export const correctionOverdue: AlertRule = {
  id: 'correctionOverdue',
  async find({ db, today }) {
    const rows = await db
      .selectFrom('correction_notices')
      .select(['id', 'number', 'agency_id', 'subject', 'due_on', 'status', 'issued_by'])
      .where('status', 'in', ['issued', 'returned'])
      .where('due_on', '<', today)
      .execute();
    return rows.map((r) => ({
      subjectKey: r.id,
      agencyId: r.agency_id,
      recordType: 'correctionNotice',
      recordId: r.id,
      title: `执法监督意见书 ${r.number}（${r.subject}）整改期限 ${r.due_on} 已过，尚未${r.status === 'returned' ? '重新' : ''}回复`,
      details: { number: r.number, dueOn: r.due_on, status: r.status },
      notifyUserIds: [r.issued_by],
    }));
  },
};
