import { describe, expect, it } from 'vitest';
import type { BenchmarkVersion } from '../../libraries/benchmarks/model';
import type { CaseBenchmark } from '../context';
import { PEOPLE, SAMPLE, fine, refusalCodes, run, header } from '../test-support/fixtures';

const { officerA, head } = PEOPLE;

function noticeServed() {
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
  ]).state;
}

const version: BenchmarkVersion = {
  benchmarkId: 'b1',
  versionId: 'v1',
  itemCode: 'CSGL-019',
  violation: '占用城市道路',
  title: '城市道路管理行政处罚裁量基准',
  issuer: '县司法局',
  documentNumber: '江司发〔2024〕3号',
  effectiveFrom: '2024-01-01',
  itemNo: 5,
  legalRange: { min: 500, max: 5000 },
  lookBackMonths: 12,
  tiers: [
    {
      no: 1,
      sourceLabel: '及时改正',
      tier: 'lenient',
      when: [{ correctedInTime: true }],
      outcome: { kind: 'range', min: 500, max: 1000 },
    },
    {
      no: 2,
      sourceLabel: '未及时改正',
      tier: 'standard',
      when: [{ correctedInTime: false }],
      outcome: { kind: 'range', min: 2000, max: 3000 },
    },
  ],
};
const benchmarks: CaseBenchmark[] = [
  { benchmarkId: 'b1', itemCode: 'CSGL-019', violation: '占用城市道路', versions: [version], priorOffenceDates: [] },
];

const explanation =
  '依据《城市道路管理行政处罚裁量基准》（江司发〔2024〕3号）第5项，当事人未及时改正，属一般情形，在2000元至3000元幅度内处罚';

function decideWith(amount: number, discretion: Record<string, unknown>) {
  return {
    type: 'decide' as const,
    by: head,
    at: '2025-03-20',
    payload: {
      ...SAMPLE.decide,
      penalty: fine(amount),
      discretion: {
        tier: 'standard',
        reasoning: '未及时改正',
        benchmarkFacts: { correctedInTime: false },
        benchmarkApplication: explanation,
        applied: {
          benchmarkId: 'b1',
          versionId: 'v1',
          title: version.title,
          documentNumber: version.documentNumber,
          itemNo: 5,
        },
        ...discretion,
      },
    },
  };
}

describe('the stored benchmark in the decision (行政处罚法 第34条)', () => {
  it('第34条: a fine inside the benchmark range with the explanation passes', () => {
    expect(refusalCodes(noticeServed(), decideWith(3000, {}), { benchmarks })).toEqual([]);
  });

  it('第34条: a fine outside the range without a written reason is refused', () => {
    const s = noticeServed();
    const codes = refusalCodes(s, decideWith(1500, {}), { benchmarks });
    expect(codes).toEqual(['fineOutsideBenchmark']);
  });

  it('第58条: with a written reason the departure makes legal review mandatory', () => {
    const s = noticeServed();
    const step = decideWith(1500, { deviationReason: '当事人积极配合整改，主动拆除部分占道设施' });
    expect(refusalCodes(s, step, { benchmarks })).toEqual(['reviewNotPassed']);
  });

  it('第34条: another tier than the benchmark gives needs a reason too', () => {
    expect(refusalCodes(noticeServed(), decideWith(3000, { tier: 'severe' }), { benchmarks })).toEqual([
      'tierOutsideBenchmark',
    ]);
  });

  it('第34条: the decision must say how the benchmark applied', () => {
    expect(refusalCodes(noticeServed(), decideWith(3000, { benchmarkApplication: undefined }), { benchmarks })).toEqual(
      ['benchmarkApplicationMissing'],
    );
  });

  it('第37条: a result computed under another version is refused as stale', () => {
    const applied = { benchmarkId: 'b1', versionId: 'old', title: 't', documentNumber: 'n', itemNo: 1 };
    expect(refusalCodes(noticeServed(), decideWith(3000, { applied }), { benchmarks })).toEqual(['benchmarkChanged']);
  });

  it('without a stored benchmark the decision is checked as before', () => {
    expect(refusalCodes(noticeServed(), decideWith(1500, {}))).toEqual([]);
  });
});
