// caseDeadlines(): every running time limit of a case with its legal basis, and flagDueSoon().
// Agency-internal limits are not rolled past rest days (warn early); party-facing ones are
// (legal-rules.md §8.3). A deadline that rests on a year without a loaded holiday notice is
// computed provisionally and says so.
import { ART } from './articles';
import {
  type CaseCalendar,
  addDays,
  addWorkingDays,
  compareDates,
  countWorkingDaysAfter,
  trackProvisional,
} from './calendar-port';
import type { CaseConfig } from './config';
import { partyDates, type SettledDate, settlePartyDates } from './party-dates';
import type { CaseState } from './state';
import { cashDepositDue, cashHandInDue } from './rules/cash';
import { freezeNoticeDue } from './rules/coercion';
import { correctionDeadlines } from './rules/correction';
import { jointDeadlines } from './rules/parties';
import { criminalReferralDeadlines } from './rules/criminal';
import { decisionLimitDue } from './rules/decision';
import { courtEnforcementWindow, paymentStatus } from './rules/execution';
import { preservationDue } from './rules/preservation';
import { decisionServiceDue } from './rules/service';
import { summaryFilingDue } from './rules/summary';

export type DeadlineStatus = 'open' | 'met' | 'overdue';

export interface CaseDeadline {
  key: string;
  label: string;
  /** Last day (inclusive). */
  due: string | null;
  /** For hour-level limits, the exact moment. */
  dueAt?: string;
  basis: string;
  /** The party's period (e.g. to pay): "overdue" means the party's period has lapsed. */
  partyFacing: boolean;
  status: DeadlineStatus;
  /**
   * Computed from weekends and the 办法's statutory holidays because a year it reaches has no
   * loaded State Council notice (PROVISIONAL_NOTE); recomputed when that notice is loaded.
   */
  provisional: boolean;
}

/** A due date and whether it is provisional. */
interface Due {
  due: string | null;
  provisional: boolean;
}

const fixed = (due: string | null): Due => ({ due, provisional: false });
const settled = (d: SettledDate): Due => ({ due: d.due, provisional: d.provisional });

function entry(
  key: string,
  label: string,
  due: Due,
  basis: string,
  met: boolean,
  today: string,
  options: { partyFacing?: boolean; dueAt?: string } = {},
): CaseDeadline {
  const status: DeadlineStatus = met
    ? 'met'
    : due.due !== null && compareDates(today, due.due) > 0
      ? 'overdue'
      : 'open';
  return {
    key,
    label,
    due: due.due,
    basis,
    partyFacing: options.partyFacing ?? false,
    status,
    provisional: due.provisional,
    ...(options.dueAt ? { dueAt: options.dueAt } : {}),
  };
}

function plusHours(dateTime: string, hours: number): string {
  const total = Number(dateTime.slice(11, 13)) + hours;
  return `${addDays(dateTime.slice(0, 10), Math.floor(total / 24))}T${String(total % 24).padStart(2, '0')}${dateTime.slice(13, 16)}`;
}

