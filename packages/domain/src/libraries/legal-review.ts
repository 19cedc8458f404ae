// Staffing of legal review (法制审核). The 5% floor is the figure commonly quoted for legal
// reviewers against enforcement staff; legal-rules.md marks it unverified, so it is a parameter.

export const DEFAULT_LEGAL_REVIEWER_RATIO = 0.05;

export interface LegalReviewerRatio {
  /** Reviewers per enforcement officer; 0 when there are no officers. */
  ratio: number;
  ok: boolean;
  /** Fewest reviewers meeting the floor. */
  required: number;
}

function count(x: number | readonly unknown[], what: string): number {
  const n = typeof x === 'number' ? x : x.length;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}必须是不小于零的整数：${n}`);
  return n;
}

export function legalReviewerRatio(
  officers: number | readonly unknown[],
  reviewers: number | readonly unknown[],
  minRatio = DEFAULT_LEGAL_REVIEWER_RATIO,
): LegalReviewerRatio {
  const o = count(officers, '执法人员数');
  const r = count(reviewers, '法制审核人员数');
  if (!(minRatio >= 0 && minRatio <= 1)) throw new RangeError(`比例必须在0到1之间：${minRatio}`);
  // 60 × 0.05 is 3.0000000000000004 in binary; the epsilon keeps it at 3.
  const required = Math.max(0, Math.ceil(o * minRatio - 1e-9));
  return { ratio: o === 0 ? 0 : r / o, ok: r >= required, required };
}
