import { describe, expect, it } from 'vitest';
import type { BenchmarkVersion } from '../../libraries/benchmarks/model';
import type { CaseBenchmark } from '../context';
import { PEOPLE, SAMPLE, fine, refusalCodes, run, header } from '../test-support/fixtures';
import { initialCaseState } from '../fold/initial';

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

describe('the stored benchmark on the spot (行政处罚法 第34条, 第51–52条)', () => {
  // A person's fine on the spot is at most 200 yuan: the benchmark's person rows.
  const spot: BenchmarkVersion = {
    ...version,
    legalRange: { min: 500, max: 5000, person: { min: 50, max: 200 } },
    tiers: version.tiers.map((t) => ({
      ...t,
      outcome: t.tier === 'lenient' ? { kind: 'range', min: 50, max: 100 } : { kind: 'range', min: 150, max: 200 },
    })),
  };
  const spotBenchmarks: CaseBenchmark[] = [{ ...benchmarks[0], itemCode: 'C-002', versions: [spot] }];
  const onTheSpot = (amount: number, extra: Record<string, unknown> = {}) => ({
    type: 'decideOnTheSpot' as const,
    by: officerA,
    at: '2025-03-03',
    payload: {
      ...SAMPLE.decideOnTheSpot,
      penalty: fine(amount),
      benchmarkFacts: { correctedInTime: true },
      ...extra,
    },
  });
  const draft = () => initialCaseState(header('summary'));

  it('第34条: on the spot a fine inside the benchmark range passes', () => {
    expect(refusalCodes(draft(), onTheSpot(80), { benchmarks: spotBenchmarks })).toEqual([]);
  });

  it('第34条, 第52条: on the spot a fine outside the range needs a written reason (no legal review in the summary procedure)', () => {
    const codes = refusalCodes(draft(), onTheSpot(200), { benchmarks: spotBenchmarks });
    expect(codes).toEqual(['fineOutsideBenchmark']);
    const reason = { deviationReason: '当事人当场拒不改正，在人员密集处影响通行' };
    expect(refusalCodes(draft(), onTheSpot(200, reason), { benchmarks: spotBenchmarks })).toEqual([]);
  });

  it('第34条: on the spot another tier than the benchmark gives needs a written reason too', () => {
    expect(refusalCodes(draft(), onTheSpot(80, { tier: 'severe' }), { benchmarks: spotBenchmarks })).toEqual([
      'tierOutsideBenchmark',
    ]);
    expect(refusalCodes(draft(), onTheSpot(80, { tier: 'lenient' }), { benchmarks: spotBenchmarks })).toEqual([]);
  });

  it('第34条: a warning on the spot has no fine for the benchmark to check', () => {
    const warning = { penalty: { lines: [{ kind: 'warning' }] } };
    expect(refusalCodes(draft(), onTheSpot(0, warning), { benchmarks: spotBenchmarks })).toEqual([]);
  });
});

describe('the stored benchmark in the notice (行政处罚法 第34条, 第44条)', () => {
  function investigated() {
    return run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    ]).state;
  }
  const notice = (amount: number, extra: Record<string, unknown> = {}) => ({
    type: 'issueNotice' as const,
    by: officerA,
    at: '2025-03-11',
    payload: { ...SAMPLE.issueNotice, intendedPenalty: fine(amount), ...extra },
  });
  const facts = { benchmarkFacts: { correctedInTime: false } };

  it('第34条, 第44条: the intended fine is the proposed penalty: inside the benchmark range it passes', () => {
    expect(refusalCodes(investigated(), notice(2500, facts), { benchmarks })).toEqual([]);
  });

  it('第34条, 第44条: an intended fine outside the range needs a written reason', () => {
    const s = investigated();
    const step = notice(1500, facts);
    expect(refusalCodes(s, step, { benchmarks })).toEqual(['fineOutsideBenchmark']);
    const reason = { ...facts, deviationReason: '当事人已主动拆除大部分占道设施' };
    expect(refusalCodes(s, notice(1500, reason), { benchmarks })).toEqual([]);
  });

  it('第34条: without the facts the benchmark reads, no tier and no range is held against the notice', () => {
    expect(refusalCodes(investigated(), notice(1500), { benchmarks })).toEqual([]);
  });
});
