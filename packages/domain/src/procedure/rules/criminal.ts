// 行刑衔接 (行政处罚法 第27条, 第82条; 移送规定 第5, 6, 9, 11, 12条).
import { ART } from '../articles';
import { addDays, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import { REFERRAL_ATTACHMENT_LABELS, type ReferCriminalPayload, type ReferralAttachment } from '../payloads/criminal';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';

const REQUIRED: ReferralAttachment[] = ['transferLetter', 'investigationReport', 'itemList', 'expertReports'];

/** 移送规定 第6条: the four attachments (inspection/expert reports only where any exist). */
export function checkReferralMaterials(
  p: Pick<ReferCriminalPayload, 'attachments' | 'noExpertReports'>,
): CaseRefusal[] {
  const missing = REQUIRED.filter((a) => !(a === 'expertReports' && p.noExpertReports) && !p.attachments.includes(a));
  if (missing.length === 0) return [];
  return [
    refusal(
      'referralMaterialsMissing',
      `移送材料缺少：${missing.map((m) => REFERRAL_ATTACHMENT_LABELS[m]).join('、')}`,
      ART.referralMaterials,
    ),
  ];
}

/**
 * 移送规定 第5条: an approval states its time, because the 24 hours run from it; the approval is not
 * dated after the day it is recorded nor before the report; a transfer is not before the approval.
 */
export function checkReferralTimes(
  p: Pick<ReferCriminalPayload, 'approved' | 'approvedAt' | 'transferredAt'>,
  recordedOn: string,
  reportOn: string | undefined,
): CaseRefusal[] {
  if (!p.approved) return [];
  if (!p.approvedAt)
    return [
      refusal(
        'referralApprovalTimeMissing',
        '批准移送的，应当载明批准时间（24小时移送期限自批准时起算）',
        ART.referralReport,
      ),
    ];
  const out: CaseRefusal[] = [];
  const day = p.approvedAt.slice(0, 10);
  if (compareDates(day, recordedOn) > 0)
    out.push(refusal('dateInFuture', `批准时间不能晚于登记日期 ${recordedOn}`, ART.referralReport));
  if (reportOn && compareDates(day, reportOn) < 0)
    out.push(refusal('approvalBeforeReport', `批准时间不能早于移送报告日期 ${reportOn}`, ART.referralReport));
  if (p.transferredAt && p.transferredAt < p.approvedAt)
    out.push(refusal('transferBeforeApproval', '移送时间不能早于批准移送的时间', ART.referralReport));
  return out;
}

/** 第27条, 第82条; 移送规定 第11条: a penalty may not replace the transfer of a suspected crime. */
export function checkNoPenaltyWhileSuspected(s: Pick<CaseState, 'flags'>): CaseRefusal[] {
  if (!s.flags.suspectedCrime) return [];
  return [
    refusal(
      'suspectedCrimePending',
      '案件已标记涉嫌犯罪，应当依法移送司法机关，不得以行政处罚代替移送（负责人不批准移送并记录理由后方可继续）',
      ART.criminalTransfer,
    ),
  ];
}

export interface ReferralDeadline {
  key: 'criminalHeadDecision' | 'criminalTransfer' | 'criminalHandOver' | 'criminalReconsideration';
  label: string;
  due: string;
  met: boolean;
  article: string;
  /** Hour-level limit; `due` is the calendar date it falls on. */
  dueAt?: string;
}

function plusHours(dateTime: string, hours: number): string {
  const days = Math.floor((Number(dateTime.slice(11, 13)) + hours) / 24);
  const hour = (Number(dateTime.slice(11, 13)) + hours) % 24;
  return `${addDays(dateTime.slice(0, 10), days)}T${String(hour).padStart(2, '0')}${dateTime.slice(13, 16)}`;
}

/**
 * 移送规定 deadlines. Its "3日" are counted as calendar days and not rolled: the regulation is
 * not covered by 行政处罚法 第85条, and the shorter reading keeps the agency on the safe side.
 */
export function criminalReferralDeadlines(s: CaseState, config: CaseConfig): ReferralDeadline[] {
  const c = s.criminal;
  const out: ReferralDeadline[] = [];
  if (c.reportOn && (s.flags.suspectedCrime || c.decision)) {
    out.push({
      key: 'criminalHeadDecision',
      label: '负责人对涉嫌犯罪移送报告作出批准或不批准决定',
      due: addDays(c.reportOn, config.criminalReferral.headDecisionDays),
      met: c.decision !== undefined,
      article: ART.referralReport,
    });
  }
  if (c.decision?.approved) {
    // 移送规定 第5条: 「批准移送的，应当在24小时内向同级公安机关移送」 — from the moment of approval.
    // Records made before the approval time was asked for fall back to the end of the approval day.
    const from = c.decision.approvedAt ?? `${c.decision.on}T23:59`;
    const dueAt = plusHours(from, config.criminalReferral.transferHours);
    out.push({
      key: 'criminalTransfer',
      label: '批准后24小时内向公安机关移送',
      due: dueAt.slice(0, 10),
      dueAt,
      met: c.decision.transferredAt !== undefined,
      article: ART.referralReport,
    });
  }
  const accepted = c.responses.find((r) => r.response === 'policeAccepted');
  if (accepted) {
    out.push({
      key: 'criminalHandOver',
      label: '公安机关立案后移交涉案物品及有关材料',
      due: addDays(accepted.on, config.criminalReferral.handOverDays),
      met: c.responses.some((r) => r.response === 'itemsHandedOver'),
      article: ART.referralHandOver,
    });
  }
  const refused = c.responses.find((r) => r.response === 'policeRefused');
  if (refused) {
    out.push({
      key: 'criminalReconsideration',
      label: '对不予立案决定提请复议',
      due: addDays(refused.on, config.criminalReferral.reconsiderationDays),
      met: c.responses.some(
        (r) => r.response === 'reconsiderationRequested' || r.response === 'returnedForAdministrative',
      ),
      article: ART.referralReconsideration,
    });
  }
  return out;
}
