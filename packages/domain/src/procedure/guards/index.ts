import type { CaseActionType } from '../payloads/index';
import { closureGuards } from './closure';
import { coercionGuards } from './coercion';
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

export const GUARDS: Guards = {
  ...filingGuards,
  ...investigationGuards,
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
  recordHearing: (s, actor) =>
    s.hearing?.schedule?.presiderId === actor.userId ? [] : [refusal('notPresider', '听证笔录应当由本次听证的主持人登记', ART.hearingPresider)],
  recordReview: (s) => (s.reviews.some((r) => !r.result) ? [] : [refusal('noOpenReview', '没有待审核的送审', ART.review)]),
};
