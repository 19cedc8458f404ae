// The catalogue workbook: sheet 执法事项 (one item a row), sheet 处罚种类及幅度 (one penalty a row,
// joined to its item by 事项编码), and in the template a 填写说明 sheet. Import, export and template
// share the headers, so an exported file imports back unchanged.

import ExcelJS from 'exceljs';
import {
  ENFORCEMENT_ITEM_COLUMNS,
  ITEM_DOMAINS,
  ITEM_KIND_LABELS,
  ITEM_LEVELS,
  PENALTY_KIND_LABELS,
  PENALTY_MULTIPLE_BASES,
  PENALTY_PARTY_LABELS,
  PENALTY_SPEC_COLUMNS,
  PENALTY_UNITS,
  formatPenalties,
  type EnforcementItemField,
  type PenaltySpecField,
} from '@zhifa/domain';
import { badRequest } from '../../platform/errors';
import type { ItemView } from '@zhifa/contract';

export const ITEMS_SHEET = '执法事项';
export const PENALTIES_SHEET = '处罚种类及幅度';
export const HELP_SHEET = '填写说明';
export const MAX_IMPORT_ITEMS = 5000;

/** Columns of the item sheet that are read on import (the penalty summary is only for reading). */
const ITEM_SHEET_FIELDS = [
  'code',
  'name',
  'kind',
  'domain',
  'department',
  'level',
  'basis',
  'penaltyBasis',
  'reserved',
] as const;
type ItemSheetField = (typeof ITEM_SHEET_FIELDS)[number] | 'note' | 'status';
const EXTRA_HEADERS = { note: '备注', status: '状态' } as const;
const SUMMARY_HEADER = '处罚种类及幅度（摘要，导入时不读取）';
const PENALTY_FIELDS = Object.keys(PENALTY_SPEC_COLUMNS) as PenaltySpecField[];

function headerOf(field: ItemSheetField): string {
  return field === 'note' || field === 'status'
    ? EXTRA_HEADERS[field]
    : ENFORCEMENT_ITEM_COLUMNS[field as EnforcementItemField];
}

function normaliseHeader(h: string): string {
  // Hand-typed headers carry ASCII brackets or stray spaces; they name the same column.
  return h
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** A cell as string, number or Date (formulas give their result, rich text its text). */
function cellPrimitive(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return value.text;
    if ('formula' in value || 'sharedFormula' in value) {
      const r = (value as { result?: unknown }).result;
      return r !== null && typeof r === 'object' && !(r instanceof Date) ? undefined : r;
    }
  }
  return undefined;
}

export interface SheetLine<F extends string> {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  values: Partial<Record<F, unknown>>;
}

function readSheet<F extends string>(
  sheet: ExcelJS.Worksheet,
  headers: Map<string, F>,
): { lines: SheetLine<F>[]; present: Set<F> } {
  const columns = new Map<number, F>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellPrimitive(cell.value);
    const field = typeof text === 'string' ? headers.get(normaliseHeader(text)) : undefined;
    if (field) columns.set(col, field);
  });
  const lines: SheetLine<F>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Partial<Record<F, unknown>> = {};
    let any = false;
    for (const [col, field] of columns) {
      const v = cellPrimitive(row.getCell(col).value);
      if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) any = true;
      values[field] = v;
    }
    // Blank lines between entries are common in hand-kept sheets; they are not errors.
    if (!any) continue;
    lines.push({ row: r, values });
    if (lines.length > MAX_IMPORT_ITEMS * 4)
      throw badRequest('TOO_MANY_ROWS', `工作表“${sheet.name}”行数过多，请分批导入`);
  }
  return { lines, present: new Set(columns.values()) };
}

export interface CatalogueSheets {
  items: SheetLine<ItemSheetField>[];
  penalties: SheetLine<PenaltySpecField>[];
}

