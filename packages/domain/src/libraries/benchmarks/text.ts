// Wording of amounts, bands and outcomes in the decision's explanation sentence.
import {
  BENCHMARK_BASE_LABELS,
  BENCHMARK_MEASURE_LABELS,
  type BenchmarkBand,
  type BenchmarkConditionSet,
  type BenchmarkMeasure,
  type BenchmarkOutcome,
} from './model';

export const MEASURE_UNITS: Record<BenchmarkMeasure, string> = {
  area: '平方米',
  volume: '立方米',
  amount: '元',
  duration: '日',
  quantity: '件',
};

/** Amounts as the decision writes them: whole yuan without decimals, otherwise two places. */
export function yuan(n: number): string {
  return Number.isInteger(n) ? `${n}元` : `${n.toFixed(2)}元`;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

export function bandText(measure: BenchmarkMeasure, b: BenchmarkBand): string {
  const u = MEASURE_UNITS[measure];
  const low =
    b.min !== undefined && b.min > 0 ? `${b.minOpen ? '超过' : ''}${num(b.min)}${u}${b.minOpen ? '' : '以上'}` : '';
  const high = b.max !== undefined ? `${b.maxOpen ? '不满' : ''}${num(b.max)}${u}${b.maxOpen ? '' : '以下'}` : '';
  if (low && high) return `${low}${high}`;
  return low || high || `任意${BENCHMARK_MEASURE_LABELS[measure]}`;
}

export function rangeText(min: number, max: number): string {
  return min === max ? `处罚款${yuan(min)}` : `在${yuan(min)}至${yuan(max)}幅度内处罚`;
}

/** How the outcome was computed, before the resulting amount (empty for a plain amount or range). */
export function outcomeBasisText(o: BenchmarkOutcome, value: number | undefined, breaches: number): string {
  switch (o.kind) {
    case 'perUnit': {
      const rate =
        o.rateMin === o.rateMax ? `${num(o.rateMin)}${o.unit}` : `${num(o.rateMin)}至${num(o.rateMax)}${o.unit}`;
      return `按${rate}、${BENCHMARK_MEASURE_LABELS[o.measure]}${num(value ?? 0)}${MEASURE_UNITS[o.measure]}计，`;
    }
    case 'ofBase': {
      const f = (x: number) => (o.style === 'percent' ? `${num(x * 100)}%` : `${num(x)}倍`);
      const factor = o.factorMin === o.factorMax ? f(o.factorMin) : `${f(o.factorMin)}至${f(o.factorMax)}`;
      return `按${BENCHMARK_BASE_LABELS[o.base]}${yuan(value ?? 0)}的${factor}计，`;
    }
    case 'additive':
      return `按起点${yuan(o.start)}、每增加一处（次）加${yuan(o.perFurther)}、最高${yuan(o.cap)}计（共${breaches}处/次），`;
    default:
      return '';
  }
}

const PARTY_NAMES = { organisation: '单位', person: '个人' } as const;
const HARM_NAMES = { none: '无危害后果', minor: '轻微', general: '一定', serious: '严重' } as const;

/** A condition set as the library lists it: 「初次；及时改正；面积5平方米以下」. */
export function conditionText(w: BenchmarkConditionSet): string {
  const parts: string[] = [];
  if (w.partyType) parts.push(PARTY_NAMES[w.partyType]);
  if (w.firstOffence !== undefined) parts.push(w.firstOffence ? '初次违法' : '非初次违法');
  if (w.priorOffences) {
    const { min, max } = w.priorOffences;
    parts.push(
      max === undefined ? `此前${min ?? 0}次及以上` : min === max ? `此前${min}次` : `此前${min ?? 0}至${max}次`,
    );
  }
  if (w.correctedInTime !== undefined) parts.push(w.correctedInTime ? '及时改正' : '未及时改正');
  if (w.harmAtLeast || w.harmAtMost) {
    const lo = w.harmAtLeast ? HARM_NAMES[w.harmAtLeast] : null;
    const hi = w.harmAtMost ? HARM_NAMES[w.harmAtMost] : null;
    parts.push(`危害后果${lo && hi ? (lo === hi ? lo : `${lo}至${hi}`) : lo ? `${lo}及以上` : `至多${hi}`}`);
  }
  for (const m of ['area', 'volume', 'amount', 'duration', 'quantity'] as const) {
    const b = w[m];
    if (b) parts.push(`${BENCHMARK_MEASURE_LABELS[m]}${bandText(m, b)}`);
  }
  return parts.join('；') || '无条件';
}

/** The 处罚标准 in words: 「1000元至3000元」, 「每平方米50至100元」, 「货值金额的10至13倍」. */
export function outcomeText(o: BenchmarkOutcome): string {
  switch (o.kind) {
    case 'noPenalty':
      return '不予处罚';
    case 'fixed':
      return yuan(o.amount);
    case 'range':
      return `${yuan(o.min)}至${yuan(o.max)}`;
    case 'perUnit':
      return `${num(o.rateMin)}至${num(o.rateMax)}${o.unit}`;
    case 'ofBase': {
      const f = (x: number) => (o.style === 'percent' ? `${num(x * 100)}%` : `${num(x)}倍`);
      return `${BENCHMARK_BASE_LABELS[o.base]}的${f(o.factorMin)}至${f(o.factorMax)}`;
    }
    case 'additive':
      return `${yuan(o.start)}起，每增加一处（次）加${yuan(o.perFurther)}，最高${yuan(o.cap)}`;
  }
}
