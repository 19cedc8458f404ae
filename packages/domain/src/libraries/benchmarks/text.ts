// Wording of amounts, bands and outcomes in the decision's explanation sentence.
import {
  BENCHMARK_BASE_LABELS,
  BENCHMARK_MEASURE_LABELS,
  type BenchmarkBand,
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
