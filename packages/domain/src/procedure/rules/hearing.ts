// 听证 (第63–65条).
import { ART } from '../articles';
import { type CaseCalendar, addWorkingDays, compareDates, maxDate, workingDaysBetween } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { CasePartyKind } from '../party';
import type { HearingAgent, HearingAttendance, NoticeRights } from '../payloads/notice';
import {
  PENALTY_PROPOSAL_KIND_LABELS,
  type PenaltyProposal,
  confiscationTotal,
  fineTotal,
  proposalKinds,
} from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';

export interface HearingRightResult {
  required: boolean;
  reasons: string[];
}

/** 第63条: a 较大数额 fine or confiscation (at or above the threshold), or a heavy kind. */
export function hearingRight(
  penalty: PenaltyProposal,
  partyKind: CasePartyKind,
  config: CaseConfig,
): HearingRightResult {
  const h = config.hearing;
  const reasons: string[] = [];
  const fineLimit = partyKind === 'person' ? h.personFineThreshold : h.organisationFineThreshold;
  const confLimit = partyKind === 'person' ? h.personConfiscationThreshold : h.organisationConfiscationThreshold;
  if (fineTotal(penalty) >= fineLimit) reasons.push(`较大数额罚款（${fineLimit} 元以上）`);
  if (confiscationTotal(penalty) >= confLimit)
    reasons.push(`没收较大数额违法所得或较大价值非法财物（${confLimit} 元以上）`);
  for (const k of proposalKinds(penalty)) {
    if (h.heavyKinds.includes(k)) reasons.push(PENALTY_PROPOSAL_KIND_LABELS[k]);
  }
  return { required: reasons.length > 0, reasons };
}

/** 第63条, 第64条(一): the notice tells the party of the hearing right when the penalty carries it. */
export function checkNoticeHearingRight(
  rights: NoticeRights,
  penalty: PenaltyProposal,
  partyKind: CasePartyKind,
  config: CaseConfig,
): CaseRefusal[] {
  const r = hearingRight(penalty, partyKind, config);
  if (!r.required || rights.hearing) return [];
  return [
    refusal(
      'hearingRightNotStated',
      `拟作出${r.reasons.join('、')}，告知书应当告知当事人有要求听证的权利及 ${config.hearing.requestWorkingDays} 个工作日的申请期限`,
      ART.hearingRight,
    ),
  ];
}

/** 第64条(一), 第85条: last day to request a hearing (working days, so never on a rest day). */
export function hearingRequestDue(noticeServedOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(noticeServedOn, config.hearing.requestWorkingDays, calendar);
}

/**
 * Late unless received, or posted (民事诉讼法 第85条第4款), by the due date. A due date stated in
 * the served notice is never brought forward by a later calendar (legal-rules.md §8.3).
 */
export function isHearingRequestLate(
  input: { noticeServedOn: string; requestedOn: string; postedOn?: string; statedDue?: string | null },
  calendar: CaseCalendar,
  config: CaseConfig,
): { late: boolean; due: string } {
  const computed = hearingRequestDue(input.noticeServedOn, calendar, config);
  const due = input.statedDue ? maxDate(input.statedDue, computed) : computed;
  const effective = input.postedOn ?? input.requestedOn;
  return { late: compareDates(effective, due) > 0, due };
}

/** 第64条(二): at least 7 full working days strictly between the notice and the hearing (legal-rules §8.3). */
export function checkHearingNoticeLead(
  noticeDate: string,
  hearingDate: string,
  calendar: CaseCalendar,
  config: CaseConfig,
): CaseRefusal[] {
  const between = workingDaysBetween(noticeDate, hearingDate, calendar);
  if (between >= config.hearing.noticeLeadWorkingDays) return [];
  return [
    refusal(
      'hearingNoticeTooLate',
      `听证通知与听证日期之间须有至少 ${config.hearing.noticeLeadWorkingDays} 个工作日（现为 ${between} 个）`,
      ART.hearingNotice,
    ),
  ];
}

/** 第64条(四): the presider is not one of the case's investigators. */
export function checkPresider(presiderId: string, investigatorIds: readonly string[]): CaseRefusal[] {
  return investigatorIds.includes(presiderId)
    ? [refusal('presiderIsInvestigator', '听证由行政机关指定的非本案调查人员主持', ART.hearingPresider)]
    : [];
}

/** 第64条(五): one or two agents. */
export function checkAgents(agents: readonly HearingAgent[], config: CaseConfig): CaseRefusal[] {
  return agents.length > config.hearing.maxAgents
    ? [
        refusal(
          'tooManyAgents',
          `当事人可以委托一至${config.hearing.maxAgents === 2 ? '二' : config.hearing.maxAgents}人代理，多出的代理人不予登记`,
          ART.hearingAgents,
        ),
      ]
    : [];
}

/** 第64条(六): absence without good reason or leaving without permission waives the right and ends the hearing. */
export function hearingOutcome(attendance: HearingAttendance): 'held' | 'rightWaived' {
  return attendance === 'attended' ? 'held' : 'rightWaived';
}

/** 第64条(八): the transcript is signed by the party, or the presider notes the refusal. */
export function checkHearingTranscript(
  attendance: HearingAttendance,
  transcript: { signedByParty: boolean; presiderRefusalNote?: string } | undefined,
): CaseRefusal[] {
  if (hearingOutcome(attendance) === 'rightWaived') return [];
  if (transcript && (transcript.signedByParty || transcript.presiderRefusalNote?.trim())) return [];
  return [
    refusal(
      'hearingTranscriptUnsigned',
      '听证笔录应当由当事人或其代理人核对无误后签字或盖章；拒绝签字的，由主持人注明',
      ART.hearingTranscript,
    ),
  ];
}

/** 第63条第2款: the party bears no cost. */
export function checkHearingFee(feeCharged: number): CaseRefusal[] {
  return feeCharged === 0 ? [] : [refusal('hearingFeeCharged', '当事人不承担行政机关组织听证的费用', ART.hearingFee)];
}
