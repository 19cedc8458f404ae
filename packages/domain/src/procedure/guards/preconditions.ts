// Payload-free checks of single actions, run by both allowedActions() and decide(). Each action's
// definition (actions/<phase>.ts) names its own.
import { ART } from '../articles';
import { refusal } from '../refusal';
import { closableAsCorrected } from '../rules/correction';
import { amountDue, amountPaid } from '../rules/execution';
import { isJointCase, jointOutstanding } from '../rules/parties';
import type { CaseState } from '../state';
import type { Precondition } from './types';

/** 共同违法: what is still kept once per case is not offered once several parties were decided. */
export const notJoint =
  (what: string): Precondition =>
  (s) =>
    isJointCase(s) && s.decisions.length > 1
      ? [
          refusal(
            'jointExecutionUnsupported',
            `本案对多名当事人分别作出了决定，${what}尚不能按当事人分别办理，请逐一线下办理并在结案报告中载明`,
            ART.payment,
          ),
        ]
      : [];

/** In a joint case one party may pay once its own decision is served, before the others are. */
export const paymentAfterService: Precondition = (s) =>
  s.status === 'decided' && !(isJointCase(s) && s.decisions.some((d) => d.execution?.service))
    ? [refusal('notServed', '决定书送达后方可登记缴纳罚款', ART.payment)]
    : [];

/** Before any decision a case closes only when the orders to correct were all complied with (第28条). */
export const closableBeforeDecision: Precondition = (s) =>
  (s.status === 'investigating' || s.status === 'investigated') && !closableAsCorrected(s)
    ? [
        refusal(
          'notClosable',
          '调查阶段的案件，仅在当事人已按责令改正要求改正（依法不予处罚）时可以结案',
          ART.correction,
        ),
      ]
    : [];

export const presiderOnly: Precondition = (s, actor) =>
  s.hearing?.schedule?.presiderId === actor.userId
    ? []
    : [refusal('notPresider', '听证笔录应当由本次听证的主持人登记', ART.hearingPresider)];

export const openCorrectionOrder: Precondition = (s) =>
  (s.correctionOrders ?? []).some((c) => !c.followUp)
    ? []
    : [refusal('noOpenCorrection', '没有待复查的责令改正', ART.correction)];

export const openReview: Precondition = (s) =>
  s.reviews.some((r) => !r.result) ? [] : [refusal('noOpenReview', '没有待审核的送审', ART.review)];

/**
 * What the party still owes on the decision (fine and confiscated gains less what was paid); in a
 * joint case, summed over the parties' own decisions.
 */
export function owedOnDecisions(s: CaseState): number {
  if (isJointCase(s) && s.decisions.length > 1) return s.decisions.reduce((n, d) => n + jointOutstanding(d), 0);
  return s.decision ? amountDue(s.decision) - amountPaid(s) : 0;
}

/**
 * 第66条、第72条 (and 行政强制法 第35条): payment, its deferral or instalments and the demand all
 * concern a fine still owed; once it is paid in full none of them is offered.
 */
export const somethingOwed =
  (what: string, basis: string): Precondition =>
  (s) =>
    owedOnDecisions(s) > 0 ? [] : [refusal('nothingOwed', `罚款已全部缴纳，无需${what}`, basis)];

/** 第56条: a decision on preserved items needs items preserved and not yet dealt with. */
export const preservedItemsOpen: Precondition = (s) =>
  s.preservations.some((p) => !p.handling)
    ? []
    : [refusal('nothingPreserved', '本案没有待处理的先行登记保存物品', ART.preservation)];

/** 第63–64条: a hearing is requested only where the notice told the party of the right to one. */
export const hearingRightNotified: Precondition = (s) =>
  s.notice?.rights.hearing === true
    ? []
    : [refusal('noHearingRight', '事先告知书未告知听证权利，不能登记听证申请', ART.hearingRequest)];

/** Several preconditions, all of which must hold. */
export const allOf =
  (...checks: Precondition[]): Precondition =>
  (s, actor, ctx) =>
    checks.flatMap((c) => c(s, actor, ctx));
