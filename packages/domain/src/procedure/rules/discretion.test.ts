import { describe, expect, it } from 'vitest';
import { fine } from '../test-support/fixtures';
import {
  checkBenchmarkTier,
  checkFineRange,
  checkOneFinePerAct,
  checkPenaltyBasis,
  chooseApplicableVersion,
  chooseHigherFineNorm,
} from './discretion';

const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe('discretion (裁量)', () => {
  it('行政处罚法 第29条: one act gets one fine; several norms → the higher fine applies', () => {
    const twice = { lines: [{ kind: 'fine' as const, amount: 500, actId: 'A' }, { kind: 'fine' as const, amount: 300, actId: 'A' }] };
    expect(codes(checkOneFinePerAct(twice))).toEqual(['duplicateFine']);
    const two = { lines: [{ kind: 'fine' as const, amount: 500, actId: 'A' }, { kind: 'fine' as const, amount: 300, actId: 'B' }] };
    expect(checkOneFinePerAct(two)).toEqual([]);
    expect(codes(checkOneFinePerAct(two, ['B']))).toEqual(['alreadyFined']);
    expect(chooseHigherFineNorm([{ article: '条例第36条', maxFine: 5000 }, { article: '办法第12条', maxFine: 20000 }])?.article).toBe('办法第12条');
    expect(chooseHigherFineNorm([])).toBeNull();
  });

  it('国办发〔2022〕27号; 行政处罚法 第32条: above the maximum is blocked, below the minimum needs 减轻 with a circumstance and reasons', () => {
    const base = { statutoryMin: 1000, statutoryMax: 10000, tier: 'standard' as const, hasMitigatingCircumstance: false };
    expect(codes(checkFineRange({ ...base, fine: 10001 }))).toEqual(['fineAboveMaximum']);
    expect(checkFineRange({ ...base, fine: 10000 })).toEqual([]);
    expect(codes(checkFineRange({ ...base, fine: 500 }))).toEqual(['belowMinimumNotMitigated', 'mitigationWithoutCircumstance', 'mitigationWithoutReasons']);
    expect(checkFineRange({ ...base, fine: 500, tier: 'mitigated', hasMitigatingCircumstance: true, reasoning: '主动消除危害后果' })).toEqual([]);
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
    expect(codes(checkPenaltyBasis([{ level: 'normativeDocument', title: '某县通知', article: '第三条' }, { level: 'benchmark', title: '基准', article: '第5项' }]))).toEqual([
      'basisNotBinding',
    ]);
    expect(checkPenaltyBasis([{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第七十一条' }])).toEqual([]);
    expect(codes(checkPenaltyBasis([]))).toEqual(['basisNotBinding']);
  });

  it('行政处罚法 第37条: the old rule applies unless the new one is lighter or no longer punishes the act', () => {
    const oldV = { id: 'old', effectiveFrom: '2015-01-01', effectiveTo: '2024-12-31', maxPenalty: fine(5000) };
    const heavier = { id: 'new', effectiveFrom: '2025-01-01', maxPenalty: fine(8000) };
    const lighter = { id: 'new', effectiveFrom: '2025-01-01', maxPenalty: fine(2000) };
    const repealed = { id: 'new', effectiveFrom: '2025-01-01', maxPenalty: null };
    expect(chooseApplicableVersion([oldV, heavier], '2024-06-01', '2025-03-01')).toMatchObject({ version: { id: 'old' }, reason: 'old' });
    expect(chooseApplicableVersion([oldV, lighter], '2024-06-01', '2025-03-01')).toMatchObject({ version: { id: 'new' }, reason: 'newLighter' });
    expect(chooseApplicableVersion([oldV, repealed], '2024-06-01', '2025-03-01')).toMatchObject({ version: { id: 'new' }, reason: 'decriminalised' });
    expect(chooseApplicableVersion([oldV, lighter], '2025-02-01', '2025-03-01')).toMatchObject({ version: { id: 'new' }, reason: 'old' });
  });
});
