// Pure checks behind some alert rules, so the figures they compare are tested without a database.

/** 行政处罚法 第60条: a case is decided within 90 days of filing, unless the period is extended. */
export const CASE_DECISION_DAYS = 90;

/** The last day within the 90 days counted from the day after filing (第60条, 民法典 第201条). */
export function decisionPeriodEnd(filedOn: string): string {
  const d = new Date(`${filedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + CASE_DECISION_DAYS);
  return d.toISOString().slice(0, 10);
}

/** A filed, undecided case is past the 90 days when today lies after the period's end and it was never extended. */
export function isPastDecisionPeriod(filedOn: string, today: string, extensions: number): boolean {
  return extensions === 0 && today > decisionPeriodEnd(filedOn);
}

/** A fine departs from the benchmark's allowed range (either end may be open). */
export function fineOutsideRange(amount: number, min: number | null, max: number | null): boolean {
  return (min !== null && amount < min) || (max !== null && amount > max);
}

/** Inspections of one enterprise in a year above the cap (the cap itself is allowed). */
export function overInspectionCap(count: number, cap: number): boolean {
  return count > cap;
}
