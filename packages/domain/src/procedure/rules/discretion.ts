// Fines and their basis: one fine per act (第29条), statutory range (第30–32条), benchmark tiers
// (第34条; 国办发〔2022〕27号), the level of the cited basis (第16条), 从旧兼从轻 (第37条).
import { ART } from '../articles';
import type { LegalBasisLevel, LegalBasisRef } from '../payloads/common';
import { type PenaltyProposal, isHeavier } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import { CASE_DISCRETION_TIER_LABELS, type PenaltyTier } from './circumstances';

const DEFAULT_ACT = '∅';

/** 第29条: at most one fine line per act, and none for an act already fined elsewhere. */
export function checkOneFinePerAct(proposal: PenaltyProposal, priorFinedActIds: readonly string[] = []): CaseRefusal[] {
  const seen = new Set<string>();
  const out: CaseRefusal[] = [];
  for (const line of proposal.lines) {
    if (line.kind !== 'fine') continue;
    const act = line.actId ?? DEFAULT_ACT;
    const label = act === DEFAULT_ACT ? '同一违法行为' : `违法行为 ${act}`;
    if (seen.has(act)) {
      out.push(refusal('duplicateFine', `${label}只能给予一次罚款`, ART.oneFine));
    } else if (priorFinedActIds.includes(act)) {
      out.push(refusal('alreadyFined', `${label}已被处以罚款，不得再次罚款`, ART.oneFine));
    }
    seen.add(act);
  }
  return out;
}

export interface FineNorm {
  article: string;
  maxFine: number;
}

/** 第29条: when one act breaks several norms, the fine is imposed under the one with the higher fine. */
export function chooseHigherFineNorm<T extends FineNorm>(norms: readonly T[]): T | null {
  return norms.reduce<T | null>((best, n) => (best === null || n.maxFine > best.maxFine ? n : best), null);
}

export interface FineRangeInput {
  fine: number;
  statutoryMin?: number;
  statutoryMax?: number;
  tier: PenaltyTier;
  reasoning?: string;
  /** A 第30–32条 circumstance (or one set by law) that allows going below the minimum. */
  hasMitigatingCircumstance: boolean;
}

/** Above the maximum is unlawful; below the minimum only as 减轻 with a circumstance and reasons. */
export function checkFineRange(input: FineRangeInput): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (input.statutoryMax !== undefined && input.fine > input.statutoryMax) {
    out.push(refusal('fineAboveMaximum', `罚款 ${input.fine} 元超过法定最高额 ${input.statutoryMax} 元`, ART.discretionGuidance));
  }
  if (input.statutoryMin !== undefined && input.fine < input.statutoryMin) {
    if (input.tier !== 'mitigated') {
      out.push(refusal('belowMinimumNotMitigated', `罚款低于法定最低额 ${input.statutoryMin} 元，只能作为减轻处罚`, ART.mitigating));
    }
    if (!input.hasMitigatingCircumstance) {
      out.push(refusal('mitigationWithoutCircumstance', '减轻处罚必须记录法定的减轻情节', ART.mitigating));
    }
    if (!input.reasoning?.trim()) {
      out.push(refusal('mitigationWithoutReasons', '减轻处罚必须说明理由', ART.discretionGuidance));
    }
  }
  return out;
}

export interface BenchmarkTierRange {
  tier: PenaltyTier;
  min: number;
  max: number;
}

export interface BenchmarkInput {
  source: string;
  tiers: BenchmarkTierRange[];
}

/** 第34条: the fine lies in the selected tier's range, and the decision says how the benchmark applied. */
export function checkBenchmarkTier(
  fine: number,
  tier: PenaltyTier,
  benchmark: BenchmarkInput,
  application: string | undefined,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const range = benchmark.tiers.find((t) => t.tier === tier);
  const label = CASE_DISCRETION_TIER_LABELS[tier];
  if (!range) {
    out.push(refusal('benchmarkTierMissing', `裁量基准“${benchmark.source}”没有“${label}”阶次`, ART.benchmark));
  } else if (fine < range.min || fine > range.max) {
    out.push(
      refusal('fineOutsideTier', `罚款 ${fine} 元不在“${label}”阶次 ${range.min}–${range.max} 元的范围内`, ART.benchmark),
    );
  }
  if (!application?.trim()) {
    out.push(refusal('benchmarkApplicationMissing', '处罚决定必须说明裁量阶次及裁量基准的适用情况', ART.benchmark));
  }
  return out;
}

const BINDING_LEVELS: LegalBasisLevel[] = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentRule',
  'localRule',
];

/** 第16条: only 法律, 法规 and 规章 may ground a penalty; 规范性文件 and benchmarks cannot. */
export function checkPenaltyBasis(basis: readonly LegalBasisRef[]): CaseRefusal[] {
  const binding = basis.filter((b) => BINDING_LEVELS.includes(b.level) && b.article.trim() !== '');
  if (binding.length > 0) return [];
  return [
    refusal(
      'basisNotBinding',
      '处罚依据必须引用法律、法规或者规章的具体条款，规范性文件和裁量基准只能作为裁量说理',
      ART.basisLevels,
    ),
  ];
}

export interface RuleVersion {
  id: string;
  effectiveFrom: string;
  /** Last day in force; absent while in force. */
  effectiveTo?: string;
  /** The heaviest penalty the version allows for the act; null if the act is no longer a violation. */
  maxPenalty: PenaltyProposal | null;
}

function inForce(v: RuleVersion, date: string): boolean {
  return v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo);
}

/**
 * 第37条 (从旧兼从轻): the version in force at the act, unless the version in force at the decision
 * is lighter or no longer punishes the act. Returns null when neither version is found.
 */
export function chooseApplicableVersion(
  versions: readonly RuleVersion[],
  actDate: string,
  decisionDate: string,
): { version: RuleVersion; reason: 'old' | 'newLighter' | 'decriminalised' } | null {
  const old = versions.find((v) => inForce(v, actDate)) ?? null;
  const current = versions.find((v) => inForce(v, decisionDate)) ?? null;
  if (!old) return current ? { version: current, reason: current.maxPenalty === null ? 'decriminalised' : 'newLighter' } : null;
  if (!current || current.id === old.id) return { version: old, reason: 'old' };
  if (current.maxPenalty === null) return { version: current, reason: 'decriminalised' };
  if (old.maxPenalty === null) return { version: old, reason: 'old' };
  const newLighter = isHeavier(old.maxPenalty, current.maxPenalty) && !isHeavier(current.maxPenalty, old.maxPenalty);
  return newLighter ? { version: current, reason: 'newLighter' } : { version: old, reason: 'old' };
}

