// 乡镇分类 ("一类乡镇、一张清单"). Changing a group never changes an earlier decision: decisions
// keep the townships they were made for (see create-decision.ts).

import { badRequest, conflict, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { listTownships } from './queries';

interface GroupBody {
  name: string;
  description?: string | null;
  agencyIds: string[];
}

async function checkMembers(ctx: WriteContext<unknown, unknown, GroupBody>): Promise<string[]> {
  const townships = new Map((await listTownships(ctx.tx)).map((t) => [t.id, t]));
  const ids = [...new Set(ctx.body.agencyIds)];
  const wrong = ids.filter((id) => !townships.has(id));
  if (wrong.length) throw badRequest('NOT_TOWNSHIP', '乡镇分类只能包含乡镇人民政府或街道办事处', { agencyIds: wrong });
  for (const id of ids) ctx.authorize({ agencyId: id, regionCode: townships.get(id)!.regionCode });
  return ids;
}

async function nameFree(ctx: WriteContext<unknown, unknown, GroupBody>, exceptId: string | null) {
  let q = ctx.tx.selectFrom('township_groups').select('id').where('name', '=', ctx.body.name.trim());
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw conflict('GROUP_NAME_TAKEN', `乡镇分类“${ctx.body.name.trim()}”已存在`);
}

export async function createGroup(ctx: WriteContext<unknown, unknown, GroupBody>): Promise<{ id: string }> {
  const members = await checkMembers(ctx);
  await nameFree(ctx, null);
  const g = await ctx.tx
    .insertInto('township_groups')
    .values({ name: ctx.body.name.trim(), description: ctx.body.description ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (members.length)
    await ctx.tx
      .insertInto('township_group_members')
      .values(members.map((agency_id) => ({ group_id: g.id, agency_id })))
      .execute();
  ctx.audited({
    objectType: 'township_group',
    objectId: g.id,
    details: { name: ctx.body.name.trim(), agencyIds: members },
  });
  return { id: g.id };
}

export async function updateGroup(ctx: WriteContext<{ id: string }, unknown, GroupBody>): Promise<{ id: string }> {
  const { tx, params } = ctx;
  const before = await tx
    .selectFrom('township_groups')
    .select(['id', 'name'])
    .where('id', '=', params.id)
    .executeTakeFirst();
  if (!before) throw notFound();
  const members = await checkMembers(ctx);
  await nameFree(ctx, params.id);
  await tx
    .updateTable('township_groups')
    .set({ name: ctx.body.name.trim(), description: ctx.body.description ?? null, updated_at: ctx.app.now() })
    .where('id', '=', params.id)
    .execute();
  await tx.deleteFrom('township_group_members').where('group_id', '=', params.id).execute();
  if (members.length)
    await tx
      .insertInto('township_group_members')
      .values(members.map((agency_id) => ({ group_id: params.id, agency_id })))
      .execute();
  ctx.audited({
    objectType: 'township_group',
    objectId: params.id,
    details: { before: before.name, name: ctx.body.name.trim(), agencyIds: members },
  });
  return { id: params.id };
}

export async function deleteGroup(ctx: WriteContext<{ id: string }, unknown, unknown>): Promise<{ ok: true }> {
  const { tx, params } = ctx;
  const before = await tx
    .selectFrom('township_groups')
    .select(['id', 'name'])
    .where('id', '=', params.id)
    .executeTakeFirst();
  if (!before) throw notFound();
  await tx.deleteFrom('township_groups').where('id', '=', params.id).execute();
  ctx.audited({ objectType: 'township_group', objectId: params.id, details: { name: before.name } });
  return { ok: true };
}
