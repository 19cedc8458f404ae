import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  countWorkingDaysAfter,
  createCalendar,
  defaultCalendar,
  holidayName,
  isWorkingDay,
  loadedYears,
  trackProvisional,
  workingDaysBetween,
  CN_HOLIDAYS_2024_2026,
} from './index';

const cal = defaultCalendar();
const roll = { rollToWorkingDay: true };

describe('legal-rules §8.4 worked examples', () => {
  it('行政处罚法 第64条/第85条: hearing request 5 working days from 2025-09-30 is 2025-10-14 (Sat 11 Oct counts)', () => {
    expect(addWorkingDays('2025-09-30', 5, cal)).toBe('2025-10-14');
  });

  it('行政处罚法 第85条: 3 working days from Fri 2025-09-26 is 2025-09-30 (调休 Sun 28 Sep counts)', () => {
    expect(addWorkingDays('2025-09-26', 3, cal)).toBe('2025-09-30');
  });

  it('行政处罚法 第61条/第85条: service within 7 working days of 2026-02-12 ends on the 调休 Saturday 2026-02-28', () => {
    expect(addWorkingDays('2026-02-12', 7, cal)).toBe('2026-02-28');
  });

  it('行政处罚法 第85条: 7 working days from 2026-09-30 across 国庆 is 2026-10-15', () => {
    expect(addWorkingDays('2026-09-30', 7, cal)).toBe('2026-10-15');
  });

  it('行政处罚法 第85条: 7 working days from 2025-12-31 across 元旦 2026 is 2026-01-12 (Sun 4 Jan counts)', () => {
    expect(addWorkingDays('2025-12-31', 7, cal)).toBe('2026-01-12');
  });

  it('行政处罚法 第67条; 民事诉讼法 第85条: payment 15 days from 2025-09-16, raw 2025-10-01 on holiday, ends 2025-10-09', () => {
    expect(addCalendarDays('2025-09-16', 15, cal)).toBe('2025-10-01');
    expect(addCalendarDays('2025-09-16', 15, cal, roll)).toBe('2025-10-09');
  });

  it('行政复议法 第20条; 民事诉讼法 第85条: reconsideration 60 days from 2026-03-02, raw 2026-05-01, ends 2026-05-06', () => {
    expect(addCalendarDays('2026-03-02', 60, cal)).toBe('2026-05-01');
    expect(addCalendarDays('2026-03-02', 60, cal, roll)).toBe('2026-05-06');
  });

  it('行政诉讼法 第46条; 民法典 第203条: 6 months from 2025-08-31 is 2026-02-28, a working Saturday, so no roll', () => {
    expect(addMonths('2025-08-31', 6, cal)).toBe('2026-02-28');
    expect(addMonths('2025-08-31', 6, cal, roll)).toBe('2026-02-28');
  });

  it('行政强制法 第25条: 查封扣押 30 days from 2026-01-05 ends 2026-02-04, extended 30 days ends 2026-03-06', () => {
    const first = addCalendarDays('2026-01-05', 30, cal);
    expect(first).toBe('2026-02-04');
    expect(addCalendarDays(first, 30, cal)).toBe('2026-03-06');
  });
});

describe('working-day counting', () => {
  it('行政处罚法 第85条: 调休 weekend days work, holiday weekdays do not', () => {
    expect(isWorkingDay('2025-10-11', cal)).toBe(true);
    expect(isWorkingDay('2025-10-12', cal)).toBe(false);
    expect(isWorkingDay('2025-10-08', cal)).toBe(false);
    expect(isWorkingDay('2025-10-09', cal)).toBe(true);
    expect(isWorkingDay('2025-09-27', cal)).toBe(false);
  });

  it('行政处罚法 第85条: zero working days leaves the start date', () => {
    expect(addWorkingDays('2025-10-01', 0, cal)).toBe('2025-10-01');
  });

  it('行政处罚法 第64条: hearing notice "七日前" needs 7 full working days strictly between notice and hearing', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-12', cal)).toBe(6);
    expect(workingDaysBetween('2025-03-03', '2025-03-13', cal)).toBe(7);
    expect(workingDaysBetween('2025-09-26', '2025-10-14', cal)).toBe(7);
    expect(workingDaysBetween('2025-09-30', '2025-10-14', cal)).toBe(4);
    expect(workingDaysBetween('2025-03-13', '2025-03-03', cal)).toBe(0);
  });

  it('行政处罚法 第85条: days used of a working-day period are counted in (start, end]', () => {
    expect(countWorkingDaysAfter('2025-09-30', '2025-10-14', cal)).toBe(5);
    expect(countWorkingDaysAfter('2025-09-30', '2025-10-13', cal)).toBe(4);
    expect(countWorkingDaysAfter('2025-09-30', '2025-09-30', cal)).toBe(0);
  });

  it('民法典 第203条: a month period ending on a Sunday rolls to Monday for the party', () => {
    expect(addMonths('2025-12-31', 5, cal)).toBe('2026-05-31');
    expect(addMonths('2025-12-31', 5, cal, roll)).toBe('2026-06-01');
  });

  it('民法典 第202条: a month period without the corresponding day ends on the last day of the month', () => {
    expect(addMonths('2024-01-31', 1, cal)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1, cal)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1, cal)).toBe('2025-04-30');
    expect(addMonths('2024-02-29', 12, cal)).toBe('2025-02-28');
  });

  it('rejects negative and fractional period lengths', () => {
    expect(() => addWorkingDays('2025-01-02', -1, cal)).toThrow(RangeError);
    expect(() => addCalendarDays('2025-01-02', 1.5, cal)).toThrow(RangeError);
    expect(() => addMonths('2025-01-02', -2, cal)).toThrow(RangeError);
  });
});

