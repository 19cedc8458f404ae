import type { CaseActionType } from '../payloads/index';
import { closureGuards } from './closure';
import { coercionGuards } from './coercion';
import { correctionGuards } from './correction';
import { partyGuards } from './parties';
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
};

/** Payload-free checks, run by both allowedActions() and decide(). */
export const PRECONDITIONS: Partial<Record<CaseActionType, Precondition>> = {
  decide: decidePrecondition,
  // Before any decision a case closes only when the orders to correct were all complied with (第28条).
  closeCase: (s) =>
    (s.status === 'investigating' || s.status === 'investigated') && !closableAsCorrected(s)
      ? [refusal('notClosable', '调查阶段的案件，仅在当事人已按责令改正要求改正（依法不予处罚）时可以结案', ART.correction)]
      : [],
  recordHearing: (s, actor) =>
    s.hearing?.schedule?.presiderId === actor.userId ? [] : [refusal('notPresider', '听证笔录应当由本次听证的主持人登记', ART.hearingPresider)],
  recordFollowUpInspection: (s) =>
    (s.correctionOrders ?? []).some((c) => !c.followUp) ? [] : [refusal('noOpenCorrection', '没有待复查的责令改正', ART.correction)],
  recordReview: (s) => (s.reviews.some((r) => !r.result) ? [] : [refusal('noOpenReview', '没有待审核的送审', ART.review)]),
};
