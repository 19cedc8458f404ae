import { describe, expect, it } from 'vitest';
import { checkBenchmarkTier, checkOneFinePerAct, checkPenaltyBasis, chooseHigherFineNorm } from './discretion';

const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('discretion (裁量)', () => {
  it('行政处罚法 第29条: one act gets one fine; several norms → the higher fine applies', () => {
    const twice = {
      lines: [
        { kind: 'fine' as const, amount: 500, actId: 'A' },
        { kind: 'fine' as const, amount: 300, actId: 'A' },
      ],
    };
    expect(codes(checkOneFinePerAct(twice))).toEqual(['duplicateFine']);
    const two = {
      lines: [
        { kind: 'fine' as const, amount: 500, actId: 'A' },
        { kind: 'fine' as const, amount: 300, actId: 'B' },
      ],
    };
    expect(checkOneFinePerAct(two)).toEqual([]);
    // Without an act id, each item is one act: two fines under one item are two fines for one act.
    const byItem = {
      lines: [
        { kind: 'fine' as const, amount: 500, itemCode: 'X' },
        { kind: 'fine' as const, amount: 300, itemCode: 'X' },
      ],
    };
    expect(codes(checkOneFinePerAct(byItem))).toEqual(['duplicateFine']);
    expect(
      checkOneFinePerAct({
        lines: [
          { kind: 'fine', amount: 500, itemCode: 'X' },
          { kind: 'fine', amount: 300, itemCode: 'Y' },
        ],
      }),
    ).toEqual([]);
    expect(
      chooseHigherFineNorm([
        { article: '条例第36条', maxFine: 5000 },
        { article: '办法第12条', maxFine: 20000 },
      ])?.article,
    ).toBe('办法第12条');
    expect(chooseHigherFineNorm([])).toBeNull();
  });

  it('行政处罚法 第34条: the fine lies within the chosen benchmark tier and the application is stated', () => {
    const benchmark = {
      source: '某县城管裁量基准',
      tiers: [
        { tier: 'lenient' as const, min: 1000, max: 3700 },
        { tier: 'standard' as const, min: 3700, max: 7300 },
        { tier: 'severe' as const, min: 7300, max: 10000 },
      ],
    };
    expect(checkBenchmarkTier(5000, 'standard', benchmark, '占道10平方米，属一般情形')).toEqual([]);
    expect(codes(checkBenchmarkTier(3000, 'standard', benchmark, '说明'))).toEqual(['fineOutsideTier']);
    expect(codes(checkBenchmarkTier(5000, 'standard', benchmark, ''))).toEqual(['benchmarkApplicationMissing']);
    expect(codes(checkBenchmarkTier(500, 'mitigated', benchmark, '说明'))).toEqual(['benchmarkTierMissing']);
  });

  it('行政处罚法 第16条: the basis must cite a law, regulation or rule article, not only normative documents', () => {
    expect(
      codes(
        checkPenaltyBasis([
          { level: 'normativeDocument', title: '某县通知', article: '第三条' },
          { level: 'benchmark', title: '基准', article: '第5项' },
        ]),
      ),
    ).toEqual(['basisNotBinding']);
    expect(
      checkPenaltyBasis([{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第七十一条' }]),
    ).toEqual([]);
    expect(codes(checkPenaltyBasis([]))).toEqual(['basisNotBinding']);
  });
});
