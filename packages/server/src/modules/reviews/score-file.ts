// Scoring one drawn file: the reviewer's scores over the pre-scores, veto items, comments; the
// score and grade are the domain's (legal statement 84: any veto → 不合格, 0).
import { scoreReview } from '@zhifa/domain';
import type { scoreReviewBody } from '@zhifa/contract';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { reviewLocation } from './queries';

type Body = z.infer<typeof scoreReviewBody>;

export async function scoreFile(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const { tx, body } = ctx;
  const review = await tx
    .selectFrom('file_reviews')
    .innerJoin('review_plans', 'review_plans.id', 'file_reviews.plan_id')
    .select(['file_reviews.id', 'file_reviews.scores', 'file_reviews.agency_id', 'review_plans.standard'])
    .where('file_reviews.id', '=', ctx.params.id)
    .forUpdate()
    .executeTakeFirst();
  if (!review) throw notFound();
  ctx.authorize(await reviewLocation(tx, review.agency_id));
  const scores = { ...review.scores, ...body.scores };
  const outcome = scoreReview(review.standard, scores, body.vetoes);
  if (outcome.invalid.length)
    throw unprocessable('INVALID_SCORES', `评分无效（超过该项分值或项目不存在）：${outcome.invalid.join('、')}`, {
      invalid: outcome.invalid,
    });
  if (outcome.unscored.length && !outcome.vetoed)
    throw unprocessable('REVIEW_INCOMPLETE', `尚有 ${outcome.unscored.length} 项未评分`, {
      unscored: outcome.unscored,
    });
  await tx
    .updateTable('file_reviews')
    .set({
      scores: JSON.stringify(scores),
      vetoes: body.vetoes,
      item_comments: JSON.stringify(body.itemComments),
      comment: body.comment?.trim() || null,
      score: outcome.score,
      grade: outcome.grade,
      reviewer_id: ctx.actor!.userId,
      reviewed_on: ctx.uow.today,
    })
    .where('id', '=', review.id)
    .execute();
  ctx.audited({
    objectType: 'fileReview',
    objectId: review.id,
    details: { scores, vetoes: body.vetoes, score: outcome.score, grade: outcome.grade },
  });
  return { id: review.id, score: outcome.score, grade: outcome.grade };
}
