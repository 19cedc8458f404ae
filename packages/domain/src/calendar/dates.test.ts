import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InvalidDateError,
  addDays,
  addMonthsClamped,
  calendarDaysBetween,
  compareDates,
  createCalendar,
  dayOfWeek,
  defaultCalendar,
  isValidDate,
  isWorkingDay,
} from './index';

describe('YYYY-MM-DD dates', () => {
  it('rejects malformed and impossible dates with a clear error', () => {
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '20250101',
      '',
      '2025-04-31',
      '2025-01-01T00:00',
    ]) {
      expect(isValidDate(bad), bad).toBe(false);
      expect(() => addDays(bad, 1), bad).toThrow(InvalidDateError);
    }
    expect(() => isWorkingDay('2025-02-30', defaultCalendar())).toThrow('日期无效：“2025-02-30”');
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate(20250101)).toBe(false);
  });

  it('knows the weekday of known dates (2025-10-01 Wednesday, 2000-01-01 Saturday, 1970-01-01 Thursday)', () => {
    expect(dayOfWeek('2025-10-01')).toBe(3);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1600-03-01')).toBe(3);
  });

  it('agrees with the host UTC calendar for day arithmetic and weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -1000, max: 1000 }), (offset, n) => {
        const base = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000);
        const iso = base.toISOString().slice(0, 10);
        const expected = new Date(base.getTime() + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso, n)).toBe(expected);
        expect(calendarDaysBetween(iso, expected)).toBe(n);
        expect(dayOfWeek(iso)).toBe(base.getUTCDay());
        expect(compareDates(iso, expected)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
      }),
    );
  });

  it('民法典 第202条: month arithmetic clamps to month end and crosses years', () => {
    expect(addMonthsClamped('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsClamped('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonthsClamped('2025-05-15', 12)).toBe('2026-05-15');
  });

  it('createCalendar refuses invalid and contradictory entries', () => {
    expect(() => createCalendar([{ date: '2025-02-30', kind: 'holiday' }])).toThrow(InvalidDateError);
    expect(() =>
      createCalendar([
        { date: '2025-10-11', kind: 'holiday' },
        { date: '2025-10-11', kind: 'workday' },
      ]),
    ).toThrow('2025-10-11 同时被标为放假和上班');
  });
});
