import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSurcharge } from './index';

describe('加处罚款 surcharge', () => {
  it('行政处罚法 第72条: 3% of a 1,000-yuan fine per day: day 1 = 30, day 33 = 990', () => {
    expect(computeSurcharge(1000, 1)).toBe(30);
    expect(computeSurcharge(1000, 33)).toBe(990);
  });

  it('行政强制法 第45条: capped at the fine: day 34 onward = 1,000', () => {
    expect(computeSurcharge(1000, 34)).toBe(1000);
    expect(computeSurcharge(1000, 400)).toBe(1000);
  });

  it('行政强制法 第45条: days excluded by law are not charged', () => {
    expect(computeSurcharge(1000, 10, 4)).toBe(180);
    expect(computeSurcharge(1000, 3, 5)).toBe(0);
    expect(computeSurcharge(1000, 0)).toBe(0);
  });

  it('行政处罚法 第72条: the amount is rounded to the cent', () => {
    expect(computeSurcharge(333.33, 1)).toBe(10);
    expect(computeSurcharge(1234.56, 7)).toBe(259.26);
    expect(computeSurcharge(50.5, 3)).toBe(4.55);
  });

  it('行政强制法 第45条: never exceeds the fine and never decreases with more days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100 }), (cents, days) => {
        const fine = cents / 100;
        const a = computeSurcharge(fine, days);
        expect(a).toBeLessThanOrEqual(fine);
        expect(computeSurcharge(fine, days + 1)).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('rejects negative fines and non-integer day counts', () => {
    expect(() => computeSurcharge(-1, 1)).toThrow(RangeError);
    expect(() => computeSurcharge(100, 1.5)).toThrow(RangeError);
    expect(() => computeSurcharge(100, 3, -1)).toThrow(RangeError);
  });
});
