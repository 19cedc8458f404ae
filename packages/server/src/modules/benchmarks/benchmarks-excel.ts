// Benchmark tables as Excel (docs/BENCHMARK-FORMATS.md): one sheet, one row per tier and condition
// set. Rows with the same item, violation, 文号 and 施行日期 are one version; rows with the same
// 档次序号 in it are one tier whose condition sets are alternatives (「……或者……」). A row whose
// 裁量阶次 is 首违不罚, 轻微不罚 or 包容免罚 is an exemption list entry. Template, export and import
// share the columns, so an export imports back unchanged.
import ExcelJS from 'exceljs';
import {
  BENCHMARK_BASES,
  BENCHMARK_BASE_LABELS,
  BENCHMARK_HARMS,
  BENCHMARK_HARM_LABELS,
  BENCHMARK_MEASURES,
  BENCHMARK_MEASURE_LABELS,
  BENCHMARK_OUTCOME_LABELS,
  BENCHMARK_TIERS,
  BENCHMARK_TIER_LABELS,
  EXEMPTION_LISTS,
  EXEMPTION_LIST_LABELS,
  type BenchmarkConditionSet,
  type BenchmarkFile,
  type BenchmarkOutcome,
} from '@zhifa/domain';
import { badRequest } from '../../platform/errors';

export const BENCHMARK_SHEET = '裁量基准';

export const COLUMNS = {
  itemCode: '事项编码',
  violation: '违法行为',
  title: '基准名称',
  issuer: '制定机关',
  documentNumber: '文号',
  effectiveFrom: '施行日期',
  effectiveTo: '失效日期',
  itemNo: '项号',
  legalMin: '法定下限',
  legalMax: '法定上限',
  legalBase: '法定计罚基数',
  personLegalMin: '个人法定下限',
  personLegalMax: '个人法定上限',
  lookBackMonths: '初次回溯月数',
  tierNo: '档次序号',
  sourceLabel: '基准表述',
  tier: '裁量阶次',
  partyType: '适用对象',
  firstOffence: '初次违法',
  priorMin: '此前违法次数下限',
  priorMax: '此前违法次数上限',
  correctedInTime: '及时改正',
  harmAtLeast: '危害后果至少',
  harmAtMost: '危害后果至多',
  measure: '区间计量',
  bandMin: '区间下限',
  bandMinOpen: '下限不含',
  bandMax: '区间上限',
  bandMaxOpen: '上限不含',
  outcome: '处罚标准类型',
  from: '金额/下限',
  to: '上限',
  per: '计量或基数',
  unit: '计量单位',
  cap: '累进每处/最高',
  personFrom: '个人金额/下限',
  personTo: '个人上限',
} as const;
export type Column = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Column[];

export interface SheetRow {
  row: number;
  values: Partial<Record<Column, string | number>>;
}

function cellValue(v: ExcelJS.CellValue): string | number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return (
      v.richText
        .map((r) => r.text)
        .join('')
        .trim() || undefined
    );
  if (typeof v === 'object' && 'result' in v) {
    const r = (v as { result?: unknown }).result;
    return typeof r === 'number' || typeof r === 'string' ? r : undefined;
  }
  return undefined;
}

export async function readBenchmarkWorkbook(data: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('INVALID_FILE', '文件无法读取：请上传 Excel 工作簿（.xlsx），可先下载导入模板');
  }
  const sheet = wb.getWorksheet(BENCHMARK_SHEET) ?? wb.worksheets[0];
  if (!sheet || sheet.actualRowCount < 2)
    throw badRequest(
      'EMPTY_FILE',
      `没有可导入的裁量基准：工作表“${BENCHMARK_SHEET}”第 1 行为表头，第 2 行起每行一个档次`,
    );
  const byHeader = new Map<string, Column>(FIELDS.map((f) => [COLUMNS[f], f]));
  const columns = new Map<number, Column>();
  sheet.getRow(1).eachCell((cell, col) => {
    const h = cellValue(cell.value);
    const f = typeof h === 'string' ? byHeader.get(h.replace(/\s+/g, '')) : undefined;
    if (f) columns.set(col, f);
  });
  const missing = (['itemCode', 'violation', 'tierNo', 'tier', 'outcome'] as const).filter(
    (f) => ![...columns.values()].includes(f),
  );
  if (missing.length)
    throw badRequest('MISSING_COLUMNS', `表头缺少列：${missing.map((f) => COLUMNS[f]).join('、')}（请使用导入模板）`);
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values: SheetRow['values'] = {};
    for (const [col, f] of columns) {
      const v = cellValue(sheet.getRow(r).getCell(col).value);
      if (v !== undefined) values[f] = v;
    }
    if (Object.keys(values).length) rows.push({ row: r, values });
    if (rows.length > 20000) throw badRequest('TOO_MANY_ROWS', '行数过多，请分批导入');
  }
  if (rows.length === 0) throw badRequest('EMPTY_FILE', '没有可导入的裁量基准：第 2 行起每行一个档次');
  return rows;
}

