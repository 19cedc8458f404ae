// Execution of a decision: payment (第67条), surcharge (第72–73条), deferral (第66条),
// court application (行政强制法 第53–54条) and the night/holiday ban (行政强制法 第43条).
import { ART } from '../articles';
import {
  type CaseCalendar,
  addCalendarDays,
  addDays,
  addMonths,
  addMonthsClamped,
  compareDates,
  countWorkingDaysAfter,
  isWorkingDay,
  maxDate,
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

const DAILY_SURCHARGE_PERCENT = 3;

/**
 * 加处罚款 (行政处罚法 第72条第1款第(一)项; 行政强制法 第45条): 3 % a day of the fine not paid, from
 * the day after the payment period (or the approved deferral or instalment) ran out up to `today`.
 *
 * The readings this follows, where the text leaves a choice:
 * - Only the fine carries the surcharge. 第72条 reads 「到期不缴纳罚款的，每日按罚款数额的百分之三
 *   加处罚款」: a confiscation (没收违法所得) in the same decision is enforced by other means, so
 *   a fine paid in full and on time accrues nothing even if the confiscation is unpaid.
 * - Money received goes to the fine before a confiscation in the same decision. The payment form
 *   does not split it, and the split that charges the party less is the one that cannot be wrong
 *   against the party.
 * - After a part payment the surcharge runs on the unpaid part of the fine. 加处罚款 is an 执行罚
 *   (行政强制法 第12条第(一)项): it presses for the performance still owed, and the paid part is no
 *   longer 「不缴纳」. This is how the same law's sibling, the tax 滞纳金, is reckoned: on the unpaid
 *   tax, up to the day it is paid (税收征收管理法 第32条; 实施细则 第75条). So the day a payment is
 *   made still counts on the amount unpaid that morning; the paid part stops the next day.
 * - The total never exceeds the fine itself: 第72条第1款第(一)项 「加处罚款的数额不得超出罚款的数额」;
 *   行政强制法 第45条第2款.
 * - Days under reconsideration or litigation do not accrue (第73条第3款).
 *
 * `days` counts the days on which some fine was overdue and unpaid; `excludedDays` those among
 * them that were under reconsideration or litigation. Amounts are reckoned in cents.
 */
export function surchargeFor(s: CaseState, today: string): { days: number; excludedDays: number; amount: number } {
  const none = { days: 0, excludedDays: 0, amount: 0 };
  const d = s.decision;
  const fineCents = d?.outcome === 'penalty' && d.penalty ? Math.round(fineTotal(d.penalty) * 100) : 0;
  if (!d || fineCents <= 0) return none;
  const totalCents = Math.round(amountDue(d) * 100);
  // What had fallen due before a given day: everything after the (deferred) due date, or the
  // instalments whose own due dates have passed.
  const instalments = s.deferral ? null : s.instalments;
  const single = s.deferral?.until ?? s.paymentDue;
  const firstDue = instalments ? [...instalments].map((i) => i.due).sort(compareDates)[0] : single;
  if (!firstDue || compareDates(today, firstDue) <= 0) return none;
  const owedBefore = (day: string): number =>
    instalments
      ? instalments.filter((i) => compareDates(i.due, day) < 0).reduce((n, i) => n + Math.round(i.amount * 100), 0)
      : single && compareDates(single, day) < 0
        ? totalCents
        : 0;
  const payments = [...s.payments].sort((a, b) => compareDates(a.paidOn, b.paidOn));
  const capTimes100 = fineCents * 100;
  let days = 0;
  let excludedDays = 0;
  // Sum of (unpaid cents × percent), kept in integers so that no rounding creeps in day by day.
  let accrued = 0;
  let paidCents = 0;
  let next = 0;
  for (let day = addDays(firstDue, 1); compareDates(day, today) <= 0 && accrued < capTimes100; day = addDays(day, 1)) {
    while (next < payments.length && compareDates(payments[next].paidOn, day) < 0)
      paidCents += Math.round(payments[next++].amount * 100);
    const unpaidFine = Math.max(0, fineCents - paidCents);
    const overdueUnpaid = Math.max(0, owedBefore(day) - paidCents);
    const base = Math.min(unpaidFine, overdueUnpaid);
    if (unpaidFine === 0) break;
    if (base === 0) continue;
    days += 1;
    if (s.remedyProceedings.some((r) => compareDates(r.from, day) <= 0 && compareDates(day, r.to ?? today) <= 0)) {
      excludedDays += 1;
      continue;
    }
    accrued += base * DAILY_SURCHARGE_PERCENT;
  }
  return { days, excludedDays, amount: Math.min(Math.round(accrued / 100), fineCents) / 100 };
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
  const performanceEnd =
    s.deferral?.until ??
    (s.instalments
      ? s.instalments
          .map((i) => i.due)
          .sort(compareDates)
          .at(-1)
      : undefined);
  const base = performanceEnd ? maxDate(remedyEnd, performanceEnd) : remedyEnd;
  return {
    remedyPeriodEnds: remedyEnd,
    base,
    opensOn: addDays(base, 1),
    closesOn: addMonthsClamped(base, config.court.windowMonths),
  };
}

/** 行政强制法 第54条: a served 催告 at least 10 working days old; 第53条: inside the window. */
export function checkCourtApplication(
  s: CaseState,
  appliedOn: string,
  calendar: CaseCalendar,
  config: CaseConfig,
): CaseRefusal[] {
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
    out.push(
      refusal(
        'courtWindowNotOpen',
        `当事人的复议、诉讼期限（或暂缓、分期期限）于 ${window.base} 届满，届满后方可申请`,
        ART.courtApplication,
      ),
    );
  } else if (compareDates(appliedOn, window.closesOn) > 0) {
    out.push(
      refusal('courtWindowClosed', `申请期限已于 ${window.closesOn} 届满（期限届满之日起三个月内）`, ART.courtWindow),
    );
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
      : [
          refusal(
            'urgentReasonMissing',
            '以情况紧急为由在夜间或法定节假日实施强制执行的，应当说明紧急情况',
            ART.noNightEnforcement,
          ),
        ];
  }
  const out: CaseRefusal[] = [];
  if (input.startTime >= NIGHT.from || input.startTime < NIGHT.to) {
    out.push(refusal('nightEnforcement', '不得在夜间实施行政强制执行（情况紧急的除外）', ART.noNightEnforcement));
  }
  if (!isWorkingDay(input.date, calendar)) {
    out.push(
      refusal('holidayEnforcement', '不得在法定节假日实施行政强制执行（情况紧急的除外）', ART.noNightEnforcement),
    );
  }
  return out;
}
