// Fines and their basis: one fine per act (第29条), statutory range (第30–32条), benchmark tiers
// (第34条; 国办发〔2022〕27号), the level of the cited basis (第16条). The fine against the item's
// provisions (第29–32条, 第37条): rules/fines.ts.
import { ART } from '../articles';
import type { LegalBasisLevel, LegalBasisRef } from '../payloads/common';
import type { PenaltyProposal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import { CASE_DISCRETION_TIER_LABELS, type PenaltyTier } from './circumstances';

const DEFAULT_ACT = '∅';

/**
 * 第29条: one fine per act. A line's act is its actId, else its item (one act per item), so a
 * fine made of several parts (parts of one line) is one fine. Fines in other cases: rules/fines.ts.
 */
export function checkOneFinePerAct(proposal: PenaltyProposal): CaseRefusal[] {
  const seen = new Set<string>();
  const out: CaseRefusal[] = [];
  for (const line of proposal.lines) {
    if (line.kind !== 'fine') continue;
    const act = line.actId ?? line.itemCode ?? DEFAULT_ACT;
    const label = act === DEFAULT_ACT ? '同一违法行为' : line.actId ? `违法行为 ${act}` : `事项 ${act} 的违法行为`;
    if (seen.has(act))
      out.push(
        refusal('duplicateFine', `${label}只能给予一次罚款；按不同标准计算的部分应作为同一罚款的计罚明细`, ART.oneFine),
      );
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
      refusal(
        'fineOutsideTier',
        `罚款 ${fine} 元不在“${label}”阶次 ${range.min}–${range.max} 元的范围内`,
        ART.benchmark,
      ),
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
