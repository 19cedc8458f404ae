import { CalendarYearNotLoadedError, addWorkingDays, defaultCalendar, type Calendar } from '@zhifa/domain';

// The statutory holiday tables shipped with the domain: the same working-day arithmetic the
// server uses, so the hints a form shows agree with what the server will decide.
let calendar: Calendar | null = null;

export function workCalendar(): Calendar {
  calendar ??= defaultCalendar();
  return calendar;
}

/** Runs a calendar computation; null when the year's holiday notice is not loaded. */
export function withCalendar<T>(fn: (c: Calendar) => T): T | null {
  try {
    return fn(workCalendar());
  } catch (e) {
    if (e instanceof CalendarYearNotLoadedError) return null;
    throw e;
  }
}

export function workingDaysAfter(date: string, n: number): string | null {
  return withCalendar((c) => addWorkingDays(date, n, c));
}
