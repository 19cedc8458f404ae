// The discretion benchmark library (裁量基准): list, detail, versions, JSON and Excel exchange, and
// the calculator's answer for a case. The version content is the domain's JSON format
// (docs/BENCHMARK-FORMATS.md).
import { z } from 'zod';
import { BENCHMARK_BASES, BENCHMARK_HARMS, BENCHMARK_TIERS, benchmarkFileSchema, versionSchema } from '@zhifa/domain';
import { commandId, isoDate, text, uuid } from './common';

export const benchmarkFindingView = z.object({
  severity: z.enum(['error', 'warning', 'note']),
  code: z.string(),
  message: z.string(),
  tiers: z.array(z.number()),
});
export type BenchmarkFindingView = z.infer<typeof benchmarkFindingView>;

export const listBenchmarksQuery = z.strictObject({
  itemCode: text(100).optional(),
  q: text(100).optional(),
});

export const benchmarkSummaryView = z.object({
  id: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  violation: z.string(),
  versions: z.number(),
  /** The version in force today, if any. */
  current: z
    .object({
      id: z.string(),
      title: z.string(),
      documentNumber: z.string(),
      issuer: z.string(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
      tiers: z.number(),
      outcomeKinds: z.array(z.string()),
    })
    .nullable(),
});
export const benchmarkListView = z.array(benchmarkSummaryView);
export type BenchmarkSummary = z.infer<typeof benchmarkSummaryView>;

export const benchmarkVersionView = z.object({
  id: z.string(),
  versionNo: z.number(),
  content: versionSchema,
  findings: z.array(benchmarkFindingView),
  createdAt: z.string(),
});
export type BenchmarkVersionView = z.infer<typeof benchmarkVersionView>;

export const benchmarkDetailView = z.object({
  id: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  violation: z.string(),
  versions: z.array(benchmarkVersionView),
});
export type BenchmarkDetail = z.infer<typeof benchmarkDetailView>;

export const createBenchmarkBody = z.strictObject({
  itemCode: text(100, 1),
  violation: text(500, 1),
  version: versionSchema,
  commandId,
});
export const addBenchmarkVersionBody = z.strictObject({ version: versionSchema, commandId });
export const savedBenchmarkResult = z.object({
  id: z.string(),
  versionId: z.string(),
  findings: z.array(benchmarkFindingView),
});

export const importBenchmarksJsonBody = z.strictObject({ file: benchmarkFileSchema, commandId });
export const importBenchmarksExcelBody = z.strictObject({
  fileName: text(200, 1).regex(/\.xlsx$/i, '请上传 Excel 工作簿（.xlsx），可先下载导入模板'),
  content: text(1_000_000, 1).regex(/^[A-Za-z0-9+/=\r\n]+$/, '文件内容应为 Base64 编码'),
  commandId,
});
export const importBenchmarksResult = z.object({
  benchmarks: z.number(),
  versions: z.number(),
  /** Warnings and notes of the saved tables (gaps, touching ends, overlaps). */
  findings: z.array(z.object({ itemCode: z.string(), violation: z.string(), finding: benchmarkFindingView })),
});
export const benchmarkFileView = benchmarkFileSchema;

/** The case's facts for the calculator, as query parameters (numbers as text). */
const num = z.coerce.number().min(0).max(1e11).optional();
const flag = z.enum(['true', 'false']).optional();
export const caseBenchmarkQuery = z.strictObject({
  benchmarkId: uuid.optional(),
  partyId: text(20).optional(),
  correctedInTime: flag,
  minorViolation: flag,
  mitigating: flag,
  harm: z.enum(BENCHMARK_HARMS).optional(),
  area: num,
  volume: num,
  amount: num,
  duration: num,
  quantity: num,
  breaches: z.coerce.number().int().min(1).max(10000).optional(),
  illegalIncome: num,
  goodsValue: num,
  projectCost: num,
  salesAmount: num,
});
export type CaseBenchmarkQuery = z.infer<typeof caseBenchmarkQuery>;
/**
 * The calculator before a case exists (the on-the-spot form): the item, the party's kind and birth
 * date, the act's date and the same facts as a case's query. No earlier offences are looked up.
 */
export const itemBenchmarkQuery = caseBenchmarkQuery.omit({ partyId: true }).extend({
  itemCode: text(100, 1),
  partyKind: z.enum(['person', 'organisation']),
  birthDate: isoDate.optional(),
  actDate: isoDate,
});
export type ItemBenchmarkQuery = z.infer<typeof itemBenchmarkQuery>;
/** The bases a query may carry, in the domain's order. */
export const CASE_BENCHMARK_BASES = BENCHMARK_BASES;

export const benchmarkResultView = z.object({
  benchmarkId: z.string(),
  versionId: z.string(),
  itemCode: z.string(),
  violation: z.string(),
  title: z.string(),
  documentNumber: z.string(),
  itemNo: z.number(),
  effectiveFrom: z.string(),
  versionReason: z.string(),
  tier: z.enum(BENCHMARK_TIERS).nullable(),
  tierNo: z.number().nullable(),
  sourceLabel: z.string().nullable(),
  reasons: z.array(z.string()),
  override: z.object({ article: z.string(), text: z.string() }).nullable(),
  exemption: z.string().nullable(),
  mayNotPenalise: z.boolean(),
  outcomeKind: z.string().nullable(),
  allowed: z.object({ min: z.number(), max: z.number() }).nullable(),
  missingFacts: z.array(z.string()),
  explanation: z.string(),
});
export type BenchmarkResultView = z.infer<typeof benchmarkResultView>;

export const caseBenchmarkView = z.object({
  /** The benchmarks of the case's items (several violations may share an item). */
  benchmarks: z.array(z.object({ id: z.string(), itemCode: z.string(), violation: z.string() })),
  /** Earlier offences of this party under the item within the record (act dates). */
  priorOffenceDates: z.array(z.string()),
  actDate: z.string().nullable(),
  result: benchmarkResultView.nullable(),
});
export type CaseBenchmarkView = z.infer<typeof caseBenchmarkView>;
