import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2024_2026 } from './holidays-cn';
import { statutoryHolidays } from './statutory';

const days = (year: number) => statutoryHolidays(year).map((e) => e.date);

describe('放假办法 第二条, 第六条: the provisional calendar of a year without a notice', () => {
  it('第二条: 2027 has 13 statutory days; 第六条: each on a weekend is made up on the next weekday', () => {
    expect(statutoryHolidays(2027).map((e) => `${e.date} ${e.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节', // 除夕
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-02-09 春节（补假）',
      '2027-02-10 春节（补假）',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-05-03 劳动节（补假）',
      '2027-05-04 劳动节（补假）',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
      '2027-10-04 国庆节（补假）',
      '2027-10-05 国庆节（补假）',
    ]);
  });

  it('第六条: 中秋 on 国庆 (3 October 2028) still gives a day, and 元旦 on a Saturday is made up on Monday', () => {
    expect(days(2028)).toEqual(expect.arrayContaining(['2028-01-03', '2028-10-03', '2028-10-04', '2028-10-05']));
    expect(days(2028)).not.toContain('2028-10-02T');
    expect(statutoryHolidays(2028).filter((e) => e.date.startsWith('2028-10'))).toHaveLength(5);
  });

  it("第二条 (2024年修订): every provisional day of 2025 and 2026 is a day off in that year's real notice", () => {
    const real = new Set(CN_HOLIDAYS_2024_2026.filter((e) => e.kind === 'holiday').map((e) => e.date));
    for (const year of [2025, 2026]) {
      for (const d of days(year)) expect(real.has(d), d).toBe(true);
    }
  });

  it('第七条: no 调休 — a provisional year has no working weekend day', () => {
    for (const year of [2027, 2030, 2035])
      expect(statutoryHolidays(year).every((e) => e.kind === 'holiday')).toBe(true);
  });
});
