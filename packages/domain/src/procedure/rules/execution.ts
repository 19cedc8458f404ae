// Execution of a decision: payment (第67条), surcharge (第72–73条), deferral (第66条),
// court application (行政强制法 第53–54条) and the night/holiday ban (行政强制法 第43条).
import { computeSurcharge } from '../../calendar/index';
import { ART } from '../articles';
import {
  type CaseCalendar,
  addCalendarDays,
  addDays,
  addMonths,
  addMonthsClamped,
  calendarDaysBetween,
  compareDates,
  countWorkingDaysAfter,
  isWorkingDay,
  maxDate,
  overlapDays,
} from '../calendar-port';
import type { CaseConfig } from '../config';
import { type PenaltyProposal, fineTotal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState, DecisionState } from '../state';

/** Money the party must pay: fines plus confiscated illegal gains. */
export function amountDue(decision: Pick<DecisionState, 'outcome' | 'penalty'>): number {
  if (decision.outcome !== 'penalty' || !decision.penalty) return 0;
  return payableOf(decision.penalty);
}

export function payableOf(p: PenaltyProposal): number {
  const gains = p.lines.filter((l) => l.kind === 'confiscateGains').reduce((s, l) => s + (l.amount ?? 0), 0);
  return fineTotal(p) + gains;
}

export function amountPaid(s: Pick<CaseState, 'payments'>): number {
  return s.payments.reduce((sum, p) => sum + p.amount, 0);
}

/** 第67条第3款: 15 days from receipt of the decision, rolled past rest days (party-facing). */
export function paymentDeadline(serviceDate: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addCalendarDays(serviceDate, config.paymentDays, calendar, { rollToWorkingDay: true });
}

/** The date after which non-payment is overdue, taking an approved deferral or instalment plan into account. */
export function effectivePaymentDue(s: CaseState): string | null {
  if (s.deferral) return s.deferral.until;
  if (s.instalments) {
    let covered = amountPaid(s);
    for (const i of [...s.instalments].sort((a, b) => compareDates(a.due, b.due))) {
      if (covered >= i.amount) covered -= i.amount;
      else return i.due;
    }
    return null;
  }
  return s.paymentDue;
}

export interface PaymentStatus {
  due: string | null;
  paidInFull: boolean;
  overdue: boolean;
  /** First day the surcharge accrues (the day after the due date). */
  surchargeFrom: string | null;
}

/** 第67条, 第72条: overdue the day after the (rolled) due date; surcharge accrues from then. */
export function paymentStatus(s: CaseState, today: string): PaymentStatus {
  const due = effectivePaymentDue(s);
  const paidInFull = s.decision ? amountPaid(s) >= amountDue(s.decision) : true;
  const overdue = !paidInFull && due !== null && compareDates(today, due) > 0;
  return { due, paidInFull, overdue, surchargeFrom: due ? addDays(due, 1) : null };
}

/**
 * 第72条第1款(一), 第73条第3款: 3% of the fine per day from the day after the due date up to
 * `today`, days under reconsideration or litigation excluded, capped at the fine.
 */
export function surchargeFor(s: CaseState, today: string): { days: number; excludedDays: number; amount: number } {
  const st = paymentStatus(s, today);
  const fine = s.decision?.penalty ? fineTotal(s.decision.penalty) : 0;
  if (!st.overdue || !st.surchargeFrom) return { days: 0, excludedDays: 0, amount: 0 };
  const days = calendarDaysBetween(st.surchargeFrom, today) + 1;
  const excludedDays = s.remedyProceedings.reduce(
    (n, r) => n + overlapDays(r.from, r.to ?? today, st.surchargeFrom as string, today),
    0,
  );
  return { days, excludedDays: Math.min(excludedDays, days), amount: computeSurcharge(fine, days, Math.min(excludedDays, days)) };
}

export interface CourtWindow {
  /** The party's own remedy period ends on this day. */
  remedyPeriodEnds: string;
  /** The window runs from the day after `base` for `config.court.windowMonths` months. */
  base: string;
  opensOn: string;
  closesOn: string;
}

