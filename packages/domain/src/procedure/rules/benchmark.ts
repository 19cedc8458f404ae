// The stored benchmark in the decision (行政处罚法 第34条; 国办发〔2022〕27号): the fine lies in the
// range the benchmark allows, or the decision states why it departs, and then legal review is
// mandatory (第58条, the county's 法制审核目录 ground 「偏离裁量基准」).
import {
  calculateBenchmark,
  withinAllowed,
  type BenchmarkFacts,
  type BenchmarkResult,
} from '../../libraries/benchmarks/calculate';
import { BENCHMARK_TIER_LABELS } from '../../libraries/benchmarks/model';
import { ART } from '../articles';
import type { CaseBenchmark } from '../context';
import type { BenchmarkFactsInput, DiscretionInput } from '../payloads/decision';
import type { CircumstancesInput } from './circumstances';
import { type CaseRefusal, refusal } from '../refusal';

export interface StoredBenchmarkInput {
  benchmarks: readonly CaseBenchmark[];
  /** The benchmark the form chose (several violations under one item); else the first. */
  benchmarkId?: string | undefined;
  partyKind: 'person' | 'organisation';
  ageAtAct: number | null;
  circumstances?: CircumstancesInput | undefined;
  facts?: BenchmarkFactsInput | undefined;
  actDate: string | null;
  decisionDate: string;
}

/** The calculator's answer for the case, with the outside facts the server supplied. */
export function storedBenchmarkResult(i: StoredBenchmarkInput): BenchmarkResult | null {
  const chosen = i.benchmarks.find((b) => b.benchmarkId === i.benchmarkId) ?? i.benchmarks[0];
  if (!chosen || !i.actDate) return null;
  const c = i.circumstances;
  const facts: BenchmarkFacts = {
    ...(i.facts ?? {}),
    priorOffenceDates: chosen.priorOffenceDates,
    ...(c ? { mentalCapacity: c.mentalCapacity, mitigating: c.mitigating.length > 0 } : {}),
    // 第33条第1款 recorded as one circumstance: minor, promptly corrected, no harm.
    ...(c?.minorPromptlyCorrectedNoHarm ? { minorViolation: true, correctedInTime: true, harm: 'none' as const } : {}),
  };
  return calculateBenchmark({
    versions: chosen.versions,
    party: { kind: i.partyKind, ageAtAct: i.ageAtAct },
    facts,
    actDate: i.actDate,
    decisionDate: i.decisionDate,
  });
}

export interface StoredBenchmarkCheck {
  refusals: CaseRefusal[];
  /** The fine or tier departs from the benchmark with a stated reason: legal review is mandatory. */
  deviation: boolean;
}

/** What a decision states about the benchmark: the ordinary decision's discretion part, or the on-the-spot form's fields. */
export type StoredBenchmarkStatement = Pick<DiscretionInput, 'applied' | 'deviationReason' | 'benchmarkApplication'> & {
  tier?: DiscretionInput['tier'] | undefined;
};

/**
 * 第34条: a fine outside the benchmark's range needs a written reason; the decision states how it applied.
 * `legalReview`: the ordinary procedure's departure also goes to legal review (第58条); the summary
 * procedure has none (第51–52条), so there the written reason is what is required.
 */
export function checkStoredBenchmark(
  result: BenchmarkResult | null,
  fine: number,
  d: StoredBenchmarkStatement | undefined,
  { legalReview = true, applicationRequired = true }: { legalReview?: boolean; applicationRequired?: boolean } = {},
): StoredBenchmarkCheck {
  if (!result) return { refusals: [], deviation: false };
  const out: CaseRefusal[] = [];
  const reason = d?.deviationReason?.trim();
  const then = legalReview ? '，并经法制审核' : '';
  if (d?.applied && d.applied.versionId !== result.versionId) {
    out.push(
      refusal(
        'benchmarkChanged',
        `适用的裁量基准版本应为《${result.title}》（${result.documentNumber}），请重新计算裁量结果`,
        ART.oldOrLenient,
      ),
    );
  }
  const outsideRange = result.allowed !== null && !withinAllowed(fine, result.allowed);
  const otherTier =
    result.tier !== null && result.tier !== 'noPenalty' && d?.tier !== undefined && d.tier !== result.tier;
  if ((outsideRange || otherTier) && !reason) {
    out.push(
      outsideRange && result.allowed
        ? refusal(
            'fineOutsideBenchmark',
            `罚款 ${fine} 元不在裁量基准允许的 ${result.allowed.min}–${result.allowed.max} 元范围内；偏离裁量基准的，应当书面说明理由${then}`,
            ART.benchmark,
          )
        : refusal(
            'tierOutsideBenchmark',
            `按裁量基准应属“${BENCHMARK_TIER_LABELS[result.tier!]}”；适用其他阶次的，应当书面说明理由${then}`,
            ART.benchmark,
          ),
    );
  }
  if (applicationRequired && !d?.benchmarkApplication?.trim()) {
    out.push(refusal('benchmarkApplicationMissing', '处罚决定必须说明裁量阶次及裁量基准的适用情况', ART.benchmark));
  }
  return { refusals: out, deviation: (outsideRange || otherTier) && !!reason };
}
