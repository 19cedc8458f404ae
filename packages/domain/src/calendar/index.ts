// The one deadline engine: every period in the platform is computed here.
export type { CalendarEntry, CalendarEntryKind } from './entry';
export {
  type Calendar,
  type Tracked,
  createCalendar,
  loadedYears,
  isYearLoaded,
  isWorkingDay,
  holidayName,
  trackProvisional,
} from './calendar';
export {
  type RollOptions,
  addWorkingDays,
  addCalendarDays,
  addMonths,
  workingDaysBetween,
  countWorkingDaysAfter,
  rollForwardToWorkingDay,
} from './deadlines';
export {
  InvalidDateError,
  isValidDate,
  assertValidDate,
  isLeapYear,
  daysInMonth,
  yearOf,
  dayOfWeek,
  isWeekend,
  addDays,
  addMonthsClamped,
  calendarDaysBetween,
  compareDates,
} from './dates';
export { CN_HOLIDAYS_2024_2026, defaultCalendar } from './holidays-cn';
export { type LunarFestivals, lunarFestivals, qingming } from './lunar';
export { PROVISIONAL_NOTE, statutoryHolidays } from './statutory';
export { type ParseCalendarEntriesResult, parseCalendarEntries } from './parse-entries';
export { computeSurcharge } from './surcharge';