export async function readCatalogueWorkbook(data: Buffer): Promise<CatalogueSheets> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('INVALID_FILE', '文件无法读取：请上传 Excel 工作簿（.xlsx），可先下载导入模板');
  }
  const itemsSheet = workbook.getWorksheet(ITEMS_SHEET) ?? workbook.worksheets[0];
  if (!itemsSheet || itemsSheet.actualRowCount < 2) {
    throw badRequest('EMPTY_FILE', `没有可导入的执法事项：工作表“${ITEMS_SHEET}”第 1 行为表头，第 2 行起每行一个事项`);
  }
  const itemHeaders = new Map<string, ItemSheetField>(
    [...ITEM_SHEET_FIELDS, 'note', 'status'].map((f) => [
      normaliseHeader(headerOf(f as ItemSheetField)),
      f as ItemSheetField,
    ]),
  );
  const items = readSheet(itemsSheet, itemHeaders);
  const missing = ITEM_SHEET_FIELDS.filter((f) => f !== 'reserved' && f !== 'penaltyBasis' && !items.present.has(f));
  if (missing.length) {
    throw badRequest(
      'MISSING_COLUMNS',
      `工作表“${itemsSheet.name}”表头缺少列：${missing.map((f) => headerOf(f)).join('、')}（请使用导入模板）`,
    );
  }
  if (items.lines.length === 0) throw badRequest('EMPTY_FILE', '没有可导入的执法事项：第 2 行起每行一个事项');
  if (items.lines.length > MAX_IMPORT_ITEMS)
    throw badRequest('TOO_MANY_ROWS', `一次最多导入 ${MAX_IMPORT_ITEMS} 个事项，请分批导入`);

  const penaltySheet = workbook.getWorksheet(PENALTIES_SHEET);
  let penalties: SheetLine<PenaltySpecField>[] = [];
  if (penaltySheet && penaltySheet.actualRowCount > 1) {
    const headers = new Map<string, PenaltySpecField>(
      PENALTY_FIELDS.map((f) => [normaliseHeader(PENALTY_SPEC_COLUMNS[f]), f]),
    );
    const read = readSheet(penaltySheet, headers);
    const lacking = (['itemCode', 'kind'] as const).filter((f) => !read.present.has(f));
    if (lacking.length) {
      throw badRequest(
        'MISSING_COLUMNS',
        `工作表“${PENALTIES_SHEET}”表头缺少列：${lacking.map((f) => PENALTY_SPEC_COLUMNS[f]).join('、')}（请使用导入模板）`,
      );
    }
    penalties = read.lines;
  }
  return { items: items.lines, penalties };
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const WIDTH: Partial<Record<ItemSheetField, number>> = {
  code: 20,
  name: 48,
  department: 30,
  basis: 44,
  penaltyBasis: 36,
  note: 30,
};

function addItemsSheet(workbook: ExcelJS.Workbook, withSummary: boolean): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ITEMS_SHEET);
  const fields: ItemSheetField[] = [...ITEM_SHEET_FIELDS, 'note', 'status'];
  sheet.columns = [
    ...fields.map((f) => ({ header: headerOf(f), key: f, width: WIDTH[f] ?? 14 })),
    ...(withSummary ? [{ header: SUMMARY_HEADER, key: 'summary', width: 60 }] : []),
  ];
  styleHeader(sheet);
  return sheet;
}

function addPenaltiesSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(PENALTIES_SHEET);
  sheet.columns = PENALTY_FIELDS.map((f) => ({
    header: PENALTY_SPEC_COLUMNS[f],
    key: f,
    width: f === 'note' || f === 'basis' ? 40 : f === 'itemCode' ? 20 : 16,
  }));
  styleHeader(sheet);
  return sheet;
}

