import { describe, expect, it } from 'vitest';
import { isPaper, pageRule, pxToMm } from './paper';

describe('print page rules', () => {
  it('A4 prints the PDF pages edge to edge (their margins are in the PDF)', () => {
    expect(pageRule('a4')).toBe('@page { size: A4 portrait; margin: 0; }');
  });

  it('a receipt is one 80 mm page as long as its content, the margins and 6 mm of slack', () => {
    expect(pageRule('receipt80', 180.2)).toBe('@page { size: 80mm 195mm; margin: 4mm 4mm; }');
  });

  it('an unmeasured receipt falls back to a long page, never to an invalid or square size', () => {
    for (const h of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const rule = pageRule('receipt80', h);
      expect(rule).toBe('@page { size: 80mm 297mm; margin: 4mm 4mm; }');
      expect(rule).not.toContain('auto');
    }
  });

  it('converts CSS pixels to millimetres at 96 px per inch', () => {
    expect(pxToMm(96)).toBeCloseTo(25.4, 6);
  });

  it('accepts only the two papers from the address', () => {
    expect(isPaper('a4')).toBe(true);
    expect(isPaper('receipt80')).toBe(true);
    expect(isPaper('letter')).toBe(false);
    expect(isPaper(null)).toBe(false);
  });
});
