// 告知 and 陈述申辩 (第44–45条, 第62条), and the hearing window that keeps a decision closed (第63–64条).
import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { IssueNoticePayload } from '../payloads/notice';
import { type PenaltyProposal, describePenalty, isHeavier } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';
import { hearingRight } from './hearing';

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

/** 第62条 "当事人明确放弃或者拒绝陈述、申辩": a signed waiver of both rights. */
export function waivedRepresentation(s: Pick<CaseState, 'waiver'>): boolean {
  return s.waiver !== null && s.waiver.rights.includes('statement') && s.waiver.rights.includes('defence');
}

/** 第63–64条: the party gave up the hearing in writing (a signed waiver that names the hearing). */
export function waivedHearing(s: Pick<CaseState, 'waiver'>): boolean {
  return s.waiver !== null && s.waiver.rights.includes('hearing');
}

/**
 * 第62条 with 第44–45条 and 第63–64条: the notice must be served (or the party must expressly waive
 * 陈述 and 申辩), and no penalty decision may be made while a window the notice opened is still open:
 *
 * - the 陈述申辩 period closes only when it runs out or the party expressly waives both 陈述 and
 *   申辩. A statement made inside the period does not close it: the party may still add to it.
 * - where the notice offers a hearing, the 5-working-day request period closes only when it runs out
 *   with no request, or the party waives the hearing in writing. Waiving 陈述/申辩 is not waiving
 *   the hearing. A request made in time moves the case into the hearing stages, which end with a
 *   hearing held or the right lost by absence (第64条(六)).
 *
 * A period is open up to and including its due day; the decision may be made from the next day.
 * Without a served notice, a waiver of 陈述/申辩 is enough only when no hearing right is in play.
 */
export function checkNoticeBeforeDecision(
  s: CaseState,
  today: string,
  penalty: PenaltyProposal | null = null,
  config?: CaseConfig,
): CaseRefusal[] {
  const served = s.notice?.service;
  if (!s.notice || !served) {
    if (!waivedRepresentation(s)) {
      return [
        refusal(
          'noticeNotServed',
          '未向当事人送达行政处罚事先告知书，且当事人未明确放弃陈述申辩权，不得作出处罚决定',
          ART.noDecisionWithoutNotice,
        ),
      ];
    }
    const carriesHearing =
      s.notice?.rights.hearing === true ||
      (penalty !== null && config !== undefined && hearingRight(penalty, s.party?.kind ?? 'person', config).required);
    return carriesHearing && !waivedHearing(s)
      ? [
          refusal(
            'hearingNotWaived',
            '拟作出的处罚依法应当告知听证权利，当事人仅放弃陈述申辩权而未书面放弃听证权的，须送达告知书并待听证申请期限届满',
            ART.hearingRight,
          ),
        ]
      : [];
  }
  const out: CaseRefusal[] = [];
  if (!waivedRepresentation(s)) {
    const due = s.notice.representationDue;
    if (!due) {
      out.push(refusal('representationDueUnknown', '陈述申辩期限无法确定，不得作出处罚决定', ART.representation));
    } else if (compareDates(today, due) <= 0) {
      out.push(
        refusal(
          'representationWindowOpen',
          `陈述申辩期限至 ${due} 届满，期满前（当事人已陈述申辩的，也可继续补充）不得作出处罚决定，当事人书面明确放弃陈述、申辩权的除外`,
          ART.representation,
        ),
      );
    }
  }
  if (s.notice.rights.hearing && !waivedHearing(s)) {
    const h = s.hearing;
    if (!h) {
      const due = s.notice.hearingRequestDue;
      if (!due) {
        out.push(refusal('hearingRequestDueUnknown', '听证申请期限无法确定，不得作出处罚决定', ART.hearingRequest));
      } else if (compareDates(today, due) <= 0) {
        out.push(
          refusal(
            'hearingWindowOpen',
            `当事人要求听证的期限至 ${due} 届满，期满前不得作出处罚决定，当事人书面放弃听证的除外（放弃陈述、申辩不等于放弃听证）`,
            ART.hearingRequest,
          ),
        );
      }
    } else if (h.status === 'requested' || h.status === 'scheduled') {
      out.push(refusal('hearingPending', '当事人已要求听证，听证结束前不得作出处罚决定', ART.decisionOnTranscript));
    }
  }
  return out;
}

/** 第45条: every statement received has a later 复核 record. */
export function checkStatementsAnswered(s: CaseState): CaseRefusal[] {
  const lastStatement = s.statements.reduce((m, x) => Math.max(m, x.seq), 0);
  if (lastStatement === 0) return [];
  const answered = s.answers.some((a) => a.seq > lastStatement);
  return answered
    ? []
    : [refusal('statementNotReviewed', '当事人提出陈述申辩的，应当进行复核并记录复核意见', ART.representation)];
}

/** 第45条: the final penalty may not be heavier than the one the party was told of. */
export function checkNotHeavierThanNotice(
  finalPenalty: PenaltyProposal,
  intended: PenaltyProposal | null,
): CaseRefusal[] {
  if (!intended || !isHeavier(finalPenalty, intended)) return [];
  return [
    refusal(
      'heavierThanNotice',
      `拟作出的处罚（${describePenalty(finalPenalty)}）重于告知的处罚（${describePenalty(intended)}），不得因当事人陈述申辩而加重处罚；如需加重应当重新告知`,
      ART.representation,
    ),
  ];
}
