import type { CaseActionType } from '../payloads/index';
import { closureGuards } from './closure';
import { coercionGuards } from './coercion';
import { correctionGuards } from './correction';
import { jointAwareRecordPayment, jointAwareServeDecision, partyGuards } from './parties';
import { decidePrecondition, decisionGuards } from './decision';
import { executionGuards } from './execution';
import { filingGuards } from './filing';
import { investigationGuards } from './investigation';
import { noticeGuards } from './notice';
import { reviewGuards } from './review';
import { summaryGuards } from './summary';
import type { Guards, Precondition } from './types';
import { ART } from '../articles';
import { refusal } from '../refusal';
import { closableAsCorrected } from '../rules/correction';
import { isJointCase } from '../rules/parties';

export const GUARDS: Guards = {
  ...filingGuards,
  ...investigationGuards,
  ...correctionGuards,
  ...partyGuards,
  ...coercionGuards,
  ...noticeGuards,
  ...reviewGuards,
  ...decisionGuards,
  ...executionGuards,
  ...summaryGuards,
  ...closureGuards,
  serveDecision: jointAwareServeDecision(decisionGuards.serveDecision),
  recordPayment: jointAwareRecordPayment(executionGuards.recordPayment),
};

/** Payload-free checks, run by both allowedActions() and decide(). */
/** 共同违法: what is still kept once per case is not offered once several parties were decided. */
const notJoint =
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

export const PRECONDITIONS: Partial<Record<CaseActionType, Precondition>> = {
  decide: decidePrecondition,
  // In a joint case one party may pay once its own decision is served, before the others are.
  recordPayment: (s) =>
    s.status === 'decided' && !(isJointCase(s) && s.decisions.some((d) => d.execution?.service))
      ? [refusal('notServed', '决定书送达后方可登记缴纳罚款', ART.payment)]
      : [],
  approveDeferral: notJoint('暂缓缴纳'),
  approveInstalments: notJoint('分期缴纳'),
  issueDemand: notJoint('催告'),
  applyCourtEnforcement: notJoint('申请强制执行'),
  enforceDecision: notJoint('强制执行'),
  collectOnTheSpot: notJoint('当场收缴'),
  // Before any decision a case closes only when the orders to correct were all complied with (第28条).
  closeCase: (s) =>
    (s.status === 'investigating' || s.status === 'investigated') && !closableAsCorrected(s)
      ? [
          refusal(
            'notClosable',
            '调查阶段的案件，仅在当事人已按责令改正要求改正（依法不予处罚）时可以结案',
            ART.correction,
          ),
        ]
      : [],
  recordHearing: (s, actor) =>
    s.hearing?.schedule?.presiderId === actor.userId
      ? []
      : [refusal('notPresider', '听证笔录应当由本次听证的主持人登记', ART.hearingPresider)],
  recordFollowUpInspection: (s) =>
    (s.correctionOrders ?? []).some((c) => !c.followUp)
      ? []
      : [refusal('noOpenCorrection', '没有待复查的责令改正', ART.correction)],
  recordReview: (s) =>
    s.reviews.some((r) => !r.result) ? [] : [refusal('noOpenReview', '没有待审核的送审', ART.review)],
};
