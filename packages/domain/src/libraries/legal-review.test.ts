import { describe, expect, it } from 'vitest';
import { legalReviewerRatio } from './legal-review';

// The 5% floor is quoted in legal-rules.md §4.3 and marked unverified [U]; 行政处罚法 第58条 requires
// the review itself.
describe('legalReviewerRatio (行政处罚法 第58条; staffing floor per legal-rules §4.3)', () => {
  it('60 officers need 3 reviewers at 5%, not 4 through binary rounding', () => {
    expect(legalReviewerRatio(60, 3)).toEqual({ ratio: 0.05, ok: true, required: 3 });
  });

  it('rounds the requirement up: 21 officers need 2 reviewers', () => {
    expect(legalReviewerRatio(21, 1)).toMatchObject({ ok: false, required: 2 });
  });

  it('accepts lists and another ratio', () => {
    expect(legalReviewerRatio(['a', 'b', 'c', 'd'], ['r'], 0.25)).toEqual({ ratio: 0.25, ok: true, required: 1 });
  });

  it('no officers need no reviewers', () => {
    expect(legalReviewerRatio(0, 0)).toEqual({ ratio: 0, ok: true, required: 0 });
  });

  it('refuses negative counts and ratios above 1', () => {
    expect(() => legalReviewerRatio(-1, 0)).toThrow(RangeError);
    expect(() => legalReviewerRatio(10, 1, 1.5)).toThrow(RangeError);
  });
});