export async function exportCatalogueWorkbook(items: ItemView[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '综合行政执法平台';
  const itemsSheet = addItemsSheet(workbook, true);
  const penaltySheet = addPenaltiesSheet(workbook);
  for (const item of items) {
    itemsSheet.addRow({
      code: item.code,
      name: item.name,
      kind: ITEM_KIND_LABELS[item.kind],
      domain: item.domain,
      department: item.departmentName,
      level: item.level,
      basis: item.basis.map((c) => c.citation).join('；'),
      penaltyBasis: item.penaltyBasis.map((c) => c.citation).join('；'),
      reserved: item.reservedFlag ? '是' : '否',
      note: item.note ?? '',
      status: item.active ? '在用' : '停用',
      summary: formatPenalties(item.penalties),
    });
    for (const p of item.penalties) {
      penaltySheet.addRow({
        itemCode: item.code,
        kind: PENALTY_KIND_LABELS[p.kind],
        appliesTo: p.appliesTo ? PENALTY_PARTY_LABELS[p.appliesTo] : undefined,
        effectiveFrom: p.effectiveFrom,
        effectiveTo: p.effectiveTo,
        basis: p.basis,
        fineMin: p.fineMin,
        fineMax: p.fineMax,
        perUnit: p.perUnit,
        multipleMin: p.multipleMin,
        multipleMax: p.multipleMax,
        multipleOf: p.multipleOf,
        valueMax: p.valueMax,
        note: p.note,
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function catalogueTemplate(departmentNames: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '综合行政执法平台';
  addItemsSheet(workbook, false);
  addPenaltiesSheet(workbook);
  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [
    { header: '项目', key: 'c', width: 24 },
    { header: '说明', key: 'd', width: 100 },
  ];
  const c = ENFORCEMENT_ITEM_COLUMNS;
  const p = PENALTY_SPEC_COLUMNS;
  help.addRows([
    { c: '整表校验', d: '先校验全部行；任何一行有错误，整个文件都不导入，系统列出每一行的全部错误，改正后重新上传。' },
    { c: '已有事项', d: '事项编码已存在的，按文件内容更新该事项（编码本身不能修改）；只能导入本部门有权维护的事项。' },
    { c: c.code, d: '必填，大写字母、数字和连字符，4至40位，如 CG-GF-111-01。' },
    { c: c.name, d: '必填，不超过200字，如“对单位随意倾倒、抛撒、堆放生活垃圾的行政处罚”。' },
    { c: c.kind, d: `必填：${Object.values(ITEM_KIND_LABELS).join('、')}。` },
    { c: c.domain, d: `必填：${ITEM_DOMAINS.join('、')}。` },
    { c: c.department, d: `必填，县级执法部门的全称或简称：${departmentNames.join('、')}。` },
    { c: c.level, d: `必填：${ITEM_LEVELS.join('、')}（也可写县级、乡镇（街道）等）。` },
    {
      c: c.basis,
      d: '必填，事项所执行的条款（违法依据），多个用“；”或换行分隔，如“固体废物污染环境防治法 第111条第1款第(一)项”。每个条款须能在法律法规库中找到。',
    },
    {
      c: c.penaltyBasis,
      d: '行政处罚事项必填，设定处罚的条款，如“固体废物污染环境防治法 第111条第2款”；其他类型事项不填。',
    },
    {
      c: c.reserved,
      d: '填“是”或“否”（可不填，视为否）。吊销许可证件、责令停产停业、责令关闭、限制从业自动视为县级保留；没收较大数额财物等其他重大处罚请填“是”。县级保留事项不得赋权乡镇。',
    },
    { c: EXTRA_HEADERS.note, d: '选填。' },
    { c: EXTRA_HEADERS.status, d: '选填：在用、停用（不填为在用）。停用的事项不能再赋权。' },
    {
      c: `“${PENALTIES_SHEET}”表`,
      d: '行政处罚事项每项处罚一行，用“事项编码”对应到事项；同一事项可有多行（如对个人、对单位分别列出）。',
    },
    {
      c: p.kind,
      d: `必填：${Object.values(PENALTY_KIND_LABELS).join('、')}。责令改正不是行政处罚，事项须至少有一种行政处罚。`,
    },
    {
      c: `${p.fineMin} / ${p.fineMax}`,
      d: '罚款的法定幅度（元），只有上限的只填上限。法律法规未规定数额的，两项都不填，在“说明”中写明数额依据。',
    },
    { c: p.perUnit, d: `按单位计罚时填写：${PENALTY_UNITS.join('、')}。` },
    {
      c: `${p.multipleMin} / ${p.multipleMax} / ${p.multipleOf}`,
      d: `按倍数计罚时填写，百分比写小数（百分之五写 0.05）；倍数基数：${PENALTY_MULTIPLE_BASES.join('、')}。`,
    },
    { c: p.valueMax, d: '没收违法所得或非法财物时，目录载明价值上限的填写。' },
    {
      c: p.appliesTo,
      d: '填“单位”或“个人”；法律对单位和个人规定不同幅度的，分行填写。不填表示单位和个人适用同一幅度。办案时按当事人类型核对罚款。',
    },
    {
      c: `${p.effectiveFrom} / ${p.effectiveTo} / ${p.basis}`,
      d: '处罚规定修改过的，每个版本一行：填写该版本的施行日期、失效日期（YYYY-MM-DD）和设定该版本的条款（如“土地管理法实施条例 第57条”）。同一处罚的各版本期间不得重叠。办案时适用违法行为发生时有效的版本，现行版本较轻的适用现行版本（行政处罚法 第37条）。',
    },
    { c: p.note, d: '选填，如“拒不改正的”“情节严重的”。' },
  ]);
  help.getRow(1).font = { bold: true };
  help.getColumn('d').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
