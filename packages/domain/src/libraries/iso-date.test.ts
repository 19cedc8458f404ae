import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate, normalizeDateCell } from './iso-date';

describe('iso-date helpers', () => {
  it('民法典 第203条: a month period ends on the same day, or the month’s last day when it has none', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -12)).toBe('2024-01-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });

  it('checks real calendar dates', () => {
    expect(['2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-1-01', 20250101, '2025-13-01'].map(isIsoDate)).toEqual([false, false, false, false]);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('reads the date forms of spreadsheets and refuses the rest', () => {
    expect(['2025/3/5', '2025.03.05', '2025年3月5日', ' 2025-03-05 '].map(normalizeDateCell)).toEqual(
      Array(4).fill('2025-03-05'),
    );
    expect([45000, '3/5/2025', '2025-02-30', new Date(Number.NaN)].map(normalizeDateCell)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