export function caseDeadlines(s: CaseState, calendar: CaseCalendar, config: CaseConfig, today: string): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  const c = (fn: (cal: CaseCalendar) => string | null): Due => {
    const t = trackProvisional(calendar, fn);
    return { due: t.value, provisional: t.provisional && t.value !== null };
  };
  const ended =
    s.status === 'transferred' || s.status === 'referredCriminal' || s.status === 'closed' || s.status === 'archived';

  const limit = decisionLimitDue(s, config);
  if (limit && s.procedure === 'ordinary' && !(ended && !s.decision)) {
    out.push(
      entry(
        'decisionLimit',
        '自立案之日起九十日内作出处理决定（含批准延长、扣除期间）',
        fixed(limit),
        ART.decisionLimit,
        s.decision !== null,
        today,
      ),
    );
  }
  s.recusals
    .filter((r) => !r.decision)
    .forEach((r) =>
      out.push(
        entry(
          `recusal:${r.officerId}`,
          '负责人对回避申请作出决定',
          fixed(addDays(r.receivedOn, config.recusalDecisionDays)),
          ART.recusalApplication,
          false,
          today,
        ),
      ),
    );
  s.preservations.forEach((p) =>
    out.push(
      entry(
        `preservation:${p.id}`,
        '先行登记保存证据七个工作日内作出处理决定',
        c((cal) => preservationDue(p.preservedOn, cal, config)),
        ART.preservation,
        p.handling !== undefined,
        today,
      ),
    ),
  );
  for (const m of s.coerciveMeasures) {
    out.push(
      entry(
        `coercive:${m.id}`,
        '强制措施期限届满前作出处理决定，届满未处理的应当解除',
        fixed(m.endsOn),
        m.kind === 'freeze' ? ART.freeze : ART.seizureDuration,
        m.released !== undefined,
        today,
      ),
    );
    if (m.urgent) {
      const dueAt = plusHours(m.takenAt, config.coercion.urgentApprovalHours);
      out.push(
        entry(
          `urgentApproval:${m.id}`,
          '当场实施强制措施后24小时内报告负责人并补办批准',
          fixed(dueAt.slice(0, 10)),
          ART.urgentMeasure,
          m.urgentApproval !== undefined,
          today,
          { dueAt },
        ),
      );
    }
    if (m.kind === 'freeze') {
      out.push(
        entry(
          `freezeNotice:${m.id}`,
          '三个工作日内向当事人交付冻结决定书',
          c((cal) => freezeNoticeDue(m.startOn, cal, config)),
          ART.freeze,
          m.freezeNoticeDeliveredOn !== undefined,
          today,
        ),
      );
    }
  }
  for (const d of criminalReferralDeadlines(s, config))
    out.push(entry(d.key, d.label, fixed(d.due), d.article, d.met, today, d.dueAt ? { dueAt: d.dueAt } : {}));
  for (const d of correctionDeadlines(s))
    out.push(entry(d.key, d.label, fixed(d.due), d.article, d.met, today, { partyFacing: true }));
  for (const d of jointDeadlines(s))
    out.push(entry(d.key, d.label, fixed(d.due), d.article, d.met, today, { partyFacing: d.partyFacing }));

  const party = partyDates(s, calendar, config);
  const n = s.notice;
  if (n?.service && !s.decision) {
    const spoke = s.statements.length > 0 || s.waiver !== null;
    if (party.representation)
      out.push(
        entry(
          'representation',
          '当事人陈述、申辩期限',
          settled(party.representation),
          ART.representation,
          spoke,
          today,
          { partyFacing: true },
        ),
      );
    if (party.hearingRequest) {
      const met = s.hearing !== null || (s.waiver?.rights.includes('hearing') ?? false);
      out.push(
        entry(
          'hearingRequest',
          '当事人要求听证的期限（告知后五个工作日）',
          settled(party.hearingRequest),
          ART.hearingRequest,
          met,
          today,
          { partyFacing: true },
        ),
      );
    }
  }
  const openReview = s.reviews.find((r) => !r.result);
  if (openReview) {
    out.push(
      entry(
        'review',
        '法制审核期限',
        c((cal) => addWorkingDays(openReview.submittedOn, config.reviewWorkingDays, cal)),
        ART.review,
        false,
        today,
      ),
    );
  }
  const d = s.decision;
  if (d && !d.onTheSpot && !d.handedOverOnSpot) {
    out.push(
      entry(
        'decisionService',
        '决定书七个工作日内送达',
        c((cal) => decisionServiceDue(d.decidedOn, cal, config)),
        ART.service,
        s.service !== null,
        today,
      ),
    );
  }
  if (d?.onTheSpot) {
    out.push(
      entry(
        'summaryFiling',
        '当场处罚决定报所属行政机关备案',
        c((cal) => summaryFilingDue(d.decidedOn, cal, config)),
        ART.summaryFiling,
        s.summary?.filedOn !== undefined,
        today,
      ),
    );
  }
  if (s.paymentDue) {
    const paymentState = party.payment ? { ...s, paymentDue: party.payment.due } : s;
    const st = paymentStatus(paymentState, today);
    // The stated period unless a deferral or instalment plan replaced it (第66条).
    const due: Due = party.payment && st.due === party.payment.due ? settled(party.payment) : fixed(st.due);
    out.push(
      entry('payment', '当事人缴纳罚款期限（收到决定书之日起十五日）', due, ART.payment, st.paidInFull, today, {
        partyFacing: true,
      }),
    );
    if (st.overdue && s.courtApplication === null && s.closure === null) {
      out.push(
        entry(
          'courtApplication',
          '申请人民法院强制执行期限（复议、诉讼期限届满之日起三个月内）',
          c((cal) => courtEnforcementWindow(paymentState, cal, config)?.closesOn ?? null),
          ART.courtWindow,
          false,
          today,
        ),
      );
    }
  }
  s.cash.collections.forEach((col, i) => {
    out.push(
      entry(
        `cashHandIn:${i + 1}`,
        '当场收缴的罚款两个工作日内交至行政机关',
        c((cal) => cashHandInDue(col, cal, config)),
        ART.cashHandIn,
        s.cash.handIns.length > i,
        today,
      ),
    );
  });
  s.cash.handIns.forEach((on, i) => {
    out.push(
      entry(
        `cashDeposit:${i + 1}`,
        '行政机关两个工作日内将罚款缴付指定银行',
        c((cal) => cashDepositDue(on, cal, config)),
        ART.cashHandIn,
        s.cash.deposits.length > i,
        today,
      ),
    );
  });
  return out;
}

/**
 * The first day after `today` on which caseDeadlines() gives other deadlines or other due dates,
 * setting aside the open/overdue flag (readers judge it against their own today); null when only
 * a new action on the case can change them. Besides that flag, today enters caseDeadlines() at one
 * point: the court application period (行政强制法 第53条) is listed once an unpaid fine is overdue,
 * i.e. from the day after the payment due date, which an approved deferral or instalment plan moves
 * (行政处罚法 第72条). Every due date is a function of the case state alone. deadlines-refresh.test.ts
 * checks this against caseDeadlines() itself, so a new today-dependent deadline must be added here.
 */
export function deadlinesRefreshOn(
  s: CaseState,
  calendar: CaseCalendar,
  config: CaseConfig,
  today: string,
): string | null {
  if (!s.paymentDue || s.courtApplication !== null || s.closure !== null) return null;
  const st = paymentStatus(settlePartyDates(s, calendar, config), today);
  if (st.paidInFull || st.overdue || st.due === null) return null;
  return addDays(st.due, 1);
}

/** Open deadlines due within `workingDays` working days of today (or whose due date is unknown). */
export function flagDueSoon(
  deadlines: readonly CaseDeadline[],
  today: string,
  calendar: CaseCalendar,
  workingDays = 3,
): CaseDeadline[] {
  return deadlines.filter((d) => {
    if (d.status !== 'open') return false;
    if (d.due === null) return true;
    if (compareDates(d.due, today) < 0) return false;
    return countWorkingDaysAfter(today, d.due, calendar) <= workingDays;
  });
}

/** 国办发〔2018〕118号: publish a penalty decision within 7 working days (a sector may allow more). */
export function publicationDue(decidedOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(decidedOn, config.publicationWorkingDays, calendar);
}
