import { conflict, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { assertMayManage } from './manage-access';
import { findItem } from './queries';

/**
 * Only an item nothing refers to may be deleted; one named by a decision or used by a case is
 * withdrawn instead (停用), so the public record of what was delegated stays readable.
 */
export async function deleteItem(ctx: WriteContext<{ id: string }, unknown, unknown>): Promise<{ ok: true }> {
  const { tx, params, actor } = ctx;
  const item = await findItem(tx, { id: params.id });
  if (!item) throw notFound();
  assertMayManage(ctx, actor, { id: item.departmentId, regionCode: item.departmentRegion, name: item.departmentName });
  const decided = await tx
    .selectFrom('delegation_decision_items')
    .select('decision_id')
    .where('item_id', '=', params.id)
    .limit(1)
    .executeTakeFirst();
  const used = await tx
    .selectFrom('item_usage')
    .select('source_id')
    .where('item_id', '=', params.id)
    .limit(1)
    .executeTakeFirst();
  if (decided || used) {
    throw conflict(
      'ITEM_IN_USE',
      `事项 ${item.code} 已被${decided ? '赋权决定' : '案件或检查'}引用，不能删除；如不再实施，请将其停用`,
    );
  }
  await tx.deleteFrom('enforcement_items').where('id', '=', params.id).execute();
  ctx.audited({ objectType: 'enforcement_item', objectId: params.id, details: { code: item.code, name: item.name } });
  return { ok: true };
}
