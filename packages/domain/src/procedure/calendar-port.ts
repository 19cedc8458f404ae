// The procedure's single door to calendar/. A year whose holiday notice is not loaded is computed
// provisionally (legal-rules.md §8.3): nothing that happened is refused for want of a calendar,
// and a deadline that rests on such a year says so.
import {
  type Calendar,
  type Tracked,
  addCalendarDays,
  addDays,
  addMonths,
  addMonthsClamped,
  addWorkingDays,
  calendarDaysBetween,
  compareDates,
  countWorkingDaysAfter,
  isWorkingDay,
  trackProvisional,
  workingDaysBetween,
} from '../calendar/index';

export type CaseCalendar = Calendar;

export {
  addCalendarDays,
  addDays,
  addMonths,
  addMonthsClamped,
  addWorkingDays,
  calendarDaysBetween,
  compareDates,
  countWorkingDaysAfter,
  isWorkingDay,
  trackProvisional,
  workingDaysBetween,
};
export type { Tracked };

/** Later of two dates. */
export const maxDate = (a: string, b: string): string => (compareDates(a, b) >= 0 ? a : b);
export const minDate = (a: string, b: string): string => (compareDates(a, b) <= 0 ? a : b);

/** Hours from one 'YYYY-MM-DDTHH:MM' to another (negative when earlier). */
export function hoursBetween(from: string, to: string): number {
  const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
  return calendarDaysBetween(from.slice(0, 10), to.slice(0, 10)) * 24 + (minutes(to) - minutes(from)) / 60;
}

/** Days of the closed period [from, to] that fall inside the closed window [start, end]. */
export function overlapDays(from: string, to: string, start: string, end: string): number {
  const a = maxDate(from, start);
  const b = minDate(to, end);
  const n = calendarDaysBetween(a, b) + 1;
  return n > 0 ? n : 0;
}
