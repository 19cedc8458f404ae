import type { EnforcementItemRow } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { badRequest, conflict } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { CitationResolver, loadDepartments, prepareItem, type PrepareResult } from './prepare-item';
import { assertMayManage } from './manage-access';
import { reservationOptions } from './queries';
import { insertItem } from './save-item';
import type { ItemFields } from '@zhifa/contract';

/** The form's body in the shape of a spreadsheet row, so both go through the same checks. */
export function rowOfBody(code: string, body: ItemFields, departmentName: string): EnforcementItemRow {
  return {
    code,
    name: body.name,
    kind: body.kind,
    domain: body.domain,
    department: departmentName,
    level: body.level,
    basis: body.basis,
    penaltyBasis: body.penaltyBasis,
    penalties: body.penalties,
    reserved: body.reservedFlag,
  };
}

/** Refuses a row with problems: 400 with each problem as { path, message } for the form. */
export function preparedOrThrow(result: PrepareResult) {
  if (result.ok) return result.value;
  throw badRequest(
    'ITEM_INVALID',
    `执法事项有 ${result.errors.length} 处错误：${result.errors.map((e) => e.message).join('；')}`,
    result.errors.map((e) => ({ path: e.field, column: e.column, message: e.message })),
  );
}

export async function checkItemBody(tx: Tx, code: string, body: ItemFields) {
  const departments = await loadDepartments(tx);
  const department = departments.find(body.departmentId);
  if (!department)
    throw badRequest('UNKNOWN_DEPARTMENT', '实施部门不存在或不是县级执法部门', [
      { path: 'departmentId', message: '请选择县级执法部门' },
    ]);
  const result = await prepareItem(rowOfBody(code, body, department.name), {
    departments,
    resolver: new CitationResolver(tx),
    reservation: await reservationOptions(tx),
  });
  return preparedOrThrow(result);
}

export async function createItem(
  ctx: WriteContext<unknown, unknown, ItemFields & { code: string }>,
): Promise<{ id: string }> {
  const { tx, body, actor } = ctx;
  const code = body.code.trim();
  const prepared = await checkItemBody(tx, code, body);
  assertMayManage(ctx, actor, prepared.department);
  const existing = await tx.selectFrom('enforcement_items').select('id').where('code', '=', code).executeTakeFirst();
  if (existing) throw conflict('ITEM_CODE_TAKEN', `事项编码 ${code} 已存在`);
  const id = await insertItem(tx, prepared, body.note ?? null);
  ctx.audited({
    objectType: 'enforcement_item',
    objectId: id,
    details: { code, name: prepared.item.name, countyReserved: prepared.countyReserved },
  });
  return { id };
}
