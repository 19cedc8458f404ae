// 先行登记保存 (第56条, 第85条).
import { ART } from '../articles';
import { type CaseCalendar, addWorkingDays, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import { type CaseRefusal, refusal } from '../refusal';
import type { PreservationState } from '../state';

/** A handling decision is due within 7 working days of preservation. */
export function preservationDue(preservedOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(preservedOn, config.preservationWorkingDays, calendar);
}

/** Alert for a preservation still unhandled after its due date (market regulation: it lapses). */
export function checkPreservationHandled(
  p: PreservationState,
  today: string,
  calendar: CaseCalendar,
  config: CaseConfig,
): CaseRefusal[] {
  if (p.handling) return [];
  const due = preservationDue(p.preservedOn, calendar, config);
  return compareDates(today, due) > 0
    ? [refusal('preservationOverdue', `先行登记保存 ${p.id} 应当在 ${due} 前作出处理决定`, ART.preservation)]
    : [];
}
