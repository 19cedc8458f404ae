// 评查计划: a named sample of the closed cases of a period, per agency, under one standard.
import type { createPlanBody } from '@zhifa/contract';
import type { z } from 'zod';
import { badRequest, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { agencyInScope } from '../../shared/scope';

type Body = z.infer<typeof createPlanBody>;

export async function createPlan(ctx: WriteContext<unknown, unknown, Body>) {
  const { tx, body } = ctx;
  if (body.closedFrom > body.closedTo) throw badRequest('INVALID_PERIOD', '开始日期不能晚于结束日期');
  const standard = await tx
    .selectFrom('review_standards')
    .select(['id', 'body'])
    .where('id', '=', body.standardId)
    .executeTakeFirst();
  if (!standard) throw notFound('评查标准不存在', 'STANDARD_NOT_FOUND');
  if (body.agencyIds.length) {
    const known = await tx
      .selectFrom('agencies')
      .select('agencies.id')
      .where('agencies.id', 'in', body.agencyIds)
      .where(agencyInScope(ctx.scope()))
      .execute();
    if (known.length !== new Set(body.agencyIds).size)
      throw badRequest('UNKNOWN_AGENCY', '所选执法主体不存在或不在监督范围内');
  }
  const row = await tx
    .insertInto('review_plans')
    .values({
      name: body.name.trim(),
      standard_id: standard.id,
      standard: JSON.stringify(standard.body),
      closed_from: body.closedFrom,
      closed_to: body.closedTo,
      per_agency: body.perAgency,
      agency_ids: body.agencyIds,
      created_by: ctx.actor!.userId,
      created_at: ctx.uow.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.audited({ objectType: 'reviewPlan', objectId: row.id, details: { ...body, commandId: undefined } });
  return { id: row.id };
}
