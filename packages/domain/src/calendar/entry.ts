export type CalendarEntryKind = 'holiday' | 'workday';

/** One day of a State Council holiday notice: a day off (放假) or a swapped working day (调休上班). */
export interface CalendarEntry {
  date: string;
  kind: CalendarEntryKind;
  name?: string;
}
