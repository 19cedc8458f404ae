// 整改 of a case-file review (案卷评查): the reviewer sends a file's problems back to its agency
// with a deadline, the agency answers with what it changed, the reviewer accepts (办结) or returns
// it. The same loop as a correction notice, on the rectification's own statuses.
import type { CorrectionAction } from './correction-notices';

export type RectificationStatus = 'open' | 'replied' | 'returned' | 'done';

export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = {
  open: '待整改回复',
  replied: '已回复待审查',
  returned: '已退回重新整改',
  done: '已认可（办结）',
};

const ALLOWED: Record<CorrectionAction, readonly RectificationStatus[]> = {
  reply: ['open', 'returned'],
  accept: ['replied'],
  return: ['replied'],
};

const NEXT: Record<CorrectionAction, RectificationStatus> = { reply: 'replied', accept: 'done', return: 'returned' };

/** The status an action leads to, or null when the rectification's status does not allow it. */
export function rectificationTransition(
  status: RectificationStatus,
  action: CorrectionAction,
): RectificationStatus | null {
  return ALLOWED[action].includes(status) ? NEXT[action] : null;
}

/** Awaiting the agency (not yet answered, or returned) and past its deadline. */
export function isRectificationOverdue(status: RectificationStatus, due: string, today: string): boolean {
  return (status === 'open' || status === 'returned') && today > due;
}
