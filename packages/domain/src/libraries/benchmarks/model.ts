// The discretion benchmark library (裁量基准, 行政处罚法 第34条; 国办发〔2022〕27号): a benchmark
// belongs to one violation of one catalogue item and has versions; a version divides the legal
// range into tiers, each with the source table's own label, conditions over the case's facts and
// an outcome. The JSON exchange format (docs/BENCHMARK-FORMATS.md) is this model, checked by zod.
import * as z from 'zod';

export const BENCHMARK_FORMAT = 'zhifa.benchmarks/1';

/** Our tiers, lightest first (the case's 裁量阶次); a table's own labels map onto them. */
export const BENCHMARK_TIERS = ['noPenalty', 'mitigated', 'lenient', 'standard', 'severe'] as const;
export type BenchmarkTier = (typeof BENCHMARK_TIERS)[number];
export const BENCHMARK_TIER_LABELS: Record<BenchmarkTier, string> = {
  noPenalty: '不予处罚',
  mitigated: '减轻',
  lenient: '从轻',
  standard: '一般',
  severe: '从重',
};
export const tierRank = (t: BenchmarkTier): number => BENCHMARK_TIERS.indexOf(t);

export const BENCHMARK_PARTY_TYPES = ['organisation', 'person'] as const;
export type BenchmarkPartyType = (typeof BENCHMARK_PARTY_TYPES)[number];
export const BENCHMARK_PARTY_TYPE_LABELS: Record<BenchmarkPartyType, string> = { organisation: '单位', person: '个人' };

/** Facts measured in a case that a tier's bands and per-unit rates read. */
export const BENCHMARK_MEASURES = ['area', 'volume', 'amount', 'duration', 'quantity'] as const;
export type BenchmarkMeasure = (typeof BENCHMARK_MEASURES)[number];
export const BENCHMARK_MEASURE_LABELS: Record<BenchmarkMeasure, string> = {
  area: '面积',
  volume: '体积',
  amount: '涉案金额',
  duration: '持续时间',
  quantity: '数量',
};

/** Bases of a percentage or multiple (违法所得, 货值, 工程造价 and the like). */
export const BENCHMARK_BASES = ['illegalIncome', 'goodsValue', 'projectCost', 'salesAmount'] as const;
export type BenchmarkBase = (typeof BENCHMARK_BASES)[number];
export const BENCHMARK_BASE_LABELS: Record<BenchmarkBase, string> = {
  illegalIncome: '违法所得',
  goodsValue: '货值金额',
  projectCost: '工程造价',
  salesAmount: '销售金额',
};

export const BENCHMARK_HARMS = ['none', 'minor', 'general', 'serious'] as const;
export type BenchmarkHarm = (typeof BENCHMARK_HARMS)[number];
export const BENCHMARK_HARM_LABELS: Record<BenchmarkHarm, string> = {
  none: '未造成危害后果',
  minor: '危害后果轻微',
  general: '造成一定危害后果',
  serious: '危害后果严重',
};

export const EXEMPTION_LISTS = ['firstOffence', 'minor', 'inclusive'] as const;
export type ExemptionList = (typeof EXEMPTION_LISTS)[number];
export const EXEMPTION_LIST_LABELS: Record<ExemptionList, string> = {
  firstOffence: '首违不罚',
  minor: '轻微不罚',
  inclusive: '包容免罚',
};

const money = z.number().finite().min(0).max(1e11);
const positive = z.number().finite().min(0).max(1e9);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

/**
 * A band over one measure. Ends are included unless marked open, so 「5–10平方米」 after
 * 「5平方米以下」 touches at 5 (the calculator puts an exact boundary value in the lighter band).
 */
export const bandSchema = z
  .object({
    min: positive.optional(),
    max: positive.optional(),
    /** 「超过5平方米」: the lower end is not part of the band. */
    minOpen: z.boolean().optional(),
    /** 「不满10平方米」: the upper end is not part of the band. */
    maxOpen: z.boolean().optional(),
  })
  .strict()
  .refine((b) => b.min !== undefined || b.max !== undefined, '区间至少要有下限或上限')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, '区间下限不能大于上限');
export type BenchmarkBand = z.infer<typeof bandSchema>;

/** All of these must hold (an absent key is no condition). */
export const conditionSetSchema = z
  .object({
    /** 初次违法: no earlier offence of this kind within the version's look-back window. */
    firstOffence: z.boolean().optional(),
    /** Earlier offences within the window: 「再次」 is {min:1,max:1}, 「三次及以上」 {min:2}. */
    priorOffences: z
      .object({ min: z.number().int().min(0).max(100).optional(), max: z.number().int().min(0).max(100).optional() })
      .strict()
      .optional(),
    correctedInTime: z.boolean().optional(),
    /** The harm is at most / at least this level. */
    harmAtMost: z.enum(BENCHMARK_HARMS).optional(),
    harmAtLeast: z.enum(BENCHMARK_HARMS).optional(),
    area: bandSchema.optional(),
    volume: bandSchema.optional(),
    amount: bandSchema.optional(),
    duration: bandSchema.optional(),
    quantity: bandSchema.optional(),
    partyType: z.enum(BENCHMARK_PARTY_TYPES).optional(),
  })
  .strict();
export type BenchmarkConditionSet = z.infer<typeof conditionSetSchema>;

