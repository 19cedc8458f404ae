// 加处罚款: 3% of the fine per day overdue (行政处罚法 第72条), never more than the fine itself
// (行政强制法 第45条). Days suspended by law (e.g. an approved deferral) are excluded by the caller.
// This is the constant-base arithmetic; a case's surcharge is `surchargeFor` in
// procedure/rules/execution.ts, which charges only the unpaid part of the fine, day by day.
const DAILY_RATE_PERCENT = 3;

/** Surcharge in yuan, rounded to the cent. Computed in integer cents to avoid float drift. */
export function computeSurcharge(fine: number, daysOverdue: number, excludedDays = 0): number {
  if (!Number.isFinite(fine) || fine < 0) throw new RangeError(`罚款金额无效：${fine}`);
  if (!Number.isInteger(daysOverdue) || daysOverdue < 0) throw new RangeError(`逾期天数必须为非负整数：${daysOverdue}`);
  if (!Number.isInteger(excludedDays) || excludedDays < 0)
    throw new RangeError(`扣除天数必须为非负整数：${excludedDays}`);
  const fineCents = Math.round(fine * 100);
  const days = Math.max(0, daysOverdue - excludedDays);
  const surchargeCents = Math.round((fineCents * DAILY_RATE_PERCENT * days) / 100);
  return Math.min(surchargeCents, fineCents) / 100;
}
