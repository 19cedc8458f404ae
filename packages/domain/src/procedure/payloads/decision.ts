// The decision payload (第57条, 第59条) and its discretion part.
import type * as z from 'zod';
import {
  CASE_DISCRETION_TIERS,
  CASE_DISCRETION_TIER_LABELS,
  type CircumstancesInput,
  MENTAL_CAPACITY_LABELS,
  MITIGATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCE_LABELS,
  NO_PENALTY_GROUNDS,
  NO_PENALTY_GROUND_LABELS,
  type PenaltyTier,
} from '../rules/circumstances';
import type { BenchmarkInput } from '../rules/discretion';
import {
  BENCHMARK_BASES,
  BENCHMARK_BASE_LABELS,
  BENCHMARK_HARMS,
  BENCHMARK_HARM_LABELS,
} from '../../libraries/benchmarks/model';
import { bool, date, decimal, int, list, money, obj, oneOf, opt, req, serverFilled, text } from './fields';
import { basis, penalty } from './common';

export const circumstances = obj({
  mentalCapacity: req('辨认控制能力', oneOf(['full', 'partial', 'none'], MENTAL_CAPACITY_LABELS)),
  mitigating: req('从轻减轻情节', list(oneOf(MITIGATING_CIRCUMSTANCES, MITIGATING_CIRCUMSTANCE_LABELS), 0, 5)),
  minorPromptlyCorrectedNoHarm: req('轻微并及时改正且无危害后果', bool()),
  firstOffenceMinorHarmCorrected: req('初次违法且危害后果轻微并及时改正', bool()),
  noFaultProven: req('有证据证明没有主观过错', bool()),
}) satisfies z.ZodType<CircumstancesInput>;

/** The tiers a penalty may take (不予处罚 is an outcome, not a tier). */
export const PENALTY_TIERS = CASE_DISCRETION_TIERS.filter((t): t is PenaltyTier => t !== 'noPenalty');

export const tier = () => oneOf(PENALTY_TIERS, CASE_DISCRETION_TIER_LABELS);

const benchmark = obj({
  source: req('基准名称', text(300)),
  tiers: req(
    '阶次',
    list(obj({ tier: req('阶次', tier()), min: req('下限', money()), max: req('上限', money()) }), 1, 10),
  ),
}) satisfies z.ZodType<BenchmarkInput>;

/** Facts recorded for the benchmark calculator (the party's earlier offences come from the server). */
export const benchmarkFacts = obj({
  correctedInTime: opt('是否及时改正', bool()),
  harm: opt('危害后果', oneOf(BENCHMARK_HARMS, BENCHMARK_HARM_LABELS)),
  minorViolation: opt('违法行为轻微', bool()),
  area: opt('面积（平方米）', decimal(1e9)),
  volume: opt('体积（立方米）', decimal(1e9)),
  amount: opt('涉案金额（元）', money()),
  duration: opt('持续时间（日）', decimal(1e6)),
  quantity: opt('数量', decimal(1e9)),
  breaches: opt('违法处数/次数', int(1, 10000)),
  bases: opt(
    '计罚基数',
    obj(
      Object.fromEntries(BENCHMARK_BASES.map((b) => [b, opt(BENCHMARK_BASE_LABELS[b], money())])) as Record<
        (typeof BENCHMARK_BASES)[number],
        z.ZodOptional<ReturnType<typeof money>>
      >,
    ),
  ),
});
export type BenchmarkFactsInput = z.infer<typeof benchmarkFacts>;

/** The stored benchmark result the decision applied (the calculator's answer when it was made). */
export const appliedBenchmark = obj({
  benchmarkId: req('裁量基准', text(100)),
  versionId: req('基准版本', text(100)),
  title: req('基准名称', text(300)),
  documentNumber: req('基准文号', text(100)),
  itemNo: req('基准项号', int(1, 9999)),
  tierNo: opt('基准档次序号', int(1, 999)),
  sourceLabel: opt('基准原表述', text(100)),
  allowedMin: opt('允许罚款下限', money()),
  allowedMax: opt('允许罚款上限', money()),
  // The fine decided, as compared with the range.
  amount: opt('罚款金额', money()),
});
export type AppliedBenchmark = z.infer<typeof appliedBenchmark>;

const discretion = obj({
  tier: req('裁量阶次', tier()),
  reasoning: req('裁量理由', text(20000)),
  benchmark: opt('裁量基准', benchmark),
  // How the benchmark was applied, stated in the decision.
  benchmarkApplication: opt('基准适用说明', text(20000)),
  benchmarkFacts: opt('裁量事实', benchmarkFacts),
  applied: opt('适用的裁量基准', appliedBenchmark),
  // Why the fine departs from the benchmark's range; makes legal review mandatory.
  deviationReason: opt('偏离基准的理由', text(5000)),
});
export type DiscretionInput = z.infer<typeof discretion>;

export const education = obj({
  on: req('教育日期', date()),
  method: req('教育方式', text(200)),
  content: req('教育内容', text(20000)),
});
export type EducationRecord = z.infer<typeof education>;

const remedies = obj({
  reconsiderationBody: req('复议机关', text(300)),
  court: req('人民法院', text(300)),
  text: req('告知文字', text(2000)),
});
export type DecisionRemedies = z.infer<typeof remedies>;

export const decide = serverFilled(
  obj({
    outcome: req('处理结果', oneOf(['penalty', 'noPenalty'], { penalty: '给予行政处罚', noPenalty: '不予行政处罚' })),
    penalty: opt('行政处罚', penalty),
    noPenaltyGround: opt('不予处罚理由', oneOf(NO_PENALTY_GROUNDS, NO_PENALTY_GROUND_LABELS)),
    education: opt('教育记录', education),
    guardianOrdered: opt('已责令监护人管教', bool()),
    partyAddress: req('当事人地址', text(500)),
    facts: req('违法事实', text(50000)),
    evidenceIds: req('证据', list(text(100), 0, 1000)),
    basis: req('依据', basis(0)),
    circumstances: req('情节', circumstances),
    discretion: opt('裁量', discretion),
    performance: opt(
      '履行方式和期限',
      obj({ method: req('履行方式', text(2000)), deadline: req('履行期限', text(500)) }),
    ),
    // The agency's remedies when the form leaves them out (the server fills them).
    remedies: opt('救济途径', remedies),
    // The agency's own name when the form leaves it out (the server fills it).
    agencyName: opt('行政机关名称', text(200)),
    // 行政强制法 第45条: the 3%-per-day surcharge standard is stated (fines only).
    surchargeStandardStated: req('已载明加处罚款标准', bool()),
    // Announced and handed over on the spot (第61条), so served the same day.
    handedOverOnSpot: req('宣告后当场交付', bool()),
    correctionOrdered: opt('已责令改正', bool()),
    // 「逾期不改正的，处……」: the orders (责令改正 ids) whose 复查 found no correction, stated as the
    // ground; the server states those the case holds when the form leaves them out.
    uncorrectedOrderIds: opt('逾期未改正的责令改正', list(text(100), 0, 20)),
    // 共同违法: the party this decision concerns (required when the case names several).
    partyId: opt('当事人', text(20)),
  }),
  {
    // 决定书 number, issued by the server.
    decisionNumber: req('决定书文号', text(100)),
    agencyName: req('行政机关名称', text(200)),
  },
);
export type DecidePayload = z.infer<typeof decide.payload>;
