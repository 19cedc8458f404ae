// The save-time check of a benchmark version (国办发〔2022〕27号: tiers stay within the legal range;
// 行政处罚法 第34条): outcomes inside the legal range, tiers consistent with their outcomes, and the
// bands over each measure checked for gaps, touching ends and overlaps. Errors refuse the save;
// warnings and notes are shown and kept.
import {
  BENCHMARK_MEASURES,
  BENCHMARK_MEASURE_LABELS,
  BENCHMARK_PARTY_TYPES,
  BENCHMARK_PARTY_TYPE_LABELS,
  BENCHMARK_TIER_LABELS,
  type BenchmarkBand,
  type BenchmarkMeasure,
  type BenchmarkOutcome,
  type BenchmarkPartyType,
  type BenchmarkTierRow,
  type BenchmarkVersionContent,
} from './model';
import { bandText, yuan } from './text';

export type BenchmarkFindingSeverity = 'error' | 'warning' | 'note';
export interface BenchmarkFinding {
  severity: BenchmarkFindingSeverity;
  code: 'outsideLegalRange' | 'tierOutcomeMismatch' | 'gap' | 'touching' | 'overlap' | 'duplicateNo';
  message: string;
  /** 序号 of the tiers concerned. */
  tiers: number[];
}

/** The legal range in yuan for a party type, when the version's range is in yuan. */
export function legalYuanRange(
  v: BenchmarkVersionContent,
  party: BenchmarkPartyType,
): { min: number; max: number } | null {
  if (v.legalRange.base) return null;
  return party === 'person' && v.legalRange.person ? v.legalRange.person : v.legalRange;
}

export function outcomeFor(t: BenchmarkTierRow, party: BenchmarkPartyType): BenchmarkOutcome {
  return t.byParty?.[party] ?? t.outcome;
}

/** Fixed amounts and amount ranges against the legal range (per-unit, base and additive depend on facts). */
function checkOutcome(v: BenchmarkVersionContent, t: BenchmarkTierRow, party: BenchmarkPartyType): BenchmarkFinding[] {
  const o = outcomeFor(t, party);
  const out: BenchmarkFinding[] = [];
  const who = t.byParty ? `（${BENCHMARK_PARTY_TYPE_LABELS[party]}）` : '';
  if ((o.kind === 'noPenalty') !== (t.tier === 'noPenalty')) {
    out.push({
      severity: 'error',
      code: 'tierOutcomeMismatch',
      message: `第${t.no}档“${t.sourceLabel}”${who}：阶次为“${BENCHMARK_TIER_LABELS[t.tier]}”，处罚标准却是“${o.kind === 'noPenalty' ? '不予处罚' : '罚款'}”`,
      tiers: [t.no],
    });
    return out;
  }
  if (o.kind === 'ofBase' && v.legalRange.base && o.base === v.legalRange.base) {
    if (o.factorMax > v.legalRange.max || (t.tier !== 'mitigated' && o.factorMin < v.legalRange.min)) {
      out.push({
        severity: 'error',
        code: 'outsideLegalRange',
        message: `第${t.no}档“${t.sourceLabel}”${who}：${o.factorMin}–${o.factorMax}倍超出法定${v.legalRange.min}–${v.legalRange.max}倍`,
        tiers: [t.no],
      });
    }
    return out;
  }
  const legal = legalYuanRange(v, party);
  if (!legal) return out;
  const span =
    o.kind === 'fixed'
      ? [o.amount, o.amount]
      : o.kind === 'range'
        ? [o.min, o.max]
        : o.kind === 'additive'
          ? [o.start, o.cap]
          : null;
  if (!span) return out;
  const [lo, hi] = span as [number, number];
  if (hi > legal.max) {
    out.push({
      severity: 'error',
      code: 'outsideLegalRange',
      message: `第${t.no}档“${t.sourceLabel}”${who}：${yuan(hi)}高于法定上限${yuan(legal.max)}`,
      tiers: [t.no],
    });
  } else if (lo < legal.min && t.tier !== 'mitigated') {
    out.push({
      severity: 'error',
      code: 'outsideLegalRange',
      message: `第${t.no}档“${t.sourceLabel}”${who}：${yuan(lo)}低于法定下限${yuan(legal.min)}，只有“减轻”档可以低于法定下限`,
      tiers: [t.no],
    });
  }
  return out;
}

