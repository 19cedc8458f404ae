import { ART } from '../articles';
import { refusal } from '../refusal';
import { checkDecisionExtension } from '../rules/decision';
import { checkDeliberationParticipants, checkReviewChecklist, checkReviewerQualification } from '../rules/review';
import type { Guards } from './types';
import type { ReviewAction } from '../actions/phases';

export const reviewGuards: Pick<Guards, ReviewAction> = {
  submitForReview({ s }) {
    return {
      refusals: s.reviews.some((r) => !r.result) ? [refusal('reviewPending', '已有未完成的法制审核', ART.review)] : [],
    };
  },
  recordReview({ p, actor, ctx }) {
    return { refusals: [...checkReviewerQualification(actor.userId, ctx.reviewers), ...checkReviewChecklist(p)] };
  },
  recordDeliberation({ p, actor, ctx }) {
    return { refusals: checkDeliberationParticipants(p.participantIds, actor.userId, ctx.heads) };
  },
  extendDeadline({ s, p, at, ctx }) {
    return { refusals: checkDecisionExtension(s, { ...p, on: at }, ctx.config) };
  },
};
