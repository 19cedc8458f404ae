// caseDeadlines(): every running time limit of a case with its legal basis, and flagDueSoon().
// Agency-internal limits are not rolled past rest days (warn early); party-facing ones are
// (legal-rules.md §8.3). A deadline in a year without a loaded holiday notice has due = null.
import { ART } from './articles';
import { type CaseCalendar, addDays, compareDates, countWorkingDaysAfter, tryCompute } from './calendar-port';
import type { CaseConfig } from './config';
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
import { addWorkingDays } from './calendar-port';

export type DeadlineStatus = 'open' | 'met' | 'overdue';

export interface CaseDeadline {
  key: string;
  label: string;
  /** Last day (inclusive); null when the holiday notice for the year is not loaded. */
  due: string | null;
  /** For hour-level limits, the exact moment. */
  dueAt?: string;
  basis: string;
  /** The party's period (e.g. to pay): "overdue" means the party's period has lapsed. */
  partyFacing: boolean;
  status: DeadlineStatus;
}

function entry(
  key: string,
  label: string,
  due: string | null,
  basis: string,
  met: boolean,
  today: string,
  partyFacing = false,
  dueAt?: string,
): CaseDeadline {
  const status: DeadlineStatus = met ? 'met' : due !== null && compareDates(today, due) > 0 ? 'overdue' : 'open';
  return { key, label, due, basis, partyFacing, status, ...(dueAt ? { dueAt } : {}) };
}

function plusHours(dateTime: string, hours: number): string {
  const total = Number(dateTime.slice(11, 13)) + hours;
  return `${addDays(dateTime.slice(0, 10), Math.floor(total / 24))}T${String(total % 24).padStart(2, '0')}${dateTime.slice(13, 16)}`;
}

