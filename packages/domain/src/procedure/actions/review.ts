// 法制审核, 集体讨论 and the extension of the decision limit.
import { ART } from '../articles';
import { decisionReducers } from '../fold/decision';
import { openReview } from '../guards/preconditions';
import { reviewGuards } from '../guards/review';
import * as review from '../payloads/review';
import { REVIEW_TRIGGER_LABELS } from '../payloads/review';
import { cut, labelOf, lastSeqOf } from './helpers';
import type { ReviewAction } from './phases';
import { PRE_DECISION } from './statuses';
import type { PhaseDefinitions } from './types';

export const reviewActions = {
  submitForReview: {
    label: '提交法制审核',
    procedure: 'ordinary',
    from: ['investigated', 'noticeServed', 'hearingHeld', 'deliberated'],
    to: 'underReview',
    roles: ['officer'],
    duty: 'handle',
    basis: ART.review,
    schemas: review.submitForReview,
    guard: reviewGuards.submitForReview,
    reduce: decisionReducers.submitForReview,
    summary: (p) => (p.triggers ?? []).map((t) => labelOf(REVIEW_TRIGGER_LABELS, t)).join('、'),
  },
  recordReview: {
    label: '法制审核意见',
    procedure: 'ordinary',
    from: ['underReview'],
    to: 'reviewPassed',
    alsoTo: ['investigating'],
    roles: ['legalReviewer'],
    duty: 'review',
    basis: ART.review,
    needs: ['reviewerQualification'],
    schemas: review.recordReview,
    guard: reviewGuards.recordReview,
    reduce: decisionReducers.recordReview,
    precondition: openReview,
    documents: [{ kind: 'legalReviewOpinion', title: '法制审核意见书' }],
    summary: (p) => `${p.outcome === 'pass' ? '通过' : '退回'}：${cut(p.opinion)}`,
    queue: {
      queue: 'review',
      label: '法制审核',
      pending: () => true,
      since: (s) => ({
        at: s.reviews.at(-1)?.submittedOn ?? null,
        by: s.reviews.at(-1)?.submittedBy ?? null,
        ...lastSeqOf(s, 'submitForReview'),
      }),
      dueKey: 'review',
    },
  },
  recordDeliberation: {
    label: '负责人集体讨论',
    procedure: 'ordinary',
    from: ['investigated', 'noticeServed', 'hearingHeld', 'reviewPassed'],
    to: 'deliberated',
    roles: ['agencyHead'],
    duty: 'decide',
    basis: ART.deliberation,
    needs: ['agencyHeads'],
    schemas: review.recordDeliberation,
    guard: reviewGuards.recordDeliberation,
    reduce: decisionReducers.recordDeliberation,
    documents: [{ kind: 'deliberationRecord', title: '重大案件集体讨论记录' }],
    summary: (p) => cut(p.conclusion),
  },
  extendDeadline: {
    label: '延长办案期限',
    procedure: 'ordinary',
    from: ['filingRequested', ...PRE_DECISION],
    to: 'same',
    roles: ['agencyHead'],
    duty: 'approve',
    basis: ART.decisionLimit,
    schemas: review.extendDeadline,
    guard: reviewGuards.extendDeadline,
    reduce: decisionReducers.extendDeadline,
    occasional: true,
    summary: (p) => `延长 ${p.days ?? ''} 日：${cut(p.reason)}`,
    // 第60条: a limit that has already passed can no longer be extended (the guard refuses it).
    queue: {
      queue: 'approval',
      label: '延长办案期限',
      pending: (_s, _today, d) => d.dueSoon.has('decisionLimit') && !d.overdue.has('decisionLimit'),
      dueKey: 'decisionLimit',
    },
  },
} satisfies PhaseDefinitions<ReviewAction>;
