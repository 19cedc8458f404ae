import { addWorkingDays, defaultCalendar, type Calendar } from '@zhifa/domain';

// The statutory holiday tables shipped with the domain: the same working-day arithmetic the
// server uses, so the hints a form shows agree with what the server will decide.
let calendar: Calendar | null = null;

export function workCalendar(): Calendar {
  calendar ??= defaultCalendar();
  return calendar;
}

/** Runs a calendar computation (a year without a shipped notice is computed provisionally). */
export function withCalendar<T>(fn: (c: Calendar) => T): T {
  return fn(workCalendar());
}

export function workingDaysAfter(date: string, n: number): string {
  return withCalendar((c) => addWorkingDays(date, n, c));
}
