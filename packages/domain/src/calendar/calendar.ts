import { assertValidDate, isWeekend, yearOf } from './dates';
import type { CalendarEntry, CalendarEntryKind } from './entry';
import { statutoryHolidays } from './statutory';

export interface Calendar {
  /** Years whose holiday notice is loaded, ascending. Other years are computed provisionally. */
  readonly loadedYears: readonly number[];
  readonly days: ReadonlyMap<string, { readonly kind: CalendarEntryKind; readonly name?: string }>;
  /** Set only inside trackProvisional(): the unloaded years a computation looked at. */
  readonly touched?: Set<number>;
}

/**
 * Builds a calendar from notice entries. A year counts as loaded only if it has at least one
 * entry: every real notice lists 元旦, so an empty year means its notice was never imported.
 */
export function createCalendar(entries: readonly CalendarEntry[]): Calendar {
  const days = new Map<string, { kind: CalendarEntryKind; name?: string }>();
  const years = new Set<number>();
  for (const entry of entries) {
    assertValidDate(entry.date);
    if (entry.kind !== 'holiday' && entry.kind !== 'workday') {
      throw new Error(`节假日条目类型无效：${entry.date} 的类型应为 holiday 或 workday`);
    }
    const existing = days.get(entry.date);
    if (existing && existing.kind !== entry.kind) {
      throw new Error(`节假日条目冲突：${entry.date} 同时被标为放假和上班`);
    }
    days.set(entry.date, entry.name === undefined ? { kind: entry.kind } : { kind: entry.kind, name: entry.name });
    years.add(yearOf(entry.date));
  }
  return { loadedYears: [...years].sort((a, b) => a - b), days };
}

export function loadedYears(calendar: Calendar): readonly number[] {
  return calendar.loadedYears;
}

export function isYearLoaded(year: number, calendar: Calendar): boolean {
  return calendar.loadedYears.includes(year);
}

// The provisional days of a year depend on the year alone, so they are worked out once.
const provisionalYears = new Map<number, ReadonlyMap<string, string>>();
function provisionalDaysOff(year: number): ReadonlyMap<string, string> {
  let days = provisionalYears.get(year);
  if (!days) {
    days = new Map(statutoryHolidays(year).map((e) => [e.date, e.name ?? '法定节假日']));
    provisionalYears.set(year, days);
  }
  return days;
}

/** The entry for a date: from the loaded notice, or from the provisional calendar (recorded as touched). */
function lookup(date: string, calendar: Calendar): { kind: CalendarEntryKind; name?: string } | undefined {
  const year = yearOf(date);
  if (isYearLoaded(year, calendar)) return calendar.days.get(date);
  calendar.touched?.add(year);
  const name = provisionalDaysOff(year).get(date);
  return name === undefined ? undefined : { kind: 'holiday', name };
}

/** 调休上班 days work; otherwise Monday–Friday unless the notice (or, unloaded, the 办法) gives the day off. */
export function isWorkingDay(date: string, calendar: Calendar): boolean {
  const entry = lookup(date, calendar);
  if (entry) return entry.kind === 'workday';
  return !isWeekend(date);
}

/** Name of the holiday the date belongs to, or null when it is not a day off by notice or 办法. */
export function holidayName(date: string, calendar: Calendar): string | null {
  const entry = lookup(date, calendar);
  return entry?.kind === 'holiday' ? (entry.name ?? '法定节假日') : null;
}

export interface Tracked<T> {
  value: T;
  /** True when the value rests on a year whose holiday notice is not loaded. */
  provisional: boolean;
  /** Those years, ascending. */
  provisionalYears: number[];
}

/** Runs a computation and reports whether it looked at any day of a year not loaded. */
export function trackProvisional<T>(calendar: Calendar, compute: (calendar: Calendar) => T): Tracked<T> {
  const touched = new Set<number>();
  const value = compute({ loadedYears: calendar.loadedYears, days: calendar.days, touched });
  const years = [...touched].sort((a, b) => a - b);
  return { value, provisional: years.length > 0, provisionalYears: years };
}