export function caseDeadlines(s: CaseState, calendar: CaseCalendar, config: CaseConfig, today: string): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  const c = <T>(fn: () => T) => tryCompute(fn);
  const ended = s.status === 'transferred' || s.status === 'referredCriminal' || s.status === 'closed' || s.status === 'archived';

  const limit = decisionLimitDue(s, config);
  if (limit && s.procedure === 'ordinary' && !(ended && !s.decision)) {
    out.push(entry('decisionLimit', '自立案之日起九十日内作出处理决定（含批准延长、扣除期间）', limit, ART.decisionLimit, s.decision !== null, today));
  }
  s.recusals
    .filter((r) => !r.decision)
    .forEach((r) => out.push(entry(`recusal:${r.officerId}`, '负责人对回避申请作出决定', addDays(r.receivedOn, config.recusalDecisionDays), ART.recusalApplication, false, today)));
  s.preservations.forEach((p) =>
    out.push(entry(`preservation:${p.id}`, '先行登记保存证据七个工作日内作出处理决定', c(() => preservationDue(p.preservedOn, calendar, config)), ART.preservation, p.handling !== undefined, today)),
  );
  for (const m of s.coerciveMeasures) {
    out.push(entry(`coercive:${m.id}`, '强制措施期限届满前作出处理决定，届满未处理的应当解除', m.endsOn, m.kind === 'freeze' ? ART.freeze : ART.seizureDuration, m.released !== undefined, today));
    if (m.urgent) {
      const dueAt = plusHours(m.takenAt, config.coercion.urgentApprovalHours);
      out.push(entry(`urgentApproval:${m.id}`, '当场实施强制措施后24小时内报告负责人并补办批准', dueAt.slice(0, 10), ART.urgentMeasure, m.urgentApproval !== undefined, today, false, dueAt));
    }
    if (m.kind === 'freeze') {
      out.push(entry(`freezeNotice:${m.id}`, '三个工作日内向当事人交付冻结决定书', c(() => freezeNoticeDue(m.startOn, calendar, config)), ART.freeze, m.freezeNoticeDeliveredOn !== undefined, today));
    }
  }
  for (const d of criminalReferralDeadlines(s, config)) out.push(entry(d.key, d.label, d.due, d.article, d.met, today, false, d.dueAt));
  for (const d of correctionDeadlines(s)) out.push(entry(d.key, d.label, d.due, d.article, d.met, today, true));
  for (const d of jointDeadlines(s)) out.push(entry(d.key, d.label, d.due, d.article, d.met, today, d.partyFacing));

  const n = s.notice;
  if (n?.service && !s.decision) {
    const spoke = s.statements.length > 0 || s.waiver !== null;
    if (n.representationDue) out.push(entry('representation', '当事人陈述、申辩期限', n.representationDue, ART.representation, spoke, today, true));
    if (n.hearingRequestDue) {
      out.push(entry('hearingRequest', '当事人要求听证的期限（告知后五个工作日）', n.hearingRequestDue, ART.hearingRequest, s.hearing !== null || (s.waiver?.rights.includes('hearing') ?? false), today, true));
    }
  }
  const openReview = s.reviews.find((r) => !r.result);
  if (openReview) {
    out.push(entry('review', '法制审核期限', c(() => addWorkingDays(openReview.submittedOn, config.reviewWorkingDays, calendar)), ART.review, false, today));
  }
  const d = s.decision;
  if (d && !d.onTheSpot && !d.handedOverOnSpot) {
    out.push(entry('decisionService', '决定书七个工作日内送达', c(() => decisionServiceDue(d.decidedOn, calendar, config)), ART.service, s.service !== null, today));
  }
  if (d?.onTheSpot) {
    out.push(entry('summaryFiling', '当场处罚决定报所属行政机关备案', c(() => summaryFilingDue(d.decidedOn, calendar, config)), ART.summaryFiling, s.summary?.filedOn !== undefined, today));
  }
  if (s.paymentDue) {
    const st = paymentStatus(s, today);
    out.push(entry('payment', '当事人缴纳罚款期限（收到决定书之日起十五日）', st.due, ART.payment, st.paidInFull, today, true));
    if (st.overdue && s.courtApplication === null && s.closure === null) {
      const w = courtEnforcementWindow(s, calendar, config);
      out.push(entry('courtApplication', '申请人民法院强制执行期限（复议、诉讼期限届满之日起三个月内）', w?.closesOn ?? null, ART.courtWindow, false, today));
    }
  }
  s.cash.collections.forEach((col, i) => {
    out.push(entry(`cashHandIn:${i + 1}`, '当场收缴的罚款两个工作日内交至行政机关', c(() => cashHandInDue(col, calendar, config)), ART.cashHandIn, s.cash.handIns.length > i, today));
  });
  s.cash.handIns.forEach((on, i) => {
    out.push(entry(`cashDeposit:${i + 1}`, '行政机关两个工作日内将罚款缴付指定银行', c(() => cashDepositDue(on, calendar, config)), ART.cashHandIn, s.cash.deposits.length > i, today));
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
export function deadlinesRefreshOn(s: CaseState, _calendar: CaseCalendar, _config: CaseConfig, today: string): string | null {
  if (!s.paymentDue || s.courtApplication !== null || s.closure !== null) return null;
  const st = paymentStatus(s, today);
  if (st.paidInFull || st.overdue || st.due === null) return null;
  return addDays(st.due, 1);
}

/** Open deadlines due within `workingDays` working days of today (or whose due date is unknown). */
export function flagDueSoon(deadlines: readonly CaseDeadline[], today: string, calendar: CaseCalendar, workingDays = 3): CaseDeadline[] {
  return deadlines.filter((d) => {
    if (d.status !== 'open') return false;
    if (d.due === null) return true;
    if (compareDates(d.due, today) < 0) return false;
    const left = tryCompute(() => countWorkingDaysAfter(today, d.due as string, calendar));
    return left === null || left <= workingDays;
  });
}

/** 国办发〔2018〕118号: publish a penalty decision within 7 working days (a sector may allow more). */
export function publicationDue(decidedOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(decidedOn, config.publicationWorkingDays, calendar);
}