const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? '是' : '否');
const label = <K extends string>(labels: Record<K, string>, k: K | undefined) => (k ? labels[k] : undefined);

function outcomeCells(
  o: BenchmarkOutcome | undefined,
  prefix: '' | 'person',
): Partial<Record<Column, string | number>> {
  if (!o) return {};
  const from = prefix ? 'personFrom' : 'from';
  const to = prefix ? 'personTo' : 'to';
  switch (o.kind) {
    case 'noPenalty':
      return prefix ? {} : { outcome: BENCHMARK_OUTCOME_LABELS.noPenalty };
    case 'fixed':
      return { ...(prefix ? {} : { outcome: BENCHMARK_OUTCOME_LABELS.fixed }), [from]: o.amount };
    case 'range':
      return { ...(prefix ? {} : { outcome: BENCHMARK_OUTCOME_LABELS.range }), [from]: o.min, [to]: o.max };
    case 'perUnit':
      return {
        outcome: BENCHMARK_OUTCOME_LABELS.perUnit,
        from: o.rateMin,
        to: o.rateMax,
        per: BENCHMARK_MEASURE_LABELS[o.measure],
        unit: o.unit,
      };
    case 'ofBase':
      return {
        outcome: BENCHMARK_OUTCOME_LABELS.ofBase,
        from: o.factorMin,
        to: o.factorMax,
        per: BENCHMARK_BASE_LABELS[o.base],
        unit: o.style === 'percent' ? '比例' : '倍',
      };
    case 'additive':
      return { outcome: BENCHMARK_OUTCOME_LABELS.additive, from: o.start, to: o.cap, cap: o.perFurther };
  }
}

function conditionCells(w: BenchmarkConditionSet | undefined): Partial<Record<Column, string | number>> {
  if (!w) return {};
  const measure = BENCHMARK_MEASURES.find((m) => w[m]);
  const band = measure ? w[measure] : undefined;
  const cells: Partial<Record<Column, string | number | undefined>> = {
    partyType: w.partyType === 'organisation' ? '单位' : w.partyType === 'person' ? '个人' : undefined,
    firstOffence: yesNo(w.firstOffence),
    priorMin: w.priorOffences?.min,
    priorMax: w.priorOffences?.max,
    correctedInTime: yesNo(w.correctedInTime),
    harmAtLeast: label(BENCHMARK_HARM_LABELS, w.harmAtLeast),
    harmAtMost: label(BENCHMARK_HARM_LABELS, w.harmAtMost),
    measure: measure ? BENCHMARK_MEASURE_LABELS[measure] : undefined,
    bandMin: band?.min,
    bandMinOpen: band?.minOpen ? '是' : undefined,
    bandMax: band?.max,
    bandMaxOpen: band?.maxOpen ? '是' : undefined,
  };
  return Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== undefined));
}

