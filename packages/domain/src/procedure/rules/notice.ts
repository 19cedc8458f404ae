// 告知 and 陈述申辩 (第44–45条, 第62条).
import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import type { IssueNoticePayload } from '../payloads/notice';
import { type PenaltyProposal, describePenalty, isHeavier } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';

/** 第44条: the notice states the penalty, facts, reasons, basis and the rights. */
export function checkNoticeContents(p: IssueNoticePayload): CaseRefusal[] {
  const missing: string[] = [];
  if (p.intendedPenalty.lines.length === 0) missing.push('拟作出的行政处罚内容');
  if (!p.facts.trim()) missing.push('事实');
  if (!p.reasons.trim()) missing.push('理由');
  if (p.basis.length === 0) missing.push('依据');
  if (!p.rights.statement) missing.push('陈述权');
  if (!p.rights.defence) missing.push('申辩权');
  return missing.length ? [refusal('noticeIncomplete', `事先告知书缺少：${missing.join('、')}`, ART.notice)] : [];
}

function waived(s: CaseState): boolean {
  return s.waiver !== null && s.waiver.rights.includes('statement') && s.waiver.rights.includes('defence');
}

/**
 * 第62条: no penalty decision without a served notice, unless the party expressly waived; and the
 * party must have had its representation window (or have spoken, or waived).
 */
export function checkNoticeBeforeDecision(s: CaseState, today: string): CaseRefusal[] {
  if (waived(s)) return [];
  const served = s.notice?.service;
  if (!s.notice || !served) {
    return [refusal('noticeNotServed', '未向当事人送达行政处罚事先告知书，且当事人未明确放弃陈述申辩权，不得作出处罚决定', ART.noDecisionWithoutNotice)];
  }
  const due = s.notice.representationDue;
  const spoke = s.statements.length > 0;
  if (!spoke && due && compareDates(today, due) <= 0) {
    return [refusal('representationWindowOpen', `陈述申辩期限至 ${due} 届满，期满前不得作出处罚决定`, ART.representation)];
  }
  return [];
}

/** 第45条: every statement received has a later 复核 record. */
export function checkStatementsAnswered(s: CaseState): CaseRefusal[] {
  const lastStatement = s.statements.reduce((m, x) => Math.max(m, x.seq), 0);
  if (lastStatement === 0) return [];
  const answered = s.answers.some((a) => a.seq > lastStatement);
  return answered ? [] : [refusal('statementNotReviewed', '当事人提出陈述申辩的，应当进行复核并记录复核意见', ART.representation)];
}

/** 第45条: the final penalty may not be heavier than the one the party was told of. */
export function checkNotHeavierThanNotice(finalPenalty: PenaltyProposal, intended: PenaltyProposal | null): CaseRefusal[] {
  if (!intended || !isHeavier(finalPenalty, intended)) return [];
  return [
    refusal(
      'heavierThanNotice',
      `拟作出的处罚（${describePenalty(finalPenalty)}）重于告知的处罚（${describePenalty(intended)}），不得因当事人陈述申辩而加重处罚；如需加重应当重新告知`,
      ART.representation,
    ),
  ];
}
