// 考核评议: each agency's yearly score from weighted indicators, every one a rate computed from the
// record (numerator / denominator), so the figures behind each score can be shown and checked.
// Indicators after the 2019 Guangdong opinion's named ones (案卷评查合格率 …) and the county's own.

export const EVALUATION_INDICATORS = {
  closureRate: { label: '结案率', basis: '当年结案数 / 当年立案数' },
  onTimeRate: { label: '按期办结率', basis: '无逾期期限的在办案件 / 在办案件' },
  reviewPassRate: { label: '案卷评查合格率', basis: '评查合格（含优秀）案卷 / 已评查案卷' },
  trainingRate: { label: '培训达标率', basis: '学时达标执法人员 / 执法人员' },
  itemUseRate: { label: '赋权事项履职率', basis: '有执法记录的赋权事项 / 赋权事项' },
} as const;
export type IndicatorKey = keyof typeof EVALUATION_INDICATORS;
export const INDICATOR_KEYS = Object.keys(EVALUATION_INDICATORS) as IndicatorKey[];

export type IndicatorWeights = Record<IndicatorKey, number>;
export const DEFAULT_INDICATOR_WEIGHTS: IndicatorWeights = {
  closureRate: 25,
  onTimeRate: 25,
  reviewPassRate: 25,
  trainingRate: 15,
  itemUseRate: 10,
};

export interface IndicatorFigure {
  numerator: number;
  denominator: number;
}

export interface IndicatorScore extends IndicatorFigure {
  key: IndicatorKey;
  weight: number;
  /** null when the denominator is 0: the indicator has no data and its weight goes to the others. */
  rate: number | null;
  points: number;
}

export interface AgencyEvaluation {
  agencyId: string;
  score: number;
  rank: number;
  indicators: IndicatorScore[];
}

export function checkWeights(w: IndicatorWeights): string[] {
  const errors: string[] = [];
  for (const k of INDICATOR_KEYS)
    if (!(w[k] >= 0 && w[k] <= 100)) errors.push(`“${EVALUATION_INDICATORS[k].label}”的权重应在 0–100 之间`);
  const total = INDICATOR_KEYS.reduce((s, k) => s + (w[k] ?? 0), 0);
  if (total !== 100) errors.push(`权重合计应为 100，现为 ${total}`);
  return errors;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Scores (0–100) and ranks (equal scores share a rank, 1 = best) for every agency. */
export function evaluateAgencies(
  figures: readonly { agencyId: string; figures: Record<IndicatorKey, IndicatorFigure> }[],
  weights: IndicatorWeights,
): AgencyEvaluation[] {
  const scored = figures.map((a) => {
    const indicators = INDICATOR_KEYS.map((key) => {
      const f = a.figures[key];
      const rate = f.denominator > 0 ? Math.min(1, f.numerator / f.denominator) : null;
      return { key, weight: weights[key], numerator: f.numerator, denominator: f.denominator, rate, points: 0 };
    });
    const counted = indicators.filter((i) => i.rate !== null).reduce((s, i) => s + i.weight, 0);
    for (const i of indicators)
      i.points = i.rate === null || counted === 0 ? 0 : round1((i.rate * i.weight * 100) / counted);
    const score =
      counted === 0 ? 0 : round1(indicators.reduce((s, i) => s + (i.rate ?? 0) * i.weight, 0) * (100 / counted));
    return { agencyId: a.agencyId, score, rank: 0, indicators };
  });
  const sorted = [...scored].sort((x, y) => y.score - x.score);
  for (const a of scored) a.rank = 1 + sorted.filter((o) => o.score > a.score).length;
  return sorted;
}