/** The library as rows (also the template's example rows). */
export function rowsOfFile(file: BenchmarkFile): Partial<Record<Column, string | number>>[] {
  const out: Partial<Record<Column, string | number>>[] = [];
  for (const b of file.benchmarks) {
    for (const v of b.versions) {
      const head: Partial<Record<Column, string | number>> = {
        itemCode: b.itemCode,
        violation: b.violation,
        title: v.title,
        issuer: v.issuer,
        documentNumber: v.documentNumber,
        effectiveFrom: v.effectiveFrom,
        ...(v.effectiveTo ? { effectiveTo: v.effectiveTo } : {}),
        itemNo: v.itemNo,
        legalMin: v.legalRange.min,
        legalMax: v.legalRange.max,
        ...(v.legalRange.base ? { legalBase: BENCHMARK_BASE_LABELS[v.legalRange.base] } : {}),
        ...(v.legalRange.person
          ? { personLegalMin: v.legalRange.person.min, personLegalMax: v.legalRange.person.max }
          : {}),
        lookBackMonths: v.lookBackMonths,
      };
      for (const t of v.tiers) {
        const sets = t.when.length ? t.when : [undefined];
        for (const w of sets) {
          out.push({
            ...head,
            tierNo: t.no,
            sourceLabel: t.sourceLabel,
            tier: BENCHMARK_TIER_LABELS[t.tier],
            ...conditionCells(w),
            ...outcomeCells(t.byParty?.organisation ?? t.outcome, ''),
            ...outcomeCells(t.byParty?.person, 'person'),
          });
        }
      }
      (v.exemptions ?? []).forEach((e, i) => {
        for (const w of e.when)
          out.push({
            ...head,
            tierNo: 900 + i,
            sourceLabel: e.note ?? EXEMPTION_LIST_LABELS[e.list],
            tier: EXEMPTION_LIST_LABELS[e.list],
            // Empty unless the list has its own window (the version's is in its first rows).
            lookBackMonths: e.lookBackMonths,
            ...conditionCells(w),
            outcome: BENCHMARK_OUTCOME_LABELS.noPenalty,
          });
      });
    }
  }
  return out;
}

function addSheet(wb: ExcelJS.Workbook, rows: Partial<Record<Column, string | number>>[]) {
  const sheet = wb.addWorksheet(BENCHMARK_SHEET);
  sheet.columns = FIELDS.map((f) => ({
    header: COLUMNS[f],
    key: f,
    width: f === 'violation' || f === 'title' ? 36 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(r);
}

export async function benchmarkWorkbook(file: BenchmarkFile): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, rowsOfFile(file));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HELP: [string, string][] = [
  [
    '一行',
    '一个档次的一组适用条件。同一事项编码、违法行为、文号、施行日期的各行为一个版本；同一档次序号的多行为该档次的几组可选条件（任一组成立即适用）',
  ],
  [
    '裁量阶次',
    `${BENCHMARK_TIERS.map((t) => BENCHMARK_TIER_LABELS[t]).join('、')}；填 ${EXEMPTION_LISTS.map((l) => EXEMPTION_LIST_LABELS[l]).join('、')} 的行为减免责清单条目`,
  ],
  ['处罚标准类型', Object.values(BENCHMARK_OUTCOME_LABELS).join('、')],
  [
    '金额/下限、上限',
    '固定金额填“金额/下限”；金额幅度、单价、比例或倍数填下限和上限；起点加累进填起点和最高额，“累进每处/最高”填每增加一处的金额',
  ],
  [
    '计量或基数',
    `按单位计罚填计量（${BENCHMARK_MEASURES.map((m) => BENCHMARK_MEASURE_LABELS[m]).join('、')}）及计量单位（如 元/平方米）；按基数填基数（${BENCHMARK_BASES.map((b) => BENCHMARK_BASE_LABELS[b]).join('、')}），计量单位填“倍”或“比例”（5% 填 0.05）`,
  ],
  ['危害后果', BENCHMARK_HARMS.map((h) => BENCHMARK_HARM_LABELS[h]).join('、')],
  ['区间', '区间计量填面积、体积等；下限、上限含端点，填“是”表示不含（如“超过5平方米”为下限5、下限不含“是”）'],
  ['个人金额', '单位与个人分列金额的，单位填“金额/下限、上限”，个人填“个人金额/下限、个人上限”'],
];

export async function benchmarkTemplate(example: BenchmarkFile): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, rowsOfFile(example));
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '项目', key: 'k', width: 18 },
    { header: '说明', key: 'v', width: 110 },
  ];
  for (const [k, v] of HELP) help.addRow({ k, v });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