describe('legal-rules §8.3: a year without a loaded notice is computed provisionally, never refused', () => {
  it('the shipped calendar loads 2024, 2025 and 2026 only', () => {
    expect(loadedYears(cal)).toEqual([2024, 2025, 2026]);
  });

  it('行政处罚法 第85条: working days running past 2026-12-31 skip 元旦 2027 and are marked provisional', () => {
    expect(trackProvisional(cal, (c) => addWorkingDays('2026-12-28', 3, c))).toEqual({
      value: '2026-12-31',
      provisional: false,
      provisionalYears: [],
    });
    // 29, 30, 31 December; 1 January 2027 (元旦, a Friday) is off; Monday 4 January is the fourth.
    expect(trackProvisional(cal, (c) => addWorkingDays('2026-12-28', 4, c))).toEqual({
      value: '2027-01-04',
      provisional: true,
      provisionalYears: [2027],
    });
  });

  it('行政处罚法 第85条: a calendar-day period is provisional only when its last day has to be rolled on a provisional year', () => {
    // 4 January 2027 is a Monday: nothing of 2027 is looked at without the roll, and the roll keeps it.
    expect(trackProvisional(cal, (c) => addCalendarDays('2026-12-20', 15, c))).toEqual({
      value: '2027-01-04',
      provisional: false,
      provisionalYears: [],
    });
    expect(trackProvisional(cal, (c) => addCalendarDays('2026-12-20', 15, c, roll))).toEqual({
      value: '2027-01-04',
      provisional: true,
      provisionalYears: [2027],
    });
    // 17 December + 15 = 1 January 2027 (元旦) → Monday 4 January.
    expect(addCalendarDays('2026-12-17', 15, cal, roll)).toBe('2027-01-04');
    expect(addMonths('2026-08-31', 6, cal, roll)).toBe('2027-03-01');
    expect(isWorkingDay('2027-02-08', cal)).toBe(false);
    expect(holidayName('2027-02-09', cal)).toBe('春节（补假）');
  });

  it('legal-rules §8.3: only the years counted — a start in an unloaded year needs nothing from that year', () => {
    // The start day is never counted: 2 January 2024 onwards, 元旦 2024 off.
    expect(trackProvisional(cal, (c) => addWorkingDays('2023-12-31', 5, c))).toEqual({
      value: '2024-01-08',
      provisional: false,
      provisionalYears: [],
    });
    expect(trackProvisional(cal, (c) => addWorkingDays('2023-12-29', 1, c))).toMatchObject({
      value: '2024-01-02',
      provisional: true,
      provisionalYears: [2023],
    });
    expect(trackProvisional(cal, (c) => workingDaysBetween('2023-12-01', '2024-01-10', c)).provisionalYears).toEqual([
      2023,
    ]);
  });

  it('a gap year between loaded years is provisional too', () => {
    const gappy = createCalendar(CN_HOLIDAYS_2024_2026.filter((e) => !e.date.startsWith('2025')));
    expect(loadedYears(gappy)).toEqual([2024, 2026]);
    expect(trackProvisional(gappy, (c) => addWorkingDays('2024-12-30', 5, c))).toEqual({
      value: '2025-01-07',
      provisional: true,
      provisionalYears: [2025],
    });
  });
});
