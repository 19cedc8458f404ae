import { notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { checkItemBody } from './create-item';
import { assertMayManage } from './manage-access';
import { findItem } from './queries';
import { updateItem } from './save-item';
import type { ItemBody } from '@zhifa/contract';

/** The code never changes: decisions, usage records and cases name the item by it. */
export async function changeItem(
  ctx: WriteContext<{ id: string }, unknown, ItemBody>,
): Promise<{ id: string; revision: number }> {
  const { tx, params, body, actor } = ctx;
  const before = await findItem(tx, { id: params.id });
  if (!before) throw notFound();
  // Both the department that held the item and the one it moves to must be the editor's.
  assertMayManage(ctx, actor, {
    id: before.departmentId,
    regionCode: before.departmentRegion,
    name: before.departmentName,
  });
  const prepared = await checkItemBody(tx, before.code, body);
  assertMayManage(ctx, actor, prepared.department);
  await updateItem(tx, params.id, prepared, { note: body.note ?? null, active: body.active }, ctx.app.now());
  ctx.audited({
    objectType: 'enforcement_item',
    objectId: params.id,
    details: {
      code: before.code,
      revision: before.revision + 1,
      changed: changedFields(before, prepared, body),
    },
  });
  return { id: params.id, revision: before.revision + 1 };
}

function changedFields(
  before: NonNullable<Awaited<ReturnType<typeof findItem>>>,
  prepared: Awaited<ReturnType<typeof checkItemBody>>,
  body: ItemBody,
): string[] {
  const out: string[] = [];
  const { item } = prepared;
  if (before.name !== item.name) out.push('name');
  if (before.kind !== item.kind) out.push('kind');
  if (before.domain !== item.domain) out.push('domain');
  if (before.departmentId !== prepared.department.id) out.push('department');
  if (before.level !== item.level) out.push('level');
  const cites = (role: 'basis' | 'penalty') =>
    prepared.citations
      .filter((c) => c.role === role)
      .map((c) => c.citation)
      .join('；');
  if (before.basis.map((c) => c.citation).join('；') !== cites('basis')) out.push('basis');
  if (before.penaltyBasis.map((c) => c.citation).join('；') !== cites('penalty')) out.push('penaltyBasis');
  const penalties = before.penalties.map(({ countyReserved: _r, ...p }) => p);
  if (canonical(penalties) !== canonical(item.penalties)) out.push('penalties');
  if (before.reservedFlag !== item.reservedFlag) out.push('reservedFlag');
  if (before.note !== (body.note ?? null)) out.push('note');
  if (before.active !== body.active) out.push('active');
  return out;
}

/** JSON with sorted keys: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