/**
 * 行政强制法 第53条; 行诉解释 第156条; 第72条第2款: the court may be asked within 3 months after the
 * party's reconsideration/litigation period ends, or after an approved deferral or instalment
 * period ends, whichever is later. On-the-spot decisions go to reconsideration first
 * (行政复议法 第23条), so only the 60-day period applies. Null before the decision is served.
 */
export function courtEnforcementWindow(s: CaseState, calendar: CaseCalendar, config: CaseConfig): CourtWindow | null {
  const served = s.service?.serviceDate;
  if (!served || !s.decision) return null;
  const remedyEnd =
    s.decision?.onTheSpot && s.summary?.reconsiderationFirst
      ? addCalendarDays(served, config.remedies.reconsiderationDays, calendar, { rollToWorkingDay: true })
      : addMonths(served, config.remedies.litigationMonths, calendar, { rollToWorkingDay: true });
  const performanceEnd = s.deferral?.until ?? (s.instalments ? s.instalments.map((i) => i.due).sort(compareDates).at(-1) : undefined);
  const base = performanceEnd ? maxDate(remedyEnd, performanceEnd) : remedyEnd;
  return { remedyPeriodEnds: remedyEnd, base, opensOn: addDays(base, 1), closesOn: addMonthsClamped(base, config.court.windowMonths) };
}

/** 行政强制法 第54条: a served 催告 at least 10 working days old; 第53条: inside the window. */
export function checkCourtApplication(s: CaseState, appliedOn: string, calendar: CaseCalendar, config: CaseConfig): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const demand = [...s.demands].sort((a, b) => compareDates(a.servedOn, b.servedOn)).at(-1);
  if (!demand) {
    out.push(refusal('demandMissing', '申请人民法院强制执行前，应当催告当事人履行义务', ART.courtApplication));
  } else {
    const waited = countWorkingDaysAfter(demand.servedOn, appliedOn, calendar);
    if (waited < config.court.demandWaitWorkingDays) {
      out.push(
        refusal(
          'demandTooRecent',
          `催告书送达满 ${config.court.demandWaitWorkingDays} 个工作日后当事人仍未履行的，方可申请（目前仅 ${waited} 个工作日）`,
          ART.courtApplication,
        ),
      );
    }
  }
  const window = courtEnforcementWindow(s, calendar, config);
  if (!window) {
    out.push(refusal('courtWindowUnknown', '无法确定申请强制执行的期间（缺少送达记录或节假日安排）', ART.courtWindow));
  } else if (compareDates(appliedOn, window.opensOn) < 0) {
    out.push(refusal('courtWindowNotOpen', `当事人的复议、诉讼期限（或暂缓、分期期限）于 ${window.base} 届满，届满后方可申请`, ART.courtApplication));
  } else if (compareDates(appliedOn, window.closesOn) > 0) {
    out.push(refusal('courtWindowClosed', `申请期限已于 ${window.closesOn} 届满（期限届满之日起三个月内）`, ART.courtWindow));
  }
  return out;
}

export const NIGHT = { from: '22:00', to: '06:00' } as const;

/** 行政强制法 第43条: no enforcement at night or on a statutory holiday, unless urgent. */
export function checkEnforcementTime(
  input: { date: string; startTime: string; urgent: boolean; urgentReason?: string },
  calendar: CaseCalendar,
): CaseRefusal[] {
  if (input.urgent) {
    return input.urgentReason?.trim()
      ? []
      : [refusal('urgentReasonMissing', '以情况紧急为由在夜间或法定节假日实施强制执行的，应当说明紧急情况', ART.noNightEnforcement)];
  }
  const out: CaseRefusal[] = [];
  if (input.startTime >= NIGHT.from || input.startTime < NIGHT.to) {
    out.push(refusal('nightEnforcement', '不得在夜间实施行政强制执行（情况紧急的除外）', ART.noNightEnforcement));
  }
  if (!isWorkingDay(input.date, calendar)) {
    out.push(refusal('holidayEnforcement', '不得在法定节假日实施行政强制执行（情况紧急的除外）', ART.noNightEnforcement));
  }
  return out;
}
