// Whole-workbook import of catalogue items: every row is checked first (domain rules, department,
// citations in the law library, duplicates, who may maintain it). One bad row and nothing is
// imported; the answer lists every bad row with all its errors, in Chinese.

import { PENALTY_SPEC_COLUMNS, mayManageItemOf, scopeContains, scopeFor, type EnforcementItemRow } from '@zhifa/domain';
import { badRequest } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { readCatalogueWorkbook, ITEMS_SHEET, PENALTIES_SHEET, type SheetLine } from './items-excel';
import { CitationResolver, loadDepartments, prepareItem, type PreparedItem } from './prepare-item';
import { reservationOptions } from './queries';
import { insertItem, updateItem } from './save-item';
import type { ImportRowErrorView } from '@zhifa/contract';

type RowError = ImportRowErrorView['errors'][number];

interface Body {
  fileName: string;
  content: string;
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

function readStatus(v: unknown): boolean | RowError {
  const t = textOf(v);
  if (t === '' || t === '在用') return true;
  if (t === '停用') return false;
  return { field: 'status', column: '状态', message: `状态应为“在用”或“停用”，不能填“${t}”` };
}

export async function importItems(ctx: WriteContext<unknown, unknown, Body>) {
  const { tx, body, actor, app } = ctx;
  const data = Buffer.from(body.content, 'base64');
  const sheets = await readCatalogueWorkbook(data);
  const problems: ImportRowErrorView[] = [];
  const report = (sheet: string, row: number, code: string | null, errors: RowError[]) => {
    if (errors.length) problems.push({ sheet, row, code, errors });
  };

  // Penalty lines, grouped by the item they belong to.
  const itemCodes = new Set(sheets.items.map((l) => textOf(l.values.code)).filter(Boolean));
  const penaltiesOf = new Map<string, SheetLine<keyof typeof PENALTY_SPEC_COLUMNS>[]>();
  for (const line of sheets.penalties) {
    const code = textOf(line.values.itemCode);
    if (!code) {
      report(PENALTIES_SHEET, line.row, null, [
        { field: 'itemCode', column: PENALTY_SPEC_COLUMNS.itemCode, message: '事项编码不能为空' },
      ]);
    } else if (!itemCodes.has(code)) {
      report(PENALTIES_SHEET, line.row, code, [
        {
          field: 'itemCode',
          column: PENALTY_SPEC_COLUMNS.itemCode,
          message: `事项编码 ${code} 不在“${ITEMS_SHEET}”表中`,
        },
      ]);
    } else {
      let list = penaltiesOf.get(code);
      if (!list) penaltiesOf.set(code, (list = []));
      list.push(line);
    }
  }

  const departments = await loadDepartments(tx);
  const resolver = new CitationResolver(tx);
  const reservation = await reservationOptions(tx);
  const manageScope = actor ? scopeFor(actor, 'item:manage') : ({ kind: 'none' } as const);
  const existing = new Map(
    (itemCodes.size
      ? await tx
          .selectFrom('enforcement_items')
          .innerJoin('agencies', 'agencies.id', 'enforcement_items.department_id')
          .select([
            'enforcement_items.id',
            'enforcement_items.code',
            'enforcement_items.note',
            'enforcement_items.department_id',
            'agencies.name',
            'agencies.region_code',
          ])
          .where('enforcement_items.code', 'in', [...itemCodes])
          .execute()
      : []
    ).map((r) => [r.code, r]),
  );
  const mayManage = (id: string, regionCode: string) =>
    actor !== null && scopeContains(manageScope, { agencyId: id, regionCode }) && mayManageItemOf(actor, id);

  const seen = new Map<string, number>();
  const ready: { prepared: PreparedItem; active: boolean; note: string | null }[] = [];
  for (const line of sheets.items) {
    const code = textOf(line.values.code);
    const penaltyLines = penaltiesOf.get(code) ?? [];
    const row: EnforcementItemRow = {
      code: line.values.code,
      name: line.values.name,
      kind: line.values.kind,
      domain: line.values.domain,
      department: line.values.department,
      level: line.values.level,
      basis: line.values.basis,
      penaltyBasis: line.values.penaltyBasis,
      reserved: line.values.reserved,
      penalties: penaltyLines.map((p) => p.values),
    };
    const errors: RowError[] = [];
    if (code && seen.has(code)) {
      errors.push({ field: 'code', column: '事项编码', message: `事项编码 ${code} 与第 ${seen.get(code)} 行重复` });
    } else if (code) seen.set(code, line.row);
    const status = readStatus(line.values.status);
    if (typeof status !== 'boolean') errors.push(status);

    const result = await prepareItem(row, { departments, resolver, reservation });
    if (!result.ok) {
      // The row check numbers penalties 第N项处罚; say where that line is in the penalty sheet.
      errors.push(
        ...result.errors.map((e) => ({
          ...e,
          message: e.message.replace(/^第(\d+)项处罚/u, (m, n: string) => {
            const at = penaltyLines[Number(n) - 1];
            return at ? `${m}（“${PENALTIES_SHEET}”表第 ${at.row} 行）` : m;
          }),
        })),
      );
    } else {
      const { department } = result.value;
      const before = existing.get(code);
      if (
        !mayManage(department.id, department.regionCode) ||
        (before && !mayManage(before.department_id, before.region_code))
      ) {
        const owner = before && !mayManage(before.department_id, before.region_code) ? before.name : department.name;
        errors.push({ field: 'department', column: '实施部门', message: `无权维护${owner}的执法事项` });
      }
    }
    report(ITEMS_SHEET, line.row, code || null, errors);
    if (errors.length === 0 && result.ok) {
      const note = textOf(line.values.note) || existing.get(code)?.note || null;
      ready.push({ prepared: result.value, active: status === true, note });
    }
  }

  if (problems.length > 0) {
    problems.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet === ITEMS_SHEET ? -1 : 1));
    const rows = problems
      .slice(0, 3)
      .map((p) => `“${p.sheet}”第 ${p.row} 行`)
      .join('、');
    throw badRequest(
      'IMPORT_INVALID',
      `${rows}${problems.length > 3 ? `等 ${problems.length} 行` : ''}有错误，未导入任何事项，请改正后重新上传`,
      { rows: problems },
    );
  }

  let created = 0;
  let updated = 0;
  for (const r of ready) {
    const before = existing.get(r.prepared.item.code);
    if (before) {
      await updateItem(tx, before.id, r.prepared, { note: r.note, active: r.active }, app.now());
      updated++;
    } else {
      await insertItem(tx, r.prepared, r.note, r.active);
      created++;
    }
  }
  ctx.audited({
    objectType: 'enforcement_item',
    details: { fileName: body.fileName, created, updated, codes: ready.slice(0, 100).map((r) => r.prepared.item.code) },
  });
  return { created, updated, total: ready.length };
}
