import { describe, expect, it } from 'vitest';
import { LUNAR_TABLE_YEARS, icuLunarMonthDay, lunarFestivals, qingming } from './lunar';

describe('放假办法 第二条: lunar festivals and 清明', () => {
  it('the table agrees with the Chinese calendar of ICU, except two 正月初一 that ICU puts a day off', () => {
    // New moons within minutes of midnight Beijing time: 2027-02-06 23:56 and 2030-02-03 00:07 (CST);
    // the published calendar has 正月初一 on 6 February 2027 and 3 February 2030, ICU on the 7th and the 2nd.
    const icuOff = new Map([
      ['2027-02-06', '2027-02-07'],
      ['2030-02-03', '2030-02-02'],
    ]);
    for (const year of LUNAR_TABLE_YEARS) {
      const f = lunarFestivals(year);
      for (const [date, month, day] of [
        [f.springFestival, '1', 1],
        [f.dragonBoat, '5', 5],
        [f.midAutumn, '8', 15],
      ] as const) {
        const icuDate = icuOff.get(date);
        if (icuDate) {
          expect(icuLunarMonthDay(icuDate), date).toEqual({ month, day });
          expect(icuLunarMonthDay(date), date).not.toEqual({ month, day });
        } else {
          expect(icuLunarMonthDay(date), date).toEqual({ month, day });
        }
      }
    }
  });

  it('published dates: 春节 2026-02-17 and 2027-02-06, 端午 2027-06-09, 中秋 2027-09-15', () => {
    expect(lunarFestivals(2026).springFestival).toBe('2026-02-17');
    expect(lunarFestivals(2027)).toEqual({
      springFestival: '2027-02-06',
      dragonBoat: '2027-06-09',
      midAutumn: '2027-09-15',
    });
  });

  it('past the table the festivals come from ICU', () => {
    const f = lunarFestivals(2045);
    expect(icuLunarMonthDay(f.springFestival)).toEqual({ month: '1', day: 1 });
    expect(icuLunarMonthDay(f.midAutumn)).toEqual({ month: '8', day: 15 });
  });

  it('清明 is the solar term: 4 April in 2024, 2025 and 2028, 5 April in 2026 and 2027', () => {
    expect([2024, 2025, 2026, 2027, 2028].map(qingming)).toEqual([
      '2024-04-04',
      '2025-04-04',
      '2026-04-05',
      '2027-04-05',
      '2028-04-04',
    ]);
    expect(() => qingming(2100)).toThrow(RangeError);
  });
});
