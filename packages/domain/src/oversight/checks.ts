// Pure checks behind some alert rules, so the figures they compare are tested without a database.
import type { CaseConfig } from '../procedure/config';
import { decisionLimitDue } from '../procedure/rules/decision';
import type { CaseState } from '../procedure/state';

/**
 * 行政处罚法 第60条: an undecided case past its decision limit and never extended. The limit is the
 * procedure's own (decisionLimitDue): the configured days from filing, with the excluded periods
 * (中止, hearing, public notice, testing, appraisal) added, so those days are not counted.
 */
export function isPastDecisionLimit(
  s: Pick<CaseState, 'filing' | 'decisionLimit'>,
  today: string,
  config: CaseConfig,
): boolean {
  if (s.decisionLimit.extensions.length > 0) return false;
  const due = decisionLimitDue(s, config);
  return due !== null && today > due;
}

/** A fine departs from the benchmark's allowed range (either end may be open). */
export function fineOutsideRange(amount: number, min: number | null, max: number | null): boolean {
  return (min !== null && amount < min) || (max !== null && amount > max);
}

/** Inspections of one enterprise in a year above the cap (the cap itself is allowed). */
export function overInspectionCap(count: number, cap: number): boolean {
  return count > cap;
}
