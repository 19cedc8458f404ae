import { describe, expect, it } from 'vitest';
import {
  checkStandard,
  DEFAULT_REVIEW_STANDARD,
  drawSample,
  fileAutoFacts,
  maxScore,
  preScore,
  scoreReview,
  seededRandom,
  standardItems,
  VETO_ITEMS,
  type ReviewStandard,
} from './index';

const full = Object.fromEntries(standardItems(DEFAULT_REVIEW_STANDARD).map((i) => [i.key, i.points]));

describe('案卷评查 scoring (legal statement 84; DB32/T 4181—2021 附录B)', () => {
  it('the shipped standard passes its own save-time check and totals 100 points', () => {
    expect(checkStandard(DEFAULT_REVIEW_STANDARD)).toEqual([]);
    expect(maxScore(DEFAULT_REVIEW_STANDARD)).toBe(100);
  });

  it('legal statement 84: every listed veto item makes a full-score file 不合格 with score 0', () => {
    for (const veto of Object.keys(VETO_ITEMS)) {
      const r = scoreReview(DEFAULT_REVIEW_STANDARD, full, [veto]);
      expect(r).toMatchObject({ score: 0, grade: 'fail', vetoed: true });
    }
  });

  it('grades by the default thresholds: 优秀 ≥ 90, 合格 ≥ 60, below 60 不合格', () => {
    const withLoss = (loss: number) => ({
      ...full,
      'facts.evidence': 15 - Math.min(15, loss),
      'law.basis': 10 - Math.max(0, loss - 15),
    });
    expect(scoreReview(DEFAULT_REVIEW_STANDARD, full, []).grade).toBe('excellent');
    expect(scoreReview(DEFAULT_REVIEW_STANDARD, withLoss(10), [])).toMatchObject({ score: 90, grade: 'excellent' });
    expect(scoreReview(DEFAULT_REVIEW_STANDARD, withLoss(10.5), [])).toMatchObject({ score: 89.5, grade: 'pass' });
    const low = Object.fromEntries(Object.keys(full).map((k) => [k, 0]));
    expect(
      scoreReview(
        DEFAULT_REVIEW_STANDARD,
        {
          ...low,
          'facts.evidence': 15,
          'law.basis': 10,
          'procedure.review': 10,
          'procedure.deadlines': 10,
          'body.officers': 10,
          'documents.complete': 5,
        },
        [],
      ),
    ).toMatchObject({ score: 60, grade: 'pass' });
    expect(scoreReview(DEFAULT_REVIEW_STANDARD, low, []).grade).toBe('fail');
  });

  it('configured thresholds are honoured (administrators edit the standard)', () => {
    const strict: ReviewStandard = { ...DEFAULT_REVIEW_STANDARD, grades: { excellent: 95, pass: 80 } };
    expect(scoreReview(strict, { ...full, 'facts.evidence': 5 }, []).grade).toBe('pass');
    expect(scoreReview(strict, { ...full, 'facts.evidence': 0, 'law.basis': 4 }, []).grade).toBe('fail');
  });

  it("reports unscored items and refuses scores above an item's points", () => {
    const r = scoreReview(DEFAULT_REVIEW_STANDARD, { 'body.power': 9, nope: 1 }, ['notAVeto']);
    expect(r.invalid).toEqual(['body.power', 'nope', 'notAVeto']);
    expect(r.unscored).toContain('facts.clear');
  });

  it('the save-time check refuses a standard without a statutory veto item, or not totalling 100', () => {
    const errors = checkStandard({
      ...DEFAULT_REVIEW_STANDARD,
      vetoes: DEFAULT_REVIEW_STANDARD.vetoes.filter((v) => v.key !== 'fewerThanTwoOfficers'),
      grades: { excellent: 60, pass: 90 },
      sections: DEFAULT_REVIEW_STANDARD.sections.slice(1),
    });
    expect(errors.join('；')).toMatch(/执法人员少于两人/);
    expect(errors.join('；')).toMatch(/合计应为 100 分/);
    expect(errors.join('；')).toMatch(/等次分数线/);
  });

  it('pre-scores the items the platform checks itself: full points when the check holds, 0 when not', () => {
    const s = preScore(DEFAULT_REVIEW_STANDARD, {
      documentsPresent: true,
      deadlinesKept: false,
      officersCertified: true,
      reviewDone: true,
    });
    expect(s).toEqual({
      'body.officers': 10,
      'procedure.deadlines': 0,
      'procedure.review': 10,
      'documents.complete': 10,
    });
  });
});

describe('review plan draw (抽查，可复现)', () => {
  const candidates = Array.from({ length: 40 }, (_, n) => ({
    id: `c${String(n).padStart(2, '0')}`,
    group: n % 2 ? 'A' : 'B',
  }));

  it('the same seed over the same set draws the same files, whatever order they came in', () => {
    const one = drawSample(candidates, 5, 12345).map((c) => c.id);
    const two = drawSample([...candidates].reverse(), 5, 12345).map((c) => c.id);
    expect(one).toEqual(two);
    expect(one).toHaveLength(10);
    expect(new Set(one).size).toBe(10);
  });

  it('another seed draws another sample; a group smaller than the quota is taken whole', () => {
    expect(drawSample(candidates, 5, 1).map((c) => c.id)).not.toEqual(drawSample(candidates, 5, 2).map((c) => c.id));
    expect(drawSample(candidates.slice(0, 3), 5, 9)).toHaveLength(3);
  });

  it('the generator is the published mulberry32 sequence (anyone can re-run the draw)', () => {
    const r = seededRandom(1);
    const first = [r(), r(), r()];
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const again = seededRandom(1);
    expect([again(), again(), again()]).toEqual(first);
  });
});

describe('facts the platform checks itself (pre-scored items)', () => {
  const base = {
    procedure: 'ordinary' as const,
    decided: true,
    documentKinds: ['filingApproval', 'penaltyDecision', 'serviceReceipt'],
    overdueSteps: 0,
    officers: 2,
    certifiedOfficers: 2,
    requiresReview: true,
    reviewPassed: true,
  };
  it('a complete ordinary file passes every check', () => {
    expect(fileAutoFacts(base)).toEqual({
      documentsPresent: true,
      deadlinesKept: true,
      officersCertified: true,
      reviewDone: true,
    });
  });
  it('行政处罚法 第42条: one officer, or an officer without a valid certificate, fails the officers check', () => {
    expect(fileAutoFacts({ ...base, officers: 1, certifiedOfficers: 1 }).officersCertified).toBe(false);
    expect(fileAutoFacts({ ...base, certifiedOfficers: 1 }).officersCertified).toBe(false);
  });
  it('行政处罚法 第58条: a decision that needed 法制审核 without a passed review fails the review check', () => {
    expect(fileAutoFacts({ ...base, reviewPassed: false }).reviewDone).toBe(false);
    expect(fileAutoFacts({ ...base, requiresReview: false, reviewPassed: false }).reviewDone).toBe(true);
  });
  it('行政处罚法 第61条: an ordinary decision without its 送达回证 is an incomplete file; a late step fails the deadline check', () => {
    expect(fileAutoFacts({ ...base, documentKinds: ['penaltyDecision'] }).documentsPresent).toBe(false);
    expect(fileAutoFacts({ ...base, overdueSteps: 1 }).deadlinesKept).toBe(false);
  });
});
