// What a receipt code tells the public: the receiving agency, the day, and a plain status.
import type { AppContext } from '../../../platform/context';
import type { ComplaintStatus } from '../pages/status';
import { normaliseReceiptCode, receiptHash } from './tokens';

const PUBLIC_STATUS: Record<string, string> = {
  pending: '已受理，正在核查',
  filed: '已立案调查',
  closed: '已核查办结',
  merged: '已与反映同一问题的投诉合并处理',
};

export async function complaintStatus(app: AppContext, code: string): Promise<ComplaintStatus | null | 'invalid'> {
  const normal = normaliseReceiptCode(code);
  if (!normal) return 'invalid';
  const row = await app.db
    .selectFrom('public_complaints')
    .innerJoin('leads', 'leads.id', 'public_complaints.lead_id')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .select(['agencies.name', 'leads.status', 'leads.received_on'])
    .where('public_complaints.receipt_hash', '=', receiptHash(app, normal))
    .executeTakeFirst();
  if (!row) return null;
  return { agencyName: row.name, submittedOn: row.received_on, status: PUBLIC_STATUS[row.status] ?? '处理中' };
}
