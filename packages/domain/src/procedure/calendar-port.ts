// The procedure's single door to calendar/: every period computation goes through here so a
// missing holiday year becomes a refusal or a flagged deadline instead of an exception.
import {
  type Calendar,
  CalendarYearNotLoadedError,
  addCalendarDays,
  addDays,
  addMonths,
  addMonthsClamped,
  addWorkingDays,
  calendarDaysBetween,
  compareDates,
  countWorkingDaysAfter,
  isWorkingDay,
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
  workingDaysBetween,
};

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

export function isCalendarMissing(e: unknown): e is CalendarYearNotLoadedError {
  return e instanceof CalendarYearNotLoadedError;
}

/** Runs a computation; a missing holiday year yields null, any other error is rethrown. */
export function tryCompute<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (isCalendarMissing(e)) return null;
    throw e;
  }
}
