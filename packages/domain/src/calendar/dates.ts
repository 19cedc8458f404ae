// Calendar-date arithmetic on `YYYY-MM-DD` strings. Dates are converted to a day count since
// 1970-01-01 with pure integer arithmetic (proleptic Gregorian), so results never depend on the
// host's time zone, on `Date` parsing quirks, or on the clock.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  readonly input: unknown;
  constructor(input: unknown) {
    super(`日期无效：“${String(input)}”，应为 YYYY-MM-DD 格式的真实日期`);
    this.name = 'InvalidDateError';
    this.input = input;
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: string): DateParts {
  const m = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!m) throw new InvalidDateError(date);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(date);
  }
  return { year, month, day };
}

export function isValidDate(date: unknown): date is string {
  try {
    parts(date as string);
    return true;
  } catch {
    return false;
  }
}

export function assertValidDate(date: string): void {
  parts(date);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format({ year, month, day }: DateParts): string {
  if (year < 1 || year > 9999) throw new RangeError(`日期超出可计算范围：${year} 年`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dateParts(date: string): DateParts {
  return parts(date);
}

export function yearOf(date: string): number {
  return parts(date).year;
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript's `Date#getUTCDay`. */
export function dayOfWeek(date: string): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((toDayNumber(parts(date)) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`天数必须为整数：${n}`);
  return format(fromDayNumber(toDayNumber(parts(date)) + n));
}

/** Number of days from `a` to `b` (negative when b is earlier). */
export function calendarDaysBetween(a: string, b: string): number {
  return toDayNumber(parts(b)) - toDayNumber(parts(a));
}

export function compareDates(a: string, b: string): number {
  const diff = calendarDaysBetween(b, a);
  return diff > 0 ? 1 : diff < 0 ? -1 : 0;
}

/** Same day number `n` months later, or that month's last day when it has no such day (民法典 第202条). */
export function addMonthsClamped(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`月数必须为整数：${n}`);
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}
