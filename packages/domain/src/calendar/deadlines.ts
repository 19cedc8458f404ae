// Period computation (民事诉讼法 第85条; 民法典 第201–203条; 行政处罚法 第85条; 行政强制法 第69条;
// 行政复议法 第88条). The start day is never counted, so only the days after it need a calendar;
// a day in a year without a loaded notice is judged provisionally (calendar.ts, statutory.ts).
import { type Calendar, isWorkingDay } from './calendar';
import { addDays, addMonthsClamped, calendarDaysBetween } from './dates';

export interface RollOptions {
  /** Move a last day that is a rest day or holiday to the next working day (party-facing deadlines). */
  rollToWorkingDay?: boolean;
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}必须为非负整数：${n}`);
}

/** The date itself if it is a working day, otherwise the first working day after it. */
export function rollForwardToWorkingDay(date: string, calendar: Calendar): string {
  let d = date;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The n-th working day after `start` (start not counted); 调休 weekend days count. */
export function addWorkingDays(start: string, n: number, calendar: Calendar): string {
  assertCount(n, '工作日天数');
  let d = start;
  let remaining = n;
  while (remaining > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) remaining -= 1;
  }
  return d;
}

/** start + n calendar days; with rollToWorkingDay, a last day off moves to the next working day. */
export function addCalendarDays(start: string, n: number, calendar: Calendar, options: RollOptions = {}): string {
  assertCount(n, '天数');
  const raw = addDays(start, n);
  return options.rollToWorkingDay ? rollForwardToWorkingDay(raw, calendar) : raw;
}

/** Corresponding day n months later, or that month's last day; then the optional roll-forward. */
export function addMonths(start: string, n: number, calendar: Calendar, options: RollOptions = {}): string {
  assertCount(n, '月数');
  const raw = addMonthsClamped(start, n);
  return options.rollToWorkingDay ? rollForwardToWorkingDay(raw, calendar) : raw;
}

/** Working days in the open interval (a, b): both ends excluded; 0 when b is not after a + 1. */
export function workingDaysBetween(a: string, b: string, calendar: Calendar): number {
  let count = 0;
  for (let d = addDays(a, 1); calendarDaysBetween(d, b) > 0; d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) count += 1;
  }
  return count;
}

/** Working days in (start, end]: how many of "N working days" have been used by `end`. */
export function countWorkingDaysAfter(start: string, end: string, calendar: Calendar): number {
  let count = 0;
  for (let d = addDays(start, 1); calendarDaysBetween(d, end) >= 0; d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) count += 1;
  }
  return count;
}
