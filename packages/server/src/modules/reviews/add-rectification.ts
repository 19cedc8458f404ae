// 整改: a reviewed file's problems go back to its agency with a deadline; its heads are told.
import type { rectificationBody } from '@zhifa/contract';
import type { z } from 'zod';
import { badRequest, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { agencyHeadUsers, notifyUsers } from '../notifications/notify';
import { reviewLocation } from './queries';

type Body = z.infer<typeof rectificationBody>;

export async function addRectification(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const { tx, body } = ctx;
  const review = await tx
    .selectFrom('file_reviews')
    .select(['id', 'agency_id', 'grade'])
    .where('id', '=', ctx.params.id)
    .executeTakeFirst();
  if (!review) throw notFound();
  ctx.authorize(await reviewLocation(tx, review.agency_id));
  if (!review.grade) throw badRequest('NOT_REVIEWED', '案卷尚未评查完毕，不能下达整改');
  if (body.due < ctx.uow.today) throw badRequest('DUE_IN_PAST', '整改期限不能早于今天');
  const row = await tx
    .insertInto('review_rectifications')
    .values({
      review_id: review.id,
      agency_id: review.agency_id,
      requirement: body.requirement.trim(),
      due: body.due,
      created_by: ctx.actor!.userId,
      created_at: ctx.uow.now,
      history: JSON.stringify([
        { action: 'issue', on: ctx.uow.today, by: ctx.actor!.name, text: body.requirement.trim() },
      ]),
      updated_at: ctx.uow.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const heads = (await agencyHeadUsers(tx, [review.agency_id])).get(review.agency_id) ?? [];
  await notifyUsers(
    tx,
    heads,
    {
      kind: 'correction',
      sourceKey: `rectification:${row.id}:issued`,
      title: '收到案卷评查整改任务',
      body: `请于 ${body.due} 前整改并回复：${body.requirement.trim().slice(0, 150)}`,
      href: '/oversight/rectifications',
    },
    ctx.uow.now,
  );
  ctx.audited({
    objectType: 'reviewRectification',
    objectId: row.id,
    details: { reviewId: review.id, ...body, commandId: undefined },
  });
  return { id: row.id };
}
