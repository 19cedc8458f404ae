// Age in full years (周岁), the one age function of the platform: 行政处罚法 第30条 (minors), the
// ID-number helpers and the on-the-spot decision all use it.
import { addMonthsClamped, calendarDaysBetween, dateParts, isValidDate } from '../calendar/dates';

/**
 * Completed years of age (周岁) on `date`, or null when a date is invalid or `date` is before the
 * birth. A person reaches an age only on the day AFTER the birthday: 法释〔2006〕1号 第2条
 * ("周岁，按照公历的年、月、日计算，从周岁生日的第二天起算"), the reading that protects a minor under
 * 行政处罚法 第30条. So on the 14th birthday a person is still 13, on the 18th still 17. A
 * 29 February birthday falls on 28 February in common years (民法典 第203条: no corresponding day,
 * the month's last day), so the age is reached on 1 March.
 */
export function ageOn(birthDate: string, date: string): number | null {
  if (!isValidDate(birthDate) || !isValidDate(date) || calendarDaysBetween(birthDate, date) < 0) return null;
  const years = dateParts(date).year - dateParts(birthDate).year;
  const birthdayThisYear = addMonthsClamped(birthDate, years * 12);
  // The birthday itself (and any day before it) does not yet count the new year.
  return Math.max(calendarDaysBetween(birthdayThisYear, date) <= 0 ? years - 1 : years, 0);
}
