import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  DEFAULT_INDICATOR_WEIGHTS,
  evaluateAgencies,
  type IndicatorFigure,
  type IndicatorKey,
} from './evaluation';

const figs = (rates: Partial<Record<IndicatorKey, [number, number]>>): Record<IndicatorKey, IndicatorFigure> => {
  const all: Record<string, IndicatorFigure> = {};
  for (const k of ['closureRate', 'onTimeRate', 'reviewPassRate', 'trainingRate', 'itemUseRate'] as IndicatorKey[]) {
    const [numerator, denominator] = rates[k] ?? [1, 1];
    all[k] = { numerator, denominator };
  }
  return all;
};

describe('考核评议 (weighted indicators, 粤 2019 意见: 案卷评查合格率 etc.)', () => {
  it('the default weights total 100; other totals are refused', () => {
    expect(checkWeights(DEFAULT_INDICATOR_WEIGHTS)).toEqual([]);
    expect(checkWeights({ ...DEFAULT_INDICATOR_WEIGHTS, closureRate: 30 })[0]).toMatch(/合计应为 100/);
  });

  it('scores are the weighted rates, ranked best first with ties sharing a rank', () => {
    const out = evaluateAgencies(
      [
        { agencyId: 'a', figures: figs({ closureRate: [1, 2] }) },
        { agencyId: 'b', figures: figs({}) },
        { agencyId: 'c', figures: figs({}) },
      ],
      DEFAULT_INDICATOR_WEIGHTS,
    );
    expect(out.map((a) => [a.agencyId, a.score, a.rank])).toEqual([
      ['b', 100, 1],
      ['c', 100, 1],
      ['a', 87.5, 3],
    ]);
    expect(out[2].indicators[0]).toMatchObject({
      key: 'closureRate',
      numerator: 1,
      denominator: 2,
      rate: 0.5,
      points: 12.5,
    });
  });

  it('an indicator without data (denominator 0) passes its weight to the others', () => {
    const [a] = evaluateAgencies(
      [{ agencyId: 'a', figures: figs({ reviewPassRate: [0, 0], closureRate: [0, 4] }) }],
      DEFAULT_INDICATOR_WEIGHTS,
    );
    expect(a.indicators.find((i) => i.key === 'reviewPassRate')!.rate).toBeNull();
    expect(a.score).toBe(66.7);
  });
});
