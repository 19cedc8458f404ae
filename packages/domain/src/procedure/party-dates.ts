// Party-facing dates stated in a served document (the notice's periods, the payment period) are
// recorded with the action that served it. If a year they reached had no loaded holiday notice
// they were computed provisionally; once the notice is loaded they are recomputed, and the later of
// the stated and the recomputed date stands: the party may rely on what it was told
// (legal-rules.md §8.3, last bullet).
import { type CaseCalendar, addWorkingDays, maxDate, trackProvisional } from './calendar-port';
import type { CaseConfig } from './config';
import { hearingRequestDue } from './rules/hearing';
import { paymentDeadline } from './rules/execution';
import type { CaseState } from './state';

export interface SettledDate {
  due: string;
  /** Still rests on a year whose holiday notice is not loaded. */
  provisional: boolean;
}

function settle(stated: string, recompute: (c: CaseCalendar) => string, calendar: CaseCalendar): SettledDate {
  const t = trackProvisional(calendar, recompute);
  const due = maxDate(stated, t.value);
  // A stated date later than the recomputed one stands as stated, and no longer depends on a notice.
  return { due, provisional: t.provisional && due === t.value };
}

export interface PartyDates {
  representation: SettledDate | null;
  hearingRequest: SettledDate | null;
  payment: SettledDate | null;
}

export function partyDates(s: CaseState, calendar: CaseCalendar, config: CaseConfig): PartyDates {
  const served = s.notice?.service?.serviceDate;
  const n = s.notice;
  const representation =
    n?.representationDue && served
      ? settle(n.representationDue, (c) => addWorkingDays(served, config.representationWorkingDays, c), calendar)
      : null;
  const hearingRequest =
    n?.hearingRequestDue && served
      ? settle(n.hearingRequestDue, (c) => hearingRequestDue(served, c, config), calendar)
      : null;
  const received = s.service?.serviceDate;
  const payment =
    s.paymentDue && received ? settle(s.paymentDue, (c) => paymentDeadline(received, c, config), calendar) : null;
  return { representation, hearingRequest, payment };
}

/** The state with its party-facing dates settled against the calendar in force now. */
export function settlePartyDates(s: CaseState, calendar: CaseCalendar, config: CaseConfig): CaseState {
  const d = partyDates(s, calendar, config);
  if (
    d.representation?.due === (s.notice?.representationDue ?? undefined) &&
    d.hearingRequest?.due === (s.notice?.hearingRequestDue ?? undefined) &&
    d.payment?.due === (s.paymentDue ?? undefined)
  ) {
    return s;
  }
  return {
    ...s,
    notice: s.notice
      ? {
          ...s.notice,
          representationDue: d.representation?.due ?? s.notice.representationDue,
          hearingRequestDue: d.hearingRequest?.due ?? s.notice.hearingRequestDue,
        }
      : s.notice,
    paymentDue: d.payment?.due ?? s.paymentDue,
  };
}
