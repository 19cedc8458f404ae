import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAYS_2024_2026,
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  dayOfWeek,
  defaultCalendar,
  holidayName,
  isWorkingDay,
} from './index';

const cal = defaultCalendar();
const roll = { rollToWorkingDay: true };

// For 元旦 2024 the period starts in 2023; the 2023 notice (国办发明电〔2022〕16号) has no day off or
// swapped day after 国庆 (which ended 6–8 Oct), so loading its 元旦 entry is enough for late December.
const withLate2023 = createCalendar([{ date: '2023-01-01', kind: 'holiday', name: '元旦' }, ...CN_HOLIDAYS_2024_2026]);

interface BlockCase {
  holiday: string;
  working: [start: string, n: number, expected: string][];
  calendarDays: [start: string, n: number, raw: string, expected: string];
}

// Each block: working days spanning it (and its 调休 days), and a 15-day deadline landing inside it.
const BLOCKS: BlockCase[] = [
  {
    holiday: '2024 春节',
    working: [
      ['2024-02-08', 3, '2024-02-19'],
      ['2024-02-02', 1, '2024-02-04'],
    ],
    calendarDays: ['2024-01-31', 15, '2024-02-15', '2024-02-18'],
  },
  {
    holiday: '2024 清明节',
    working: [['2024-04-03', 2, '2024-04-08']],
    calendarDays: ['2024-03-20', 15, '2024-04-04', '2024-04-07'],
  },
  {
    holiday: '2024 劳动节',
    working: [
      ['2024-04-26', 4, '2024-05-06'],
      ['2024-05-09', 2, '2024-05-11'],
    ],
    calendarDays: ['2024-04-18', 15, '2024-05-03', '2024-05-06'],
  },
  {
    holiday: '2024 端午节',
    working: [['2024-06-07', 1, '2024-06-11']],
    calendarDays: ['2024-05-26', 15, '2024-06-10', '2024-06-11'],
  },
  {
    holiday: '2024 中秋节',
    working: [['2024-09-12', 3, '2024-09-18']],
    calendarDays: ['2024-09-01', 15, '2024-09-16', '2024-09-18'],
  },
  {
    holiday: '2024 国庆节',
    working: [
      ['2024-09-27', 3, '2024-10-08'],
      ['2024-10-10', 2, '2024-10-12'],
    ],
    calendarDays: ['2024-09-20', 15, '2024-10-05', '2024-10-08'],
  },
  {
    holiday: '2025 元旦',
    working: [['2024-12-31', 1, '2025-01-02']],
    calendarDays: ['2024-12-17', 15, '2025-01-01', '2025-01-02'],
  },
  {
    holiday: '2025 春节',
    working: [
      ['2025-01-24', 3, '2025-02-05'],
      ['2025-02-06', 2, '2025-02-08'],
    ],
    calendarDays: ['2025-01-15', 15, '2025-01-30', '2025-02-05'],
  },
  {
    holiday: '2025 清明节',
    working: [['2025-04-03', 1, '2025-04-07']],
    calendarDays: ['2025-03-20', 15, '2025-04-04', '2025-04-07'],
  },
  {
    holiday: '2025 劳动节',
    working: [['2025-04-25', 5, '2025-05-06']],
    calendarDays: ['2025-04-17', 15, '2025-05-02', '2025-05-06'],
  },
  {
    holiday: '2025 端午节',
    working: [['2025-05-30', 1, '2025-06-03']],
    calendarDays: ['2025-05-17', 15, '2025-06-01', '2025-06-03'],
  },
  {
    holiday: '2025 国庆节、中秋节',
    working: [['2025-09-26', 4, '2025-10-09']],
    calendarDays: ['2025-09-23', 15, '2025-10-08', '2025-10-09'],
  },
  {
    holiday: '2026 元旦',
    working: [['2025-12-31', 1, '2026-01-04']],
    calendarDays: ['2025-12-17', 15, '2026-01-01', '2026-01-04'],
  },
  {
    holiday: '2026 春节',
    working: [
      ['2026-02-13', 1, '2026-02-14'],
      ['2026-02-13', 2, '2026-02-24'],
    ],
    calendarDays: ['2026-02-05', 15, '2026-02-20', '2026-02-24'],
  },
  {
    holiday: '2026 清明节',
    working: [['2026-04-03', 1, '2026-04-07']],
    calendarDays: ['2026-03-20', 15, '2026-04-04', '2026-04-07'],
  },
  {
    holiday: '2026 劳动节',
    working: [
      ['2026-04-30', 1, '2026-05-06'],
      ['2026-04-30', 4, '2026-05-09'],
    ],
    calendarDays: ['2026-04-18', 15, '2026-05-03', '2026-05-06'],
  },
  {
    holiday: '2026 端午节',
    working: [['2026-06-18', 1, '2026-06-22']],
    calendarDays: ['2026-06-04', 15, '2026-06-19', '2026-06-22'],
  },
  {
    holiday: '2026 中秋节',
    working: [['2026-09-24', 1, '2026-09-28']],
    calendarDays: ['2026-09-11', 15, '2026-09-26', '2026-09-28'],
  },
  {
    holiday: '2026 国庆节',
    working: [
      ['2026-09-18', 1, '2026-09-20'],
      ['2026-09-30', 3, '2026-10-10'],
    ],
    calendarDays: ['2026-09-16', 15, '2026-10-01', '2026-10-08'],
  },
];