export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('noPenalty') }).strict(),
  z.object({ kind: z.literal('fixed'), amount: money }).strict(),
  z
    .object({ kind: z.literal('range'), min: money, max: money })
    .strict()
    .refine((o) => o.min <= o.max, '幅度下限不能大于上限'),
  z
    .object({
      kind: z.literal('perUnit'),
      measure: z.enum(BENCHMARK_MEASURES),
      /** 「元/平方米」 */
      unit: z.string().min(1).max(20),
      rateMin: money,
      rateMax: money,
    })
    .strict()
    .refine((o) => o.rateMin <= o.rateMax, '单价下限不能大于上限'),
  z
    .object({
      kind: z.literal('ofBase'),
      base: z.enum(BENCHMARK_BASES),
      /** Factors of the base: 0.05 is 5%, 1.6 is 1.6倍. */
      factorMin: z.number().finite().min(0).max(100),
      factorMax: z.number().finite().min(0).max(100),
      /** How the source states it: 「百分之」 or 「倍」. */
      style: z.enum(['percent', 'multiple']),
    })
    .strict()
    .refine((o) => o.factorMin <= o.factorMax, '比例或倍数下限不能大于上限'),
  z
    .object({
      kind: z.literal('additive'),
      /** The first breach. */
      start: money,
      /** Each further breach (每增加一处/一次). */
      perFurther: money,
      cap: money,
    })
    .strict(),
]);
export type BenchmarkOutcome = z.infer<typeof outcomeSchema>;
export type BenchmarkOutcomeKind = BenchmarkOutcome['kind'];
export const BENCHMARK_OUTCOME_LABELS: Record<BenchmarkOutcomeKind, string> = {
  noPenalty: '不予处罚',
  fixed: '固定金额',
  range: '金额幅度',
  perUnit: '按单位计罚',
  ofBase: '按基数比例或倍数',
  additive: '起点加累进（有上限）',
};

export const tierSchema = z
  .object({
    /** 序号 in the source table. */
    no: z.number().int().min(1).max(999),
    /** The source's own label: 初次, 较重, 情节严重, 5平方米以下 …  */
    sourceLabel: z.string().min(1).max(100),
    tier: z.enum(BENCHMARK_TIERS),
    /** Any one set suffices (「……或者再次违法的」); empty means the tier always applies. */
    when: z.array(conditionSetSchema).max(10),
    outcome: outcomeSchema,
    /** Separate outcomes for 单位 and 个人 where the table has two columns. */
    byParty: z.object({ organisation: outcomeSchema.optional(), person: outcomeSchema.optional() }).strict().optional(),
    /** 处罚标准 as the table words it (kept for the reader). */
    text: z.string().max(2000).optional(),
  })
  .strict();
export type BenchmarkTierRow = z.infer<typeof tierSchema>;

/** The legal range the version divides: amounts in yuan, or factors of a base. */
export const legalRangeSchema = z
  .object({
    min: z.number().finite().min(0).max(1e11),
    max: z.number().finite().min(0).max(1e11),
    /** Absent: amounts in yuan. */
    base: z.enum(BENCHMARK_BASES).optional(),
    /** For 个人 where the law sets a separate range. */
    person: z
      .object({ min: z.number().finite().min(0).max(1e11), max: z.number().finite().min(0).max(1e11) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => r.min <= r.max, '法定幅度下限不能大于上限');
export type BenchmarkLegalRange = z.infer<typeof legalRangeSchema>;

export const exemptionSchema = z
  .object({
    list: z.enum(EXEMPTION_LISTS),
    /** Any one set suffices. */
    when: z.array(conditionSetSchema).min(1).max(10),
    /** 「初次」 looks back this many months (per list; 0 = ever). */
    lookBackMonths: z.number().int().min(0).max(120).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type BenchmarkExemption = z.infer<typeof exemptionSchema>;

export const versionSchema = z
  .object({
    /** 《……裁量基准》 */
    title: z.string().min(1).max(300),
    issuer: z.string().min(1).max(200),
    /** 江司发〔2024〕3号 */
    documentNumber: z.string().min(1).max(100),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().optional(),
    /** The benchmark's 项 number (「第N项」). */
    itemNo: z.number().int().min(1).max(9999),
    /** 违法依据 and 处罚依据 as cited. */
    basis: z.string().max(2000).optional(),
    legalRange: legalRangeSchema,
    /** Look-back window for 初次/再次 (months; 0 = ever). */
    lookBackMonths: z.number().int().min(0).max(120),
    tiers: z.array(tierSchema).min(1).max(30),
    exemptions: z.array(exemptionSchema).max(10).optional(),
  })
  .strict()
  .refine((v) => !v.effectiveTo || v.effectiveTo >= v.effectiveFrom, '失效日期不能早于生效日期');
export type BenchmarkVersionContent = z.infer<typeof versionSchema>;

export const benchmarkSchema = z
  .object({
    itemCode: z.string().min(1).max(100),
    /** The violation within the item (违法行为). */
    violation: z.string().min(1).max(500),
    versions: z.array(versionSchema).min(1).max(20),
  })
  .strict();
export type BenchmarkContent = z.infer<typeof benchmarkSchema>;

export const benchmarkFileSchema = z
  .object({ format: z.literal(BENCHMARK_FORMAT), benchmarks: z.array(benchmarkSchema).min(1).max(2000) })
  .strict();
export type BenchmarkFile = z.infer<typeof benchmarkFileSchema>;

/** A stored version, as the calculator reads it. */
export interface BenchmarkVersion extends BenchmarkVersionContent {
  benchmarkId: string;
  versionId: string;
  itemCode: string;
  violation: string;
}
