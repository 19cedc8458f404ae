import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formalArticle, parseChineseNumber, toChineseNumber } from './chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['第一百零八条', 108],
    ['十', 10],
    ['十二', 12],
    ['一百', 100],
    ['二百一十', 210],
    ['两', 2],
    ['零', 0],
    ['一千零五十', 1050],
    ['三百零六', 306],
    ['第二款', 2],
    ['第十二章', 12],
    ['两千', 2000],
    ['一万零八', 10008],
    ['第51条', 51],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '第条', 'abc', '一二', '百', '一百零', '零五', '十百', '一百五', '一百零五十', '一千五十', '五十零'])(
    'throws on junk %j',
    (text) => {
      expect(() => parseChineseNumber(text)).toThrow(RangeError);
    },
  );

  it('writes the forms statutes use: 十二 but 一百一十, 一千零一十', () => {
    expect([12, 110, 1010, 108, 2000, 10].map(toChineseNumber)).toEqual([
      '十二',
      '一百一十',
      '一千零一十',
      '一百零八',
      '二千',
      '十',
    ]);
  });

  it('round-trips every number from 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumber(toChineseNumber(n)) === n),
      { numRuns: 2000 },
    );
  });

  it('round-trips numbers with 万 as well', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => parseChineseNumber(toChineseNumber(n)) === n),
    );
  });
});

describe('formalArticle', () => {
  it('党政机关公文格式 (GB/T 9704) and legislative drafting style: article numbers in documents are written in Chinese numerals', () => {
    expect(formalArticle('第42条')).toBe('第四十二条');
    expect(formalArticle('第50条第3款')).toBe('第五十条第三款');
    expect(formalArticle('第23条第1款第(四)项')).toBe('第二十三条第一款第（四）项');
    expect(formalArticle('第23条第1款第(4)项')).toBe('第二十三条第一款第（四）项');
    expect(formalArticle('第一百零二条')).toBe('第一百零二条');
    expect(formalArticle('第110条')).toBe('第一百一十条');
  });

  it('round-trips through parseChineseNumber for any article number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const text = formalArticle(`第${n}条`);
        expect(parseChineseNumber(text)).toBe(n);
      }),
    );
  });
});
