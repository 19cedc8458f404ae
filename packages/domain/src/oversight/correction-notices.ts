// 执法监督意见书: a supervisor's notice to an agency about a case or a practice, the agency's reply
// and the supervisor's acceptance or return (《广东省行政执法监督条例》). Pure status rules.

export type CorrectionStatus = 'issued' | 'replied' | 'accepted' | 'returned';
export type CorrectionAction = 'reply' | 'accept' | 'return';

export const CORRECTION_STATUS_LABELS: Record<CorrectionStatus, string> = {
  issued: '待整改回复',
  replied: '已回复待审查',
  accepted: '已认可（办结）',
  returned: '已退回重新整改',
};

/** Document series of the notice: 代字 + 监 + 〔年〕 + 号. */
export const CORRECTION_NOTICE_SERIES = '监';

const ALLOWED: Record<CorrectionAction, readonly CorrectionStatus[]> = {
  reply: ['issued', 'returned'],
  accept: ['replied'],
  return: ['replied'],
};

const NEXT: Record<CorrectionAction, CorrectionStatus> = { reply: 'replied', accept: 'accepted', return: 'returned' };

/** The status an action leads to, or null when the notice's status does not allow it. */
export function correctionTransition(status: CorrectionStatus, action: CorrectionAction): CorrectionStatus | null {
  return ALLOWED[action].includes(status) ? NEXT[action] : null;
}

/** Awaiting the agency (not yet answered, or returned) and past its deadline. */
export function isCorrectionOverdue(status: CorrectionStatus, dueOn: string, today: string): boolean {
  return (status === 'issued' || status === 'returned') && today > dueOn;
}
