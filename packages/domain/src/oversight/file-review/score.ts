// Scoring and grading a reviewed file (legal statement 84: a ticked veto item makes it 不合格 with 0).
import { standardItems, type AutoCheck, type ReviewStandard } from './standard';

export type ReviewGrade = 'excellent' | 'pass' | 'fail';
export const REVIEW_GRADE_LABELS: Record<ReviewGrade, string> = { excellent: '优秀', pass: '合格', fail: '不合格' };

export interface ReviewOutcome {
  score: number;
  grade: ReviewGrade;
  vetoed: boolean;
  /** Items without a score yet: the review cannot be completed while any remain. */
  unscored: string[];
  /** Scores refused: an unknown item, or more than its points or below 0. */
  invalid: string[];
}

export function gradeOf(score: number, vetoed: boolean, grades: ReviewStandard['grades']): ReviewGrade {
  if (vetoed) return 'fail';
  if (score >= grades.excellent) return 'excellent';
  if (score >= grades.pass) return 'pass';
  return 'fail';
}

export function scoreReview(
  standard: ReviewStandard,
  scores: Readonly<Record<string, number>>,
  vetoes: readonly string[],
): ReviewOutcome {
  const items = standardItems(standard);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const invalid = Object.entries(scores)
    .filter(([k, v]) => !byKey.has(k) || !(v >= 0) || v > byKey.get(k)!.points)
    .map(([k]) => k);
  const vetoKeys = new Set(standard.vetoes.map((v) => v.key));
  invalid.push(...vetoes.filter((v) => !vetoKeys.has(v)));
  const unscored = items.filter((i) => scores[i.key] === undefined).map((i) => i.key);
  const vetoed = vetoes.some((v) => vetoKeys.has(v));
  const sum = items.reduce((s, i) => s + (byKey.has(i.key) && scores[i.key] !== undefined ? scores[i.key] : 0), 0);
  const score = vetoed ? 0 : Math.round(sum * 10) / 10;
  return { score, grade: gradeOf(score, vetoed, standard.grades), vetoed, unscored, invalid };
}

/** What the platform knows about a file from its record. */
export type AutoFacts = Record<AutoCheck, boolean>;

/** Pre-scores: full points for an item whose check holds, 0 when it fails. */
export function preScore(standard: ReviewStandard, facts: AutoFacts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of standardItems(standard)) if (item.auto) out[item.key] = facts[item.auto] ? item.points : 0;
  return out;
}
