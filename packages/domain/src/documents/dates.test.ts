import { describe, expect, it } from 'vitest';
import { articleLabel } from './articles';
import { chineseDate, figureDate, figureDateTime } from './dates';

describe('chineseDate (GB/T 9704-2012 7.3.5.1 成文日期)', () => {
  it.each([
    ['2026-12-07', '二〇二六年十二月七日'],
    ['2025-01-10', '二〇二五年一月十日'],
    ['2030-10-31', '二〇三〇年十月三十一日'],
    ['2026-02-20', '二〇二六年二月二十日'],
  ])('%s → %s', (d, expected) => expect(chineseDate(d)).toBe(expected));

  it('refuses what is not a date', () => {
    expect(() => chineseDate('7/12/2026')).toThrow(RangeError);
  });

  it('writes dates inside the body in figures', () => {
    expect(figureDate('2026-12-07')).toBe('2026年12月7日');
    expect(figureDateTime('2026-12-07T09:30')).toBe('2026年12月7日9时30分');
  });
});

describe('articleLabel (statute citation form)', () => {
  it('第42条 → 第四十二条, 第72条第1款第1项 → 第七十二条第一款第（一）项', () => {
    expect(articleLabel(42)).toBe('第四十二条');
    expect(articleLabel(72, 1, 1)).toBe('第七十二条第一款第（一）项');
    expect(articleLabel(110)).toBe('第一百一十条');
    expect(articleLabel(10)).toBe('第十条');
  });
});