describe('every 2024–2026 holiday block (annual notices; 行政处罚法 第85条; 民事诉讼法 第85条)', () => {
  for (const block of BLOCKS) {
    it(`行政处罚法 第85条: working days across ${block.holiday} skip the days off and count 调休 days`, () => {
      for (const [start, n, expected] of block.working) expect(addWorkingDays(start, n, cal)).toBe(expected);
    });

    it(`民事诉讼法 第85条: a 15-day deadline landing in ${block.holiday} moves to the next working day`, () => {
      const [start, n, raw, expected] = block.calendarDays;
      expect(addCalendarDays(start, n, cal)).toBe(raw);
      expect(isWorkingDay(raw, cal)).toBe(false);
      expect(addCalendarDays(start, n, cal, roll)).toBe(expected);
    });
  }

  it('行政处罚法 第85条: working days across 元旦 2024 need the 2023 notice; with it, 2023-12-29 + 1 is 2024-01-02', () => {
    expect(addWorkingDays('2023-12-29', 1, withLate2023)).toBe('2024-01-02');
  });

  it('民事诉讼法 第85条: a 15-day deadline landing on 元旦 2024 moves to 2024-01-02', () => {
    expect(addCalendarDays('2023-12-17', 15, withLate2023)).toBe('2024-01-01');
    expect(addCalendarDays('2023-12-17', 15, withLate2023, roll)).toBe('2024-01-02');
  });
});

describe('shipped notice data (国办发明电〔2023〕7号, 〔2024〕12号, 2026 notice)', () => {
  it('全国年节及纪念日放假办法 第2条: every swapped working day is a Saturday or Sunday', () => {
    for (const e of CN_HOLIDAYS_2024_2026.filter((x) => x.kind === 'workday')) {
      expect([0, 6], e.date).toContain(dayOfWeek(e.date));
    }
  });

  it('全国年节及纪念日放假办法 第2条: each year has at least the statutory number of days off (11 in 2024, 13 from 2025)', () => {
    const daysOff = (y: string) =>
      CN_HOLIDAYS_2024_2026.filter((e) => e.kind === 'holiday' && e.date.startsWith(y)).length;
    expect(daysOff('2024')).toBeGreaterThanOrEqual(11);
    expect(daysOff('2025')).toBeGreaterThanOrEqual(13);
    expect(daysOff('2026')).toBeGreaterThanOrEqual(13);
  });

  it('has no duplicate dates, and names every holiday day', () => {
    const dates = CN_HOLIDAYS_2024_2026.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(holidayName('2026-02-17', cal)).toBe('春节');
    expect(holidayName('2025-10-06', cal)).toBe('国庆节、中秋节');
    expect(holidayName('2025-10-11', cal)).toBeNull();
  });
});
