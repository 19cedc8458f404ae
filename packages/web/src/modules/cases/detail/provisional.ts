import type { CaseDetail } from '@zhifa/contract';

/** '（暂算）' after a date when the case's deadline of that key rests on a year without a holiday notice. */
export function provisionalMark(detail: Pick<CaseDetail, 'deadlines'>, key: string): string {
  return detail.deadlines.some((d) => d.key === key && d.provisional) ? '（暂算）' : '';
}
