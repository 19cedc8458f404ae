// The agency's reply (what it changed) and the supervisor's acceptance or return. Each locks the
// notice row, checks the step against the domain's status rule and records it in the history.
import { correctionTransition, type CorrectionStatus } from '@zhifa/domain';
import type { WriteContext } from '../../platform/route';
import { notFound } from '../../platform/errors';
import { agencyHeadUsers, notifyUsers } from '../notifications/notify';
import { recordReply, recordReview, type AnswerLoop } from '../../shared/answer-steps';

const NOTICES: AnswerLoop<CorrectionStatus> = {
  table: 'correction_notices',
  transition: correctionTransition,
  conflictCode: 'CORRECTION_STATUS',
  noun: '意见书',
};

async function lockNotice(ctx: WriteContext<{ id: string }, unknown, unknown>) {
  const row = await ctx.tx
    .selectFrom('correction_notices as n')
    .innerJoin('agencies', 'agencies.id', 'n.agency_id')
    .select([
      'n.id',
      'n.number',
      'n.agency_id',
      'n.status',
      'n.history',
      'n.issued_by',
      'n.subject',
      'agencies.region_code',
    ])
    .where('n.id', '=', ctx.params.id)
    .forUpdate('n')
    .executeTakeFirst();
  if (!row) throw notFound('执法监督意见书不存在');
  ctx.authorize({ agencyId: row.agency_id, regionCode: row.region_code });
  return row;
}

export async function replyCorrection(ctx: WriteContext<{ id: string }, unknown, { reply: string }>) {
  const row = await lockNotice(ctx);
  const status = await recordReply(ctx, NOTICES, row, ctx.body.reply);
  await notifyUsers(
    ctx.tx,
    [row.issued_by],
    {
      kind: 'correction',
      sourceKey: `correction:${row.id}:reply:${row.history.length}`,
      title: `执法监督意见书 ${row.number} 已回复，请审查`,
      body: ctx.body.reply.slice(0, 200),
      href: `/oversight/corrections/${row.id}`,
    },
    ctx.uow.now,
  );
  ctx.audited({ objectType: 'correction_notice', objectId: row.id, details: { status } });
  return { id: row.id, status };
}

export async function reviewCorrection(
  ctx: WriteContext<{ id: string }, unknown, { decision: 'accept' | 'return'; note?: string }>,
) {
  const row = await lockNotice(ctx);
  const note = ctx.body.note ?? '';
  const status = await recordReview(ctx, NOTICES, row, ctx.body.decision, note);
  const heads = (await agencyHeadUsers(ctx.tx, [row.agency_id])).get(row.agency_id) ?? [];
  await notifyUsers(
    ctx.tx,
    heads,
    {
      kind: 'correction',
      sourceKey: `correction:${row.id}:review:${row.history.length}`,
      title:
        ctx.body.decision === 'accept'
          ? `执法监督意见书 ${row.number} 的整改已认可`
          : `执法监督意见书 ${row.number} 的整改被退回，请重新整改`,
      body: note || null,
      href: `/oversight/corrections/${row.id}`,
    },
    ctx.uow.now,
  );
  ctx.audited({ objectType: 'correction_notice', objectId: row.id, details: { status } });
  return { id: row.id, status };
}
