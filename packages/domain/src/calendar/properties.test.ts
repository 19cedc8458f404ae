import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addDays,
  addMonths,
  addWorkingDays,
  calendarDaysBetween,
  countWorkingDaysAfter,
  dayOfWeek,
  daysInMonth,
  defaultCalendar,
  isWorkingDay,
  workingDaysBetween,
} from './index';

const cal = defaultCalendar();
// Starts in 2024–2025 so that every generated period stays inside the loaded years.
const startDate = fc.integer({ min: 0, max: 730 }).map((n) => addDays('2024-01-01', n));
const parts = (d: string) => d.split('-').map(Number) as [number, number, number];

describe('deadline properties', () => {
  it('行政处罚法 第85条: the n-th working day after start is a working day, strictly after start, and exactly n are used', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 150 }), (start, n) => {
        const end = addWorkingDays(start, n, cal);
        expect(isWorkingDay(end, cal)).toBe(true);
        expect(calendarDaysBetween(start, end)).toBeGreaterThan(0);
        expect(countWorkingDaysAfter(start, end, cal)).toBe(n);
        expect(workingDaysBetween(start, end, cal)).toBe(n - 1);
      }),
    );
  });

  it('民事诉讼法 第85条: a rolled calendar-day deadline is the first working day on or after the raw last day', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 300 }), (start, n) => {
        const raw = addCalendarDays(start, n, cal);
        const rolled = addCalendarDays(start, n, cal, { rollToWorkingDay: true });
        expect(calendarDaysBetween(start, raw)).toBe(n);
        expect(calendarDaysBetween(raw, rolled)).toBeGreaterThanOrEqual(0);
        expect(isWorkingDay(rolled, cal)).toBe(true);
        for (let d = raw; d !== rolled; d = addDays(d, 1)) expect(isWorkingDay(d, cal)).toBe(false);
      }),
    );
  });

  it('民法典 第202条: a month period ends on the corresponding day, or the last day of a shorter month', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 12 }), (start, n) => {
        const [y, m, d] = parts(start);
        const [ty, tm, td] = parts(addMonths(start, n, cal));
        expect(ty * 12 + tm - (y * 12 + m)).toBe(n);
        expect(td).toBe(Math.min(d, daysInMonth(ty, tm)));
      }),
    );
  });

  it('民法典 第203条: a rolled month period is a working day no earlier than the unrolled one', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 12 }), (start, n) => {
        const raw = addMonths(start, n, cal);
        const rolled = addMonths(start, n, cal, { rollToWorkingDay: true });
        expect(calendarDaysBetween(raw, rolled)).toBeGreaterThanOrEqual(0);
        expect(isWorkingDay(rolled, cal)).toBe(true);
      }),
    );
  });

  it('国务院关于职工工作时间的规定 第7条: outside notified days, exactly Monday–Friday are working days', () => {
    const notified = new Set([...cal.days.keys()]);
    fc.assert(
      fc.property(startDate, (d) => {
        fc.pre(!notified.has(d));
        const w = dayOfWeek(d);
        expect(isWorkingDay(d, cal)).toBe(w >= 1 && w <= 5);
      }),
    );
  });
});
