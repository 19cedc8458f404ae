// Payload-free checks of single actions, run by both allowedActions() and decide(). Each action's
// definition (actions/<phase>.ts) names its own.
import { ART } from '../articles';
import { refusal } from '../refusal';
import { closableAsCorrected } from '../rules/correction';
import { isJointCase } from '../rules/parties';
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
