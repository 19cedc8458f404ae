// 评查标准: administrators (oversight:review) add and edit standards; the save-time check is the domain's.
import { checkStandard, type ReviewStandard } from '@zhifa/domain';
import type { saveStandardBody } from '@zhifa/contract';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';

type Body = z.infer<typeof saveStandardBody>;

function checked(body: Body): ReviewStandard {
  const standard = body.body;
  const errors = checkStandard(standard);
  if (errors.length) throw unprocessable('INVALID_STANDARD', errors.join('；'), { errors });
  return standard;
}

export async function createStandard(ctx: WriteContext<unknown, unknown, Body>) {
  const standard = checked(ctx.body);
  const row = await ctx.tx
    .insertInto('review_standards')
    .values({
      name: ctx.body.name.trim(),
      body: JSON.stringify(standard),
      created_by: ctx.actor!.userId,
      created_at: ctx.uow.now,
      updated_at: ctx.uow.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audited({ objectType: 'reviewStandard', objectId: row.id, details: { name: ctx.body.name, standard } });
  return { id: row.id };
}

export async function updateStandard(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const standard = checked(ctx.body);
  const before = await ctx.tx
    .selectFrom('review_standards')
    .select(['name', 'body'])
    .where('id', '=', ctx.params.id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) throw notFound();
  await ctx.tx
    .updateTable('review_standards')
    .set({ name: ctx.body.name.trim(), body: JSON.stringify(standard), updated_at: ctx.uow.now })
    .where('id', '=', ctx.params.id)
    .execute();
  // Plans keep the standard they were made with: an edit never moves a finished score.
  ctx.audited({
    objectType: 'reviewStandard',
    objectId: ctx.params.id,
    details: { before, after: { name: ctx.body.name, standard } },
  });
  return { id: ctx.params.id };
}
