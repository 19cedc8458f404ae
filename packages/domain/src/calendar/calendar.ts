import { assertValidDate, isWeekend, yearOf } from './dates';

export type CalendarEntryKind = 'holiday' | 'workday';

/** One day of a State Council holiday notice: a day off (放假) or a swapped working day (调休上班). */
export interface CalendarEntry {
  date: string;
  kind: CalendarEntryKind;
  name?: string;
}

export interface Calendar {
  /** Years whose holiday notice is loaded, ascending. Any other year is refused. */
  readonly loadedYears: readonly number[];
  readonly days: ReadonlyMap<string, { readonly kind: CalendarEntryKind; readonly name?: string }>;
}

export class CalendarYearNotLoadedError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`${year} 年节假日安排尚未导入，无法计算期限`);
    this.name = 'CalendarYearNotLoadedError';
    this.year = year;
  }
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

/** Throws CalendarYearNotLoadedError unless the date's year is loaded (never assume weekends only). */
export function assertYearLoaded(date: string, calendar: Calendar): void {
  const year = yearOf(date);
  if (!isYearLoaded(year, calendar)) throw new CalendarYearNotLoadedError(year);
}

/** 调休上班 days work; otherwise Monday–Friday unless the notice gives the day off. */
export function isWorkingDay(date: string, calendar: Calendar): boolean {
  assertYearLoaded(date, calendar);
  const entry = calendar.days.get(date);
  if (entry) return entry.kind === 'workday';
  return !isWeekend(date);
}

/** Name of the holiday the date belongs to, or null when it is not a notified day off. */
export function holidayName(date: string, calendar: Calendar): string | null {
  assertYearLoaded(date, calendar);
  const entry = calendar.days.get(date);
  return entry?.kind === 'holiday' ? (entry.name ?? '法定节假日') : null;
}
