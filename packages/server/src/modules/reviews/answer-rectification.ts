// The agency's answer to a rectification (what it changed) and the reviewer's acceptance or
// return. Each locks the row, checks the step against the domain's status rule and records it in
// the history, as for correction notices.
import { rectificationTransition, type RectificationStatus } from '@zhifa/domain';
import type { z } from 'zod';
import type { replyRectificationBody, reviewRectificationBody } from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { agencyHeadUsers, notifyUsers } from '../notifications/notify';
import { recordReply, recordReview, type AnswerLoop } from '../../shared/answer-steps';

const RECTIFICATIONS: AnswerLoop<RectificationStatus> = {
  table: 'review_rectifications',
  transition: rectificationTransition,
  conflictCode: 'RECTIFICATION_STATUS',
  noun: '整改任务',
};

async function lockRectification(ctx: WriteContext<{ id: string }, unknown, unknown>) {
  const row = await ctx.tx
    .selectFrom('review_rectifications as r')
    .innerJoin('agencies', 'agencies.id', 'r.agency_id')
    .select(['r.id', 'r.agency_id', 'r.status', 'r.history', 'r.created_by', 'agencies.region_code'])
    .where('r.id', '=', ctx.params.id)
    .forUpdate('r')
    .executeTakeFirst();
  if (!row) throw notFound('整改任务不存在');
  ctx.authorize({ agencyId: row.agency_id, regionCode: row.region_code });
  return row;
}

export async function replyRectification(
  ctx: WriteContext<{ id: string }, unknown, z.infer<typeof replyRectificationBody>>,
) {
  const row = await lockRectification(ctx);
  const status = await recordReply(ctx, RECTIFICATIONS, row, ctx.body.reply);
  if (row.created_by) {
    await notifyUsers(
      ctx.tx,
      [row.created_by],
      {
        kind: 'correction',
        sourceKey: `rectification:${row.id}:reply:${row.history.length}`,
        title: '案卷评查整改任务已回复，请审查',
        body: ctx.body.reply.slice(0, 200),
        href: '/oversight/rectifications',
      },
      ctx.uow.now,
    );
  }
  ctx.audited({ objectType: 'reviewRectification', objectId: row.id, details: { status } });
  return { id: row.id, status };
}

export async function reviewRectification(
  ctx: WriteContext<{ id: string }, unknown, z.infer<typeof reviewRectificationBody>>,
) {
  const row = await lockRectification(ctx);
  const note = ctx.body.note ?? '';
  const status = await recordReview(ctx, RECTIFICATIONS, row, ctx.body.decision, note);
  const heads = (await agencyHeadUsers(ctx.tx, [row.agency_id])).get(row.agency_id) ?? [];
  await notifyUsers(
    ctx.tx,
    heads,
    {
      kind: 'correction',
      sourceKey: `rectification:${row.id}:review:${row.history.length}`,
      title: ctx.body.decision === 'accept' ? '案卷评查整改已认可' : '案卷评查整改被退回，请重新整改',
      body: note || null,
      href: '/oversight/rectifications',
    },
    ctx.uow.now,
  );
  ctx.audited({ objectType: 'reviewRectification', objectId: row.id, details: { status } });
  return { id: row.id, status };
}
