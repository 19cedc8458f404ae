// The training spreadsheet: one header row with the columns of TRAINING_COLUMNS (any order),
// then one record per row. Reading turns each cell into a plain value for validateTrainingRow.

import ExcelJS from 'exceljs';
import { TRAINING_COLUMNS, type TrainingField, type TrainingRow } from '@zhifa/domain';
import { badRequest } from '../../platform/errors';

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const FIELD_BY_HEADER = new Map<string, TrainingField>(
  (Object.entries(TRAINING_COLUMNS) as [TrainingField, string][]).map(([field, header]) => [
    normaliseHeader(header),
    field,
  ]),
);

function normaliseHeader(h: string): string {
  // People retype headers with ASCII brackets or stray spaces; both mean the same column.
  return h
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** A cell as string, number or Date (formulas give their result, rich text its text). */
function cellPrimitive(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return value.text;
    if ('formula' in value || 'sharedFormula' in value) {
      const r = (value as { result?: unknown }).result;
      return r !== null && typeof r === 'object' && !(r instanceof Date) ? undefined : r;
    }
    if ('error' in value) return undefined;
  }
  return undefined;
}

export interface SheetRow {
  /** Row number as Excel shows it (the header is row 1). */
  rowNumber: number;
  values: TrainingRow;
}

export async function readTrainingSheet(data: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('INVALID_FILE', '文件无法读取：请上传 Excel 工作簿（.xlsx），可先下载导入模板');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0)
    throw badRequest('EMPTY_FILE', '工作表为空：第 1 行应为表头，第 2 行起每行一条培训记录');

  const columns = new Map<number, TrainingField>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellPrimitive(cell.value);
    const field = typeof text === 'string' ? FIELD_BY_HEADER.get(normaliseHeader(text)) : undefined;
    if (field) columns.set(col, field);
  });
  const present = new Set(columns.values());
  const required: TrainingField[] = ['personName', 'certificateNumber', 'course', 'date'];
  const missing = required.filter((f) => !present.has(f));
  if (!present.has('minutes') && !present.has('hours')) missing.push('minutes');
  if (missing.length) {
    throw badRequest(
      'MISSING_COLUMNS',
      `表头缺少列：${missing.map((f) => TRAINING_COLUMNS[f]).join('、')}（请使用导入模板）`,
    );
  }

  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: TrainingRow = {};
    let any = false;
    for (const [col, field] of columns) {
      const v = cellPrimitive(row.getCell(col).value);
      if (v !== undefined && !(typeof v === 'string' && v.trim() === '')) any = true;
      values[field] = v;
    }
    // Blank lines between records are common in hand-kept sheets; they are not errors.
    if (!any) continue;
    rows.push({ rowNumber: r, values });
    if (rows.length > MAX_IMPORT_ROWS)
      throw badRequest('TOO_MANY_ROWS', `一次最多导入 ${MAX_IMPORT_ROWS} 条培训记录，请分批导入`);
  }
  if (rows.length === 0) throw badRequest('EMPTY_FILE', '没有可导入的培训记录：第 2 行起每行一条');
  return rows;
}

/** The import template: headers on the first sheet, instructions on the second. */
export async function trainingTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('培训记录');
  const fields = Object.keys(TRAINING_COLUMNS) as TrainingField[];
  sheet.columns = fields.map((f) => ({ header: TRAINING_COLUMNS[f], key: f, width: f === 'course' ? 36 : 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('date').numFmt = 'yyyy-mm-dd';
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'c', width: 20 },
    { header: '说明', key: 'd', width: 80 },
  ];
  help.addRows([
    { c: TRAINING_COLUMNS.personName, d: '必填，须与执法证登记的姓名一致' },
    { c: TRAINING_COLUMNS.certificateNumber, d: '必填，按执法证号匹配人员' },
    { c: TRAINING_COLUMNS.course, d: '必填' },
    { c: TRAINING_COLUMNS.date, d: '必填，如 2025-03-05、2025/3/5 或 2025年3月5日，不能晚于今天' },
    { c: TRAINING_COLUMNS.minutes, d: '与“学时”至少填一项；只填分钟时按 45 分钟折合 1 学时' },
    { c: TRAINING_COLUMNS.hours, d: '填写后以此为准' },
    { c: TRAINING_COLUMNS.organiser, d: '选填' },
    { c: '整表校验', d: '任何一行有错误时整表不导入，系统列出所有错误行，改正后重新上传' },
  ]);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