interface Placed {
  no: number;
  label: string;
  band: BenchmarkBand;
}

const lo = (b: BenchmarkBand) => b.min ?? 0;
const hi = (b: BenchmarkBand) => b.max ?? Infinity;

/** Bands over one measure, for one party type: gaps between them, ends they share, overlaps. */
function checkBands(measure: BenchmarkMeasure, placed: Placed[], who: string): BenchmarkFinding[] {
  const out: BenchmarkFinding[] = [];
  const sorted = [...placed].sort((a, b) => lo(a.band) - lo(b.band) || hi(a.band) - hi(b.band));
  const name = BENCHMARK_MEASURE_LABELS[measure];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    const aHi = hi(a.band);
    const bLo = lo(b.band);
    const both = [a.no, b.no];
    const ab = `第${a.no}档“${a.label}”（${bandText(measure, a.band)}）与第${b.no}档“${b.label}”（${bandText(measure, b.band)}）`;
    if (aHi < bLo || (aHi === bLo && a.band.maxOpen && b.band.minOpen)) {
      out.push({
        severity: 'warning',
        code: 'gap',
        message: `${who}${name}：${ab}之间有空档，${aHi === bLo ? `恰为 ${aHi}` : `${aHi} 至 ${bLo} 之间`}的情形没有对应档次`,
        tiers: both,
      });
    } else if (aHi === bLo && !a.band.maxOpen && !b.band.minOpen) {
      out.push({
        severity: 'note',
        code: 'touching',
        message: `${who}${name}：${ab}在 ${aHi} 处相接，边界值 ${aHi} 同属两档，按较轻的第${a.no}档“${a.label}”处理`,
        tiers: both,
      });
    } else if (aHi > bLo) {
      out.push({
        severity: 'warning',
        code: 'overlap',
        message: `${who}${name}：${ab}在 ${bLo} 至 ${aHi === Infinity ? '以上' : aHi} 之间重叠，重叠部分按较轻的档次处理`,
        tiers: both,
      });
    }
  }
  return out;
}

export function checkBenchmarkVersion(v: BenchmarkVersionContent): BenchmarkFinding[] {
  const out: BenchmarkFinding[] = [];
  const nos = new Set<number>();
  for (const t of v.tiers) {
    if (nos.has(t.no))
      out.push({ severity: 'error', code: 'duplicateNo', message: `档次序号 ${t.no} 重复`, tiers: [t.no] });
    nos.add(t.no);
  }
  const parties: BenchmarkPartyType[] =
    v.tiers.some((t) => t.byParty) || v.legalRange.person ? [...BENCHMARK_PARTY_TYPES] : ['organisation'];
  const seen = new Set<string>();
  for (const party of parties) {
    for (const t of v.tiers) {
      // A tier written for one party type is checked against that party's range only.
      if (t.when.length > 0 && t.when.every((w) => w.partyType !== undefined && w.partyType !== party)) continue;
      for (const f of checkOutcome(v, t, party)) {
        if (seen.has(f.message)) continue;
        seen.add(f.message);
        out.push(f);
      }
    }
  }
  for (const party of BENCHMARK_PARTY_TYPES) {
    const partyTiers = v.tiers.filter(
      (t) => t.when.every((w) => !w.partyType) || t.when.some((w) => w.partyType === party),
    );
    const split = v.tiers.some((t) => t.when.some((w) => w.partyType));
    if (!split && party === 'person') break;
    for (const measure of BENCHMARK_MEASURES) {
      const placed: Placed[] = [];
      for (const t of partyTiers) {
        for (const w of t.when) {
          const band = w[measure];
          if (band && (!w.partyType || w.partyType === party)) placed.push({ no: t.no, label: t.sourceLabel, band });
        }
      }
      if (placed.length > 1)
        out.push(...checkBands(measure, placed, split ? `${BENCHMARK_PARTY_TYPE_LABELS[party]}，` : ''));
    }
  }
  return out;
}

export const hasErrors = (findings: readonly BenchmarkFinding[]): boolean =>
  findings.some((f) => f.severity === 'error');
