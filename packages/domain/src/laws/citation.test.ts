import { describe, expect, it } from 'vitest';
import { formatCitation, parseCitation } from './citation';

describe('formatCitation', () => {
  it('行政处罚法 第51条: short title, article only', () => {
    expect(formatCitation({ lawTitle: '中华人民共和国行政处罚法', article: 51 })).toBe('行政处罚法 第51条');
  });

  it('行政处罚法 第51条第2款: with paragraph', () => {
    expect(formatCitation({ lawTitle: '行政处罚法', article: 51, paragraph: 2 })).toBe('行政处罚法 第51条第2款');
  });

  it('行政处罚法 第51条第2款第(一)项: with item in Chinese numerals', () => {
    expect(formatCitation({ lawTitle: '中华人民共和国行政处罚法', article: 51, paragraph: 2, item: 1 })).toBe(
      '行政处罚法 第51条第2款第(一)项',
    );
  });

  it('writes an inserted article as 第10条之一', () => {
    expect(formatCitation({ lawTitle: '某法', article: 10, articleSuffix: 1 })).toBe('某法 第10条之一');
  });

  it('refuses article 0', () => {
    expect(() => formatCitation({ lawTitle: '行政处罚法', article: 0 })).toThrow(RangeError);
  });
});

describe('parseCitation', () => {
  it.each([
    ['行政处罚法 第51条', { lawTitle: '行政处罚法', article: 51 }],
    ['行政处罚法 第51条第2款', { lawTitle: '行政处罚法', article: 51, paragraph: 2 }],
    ['行政处罚法 第51条第2款第(一)项', { lawTitle: '行政处罚法', article: 51, paragraph: 2, item: 1 }],
    ['《中华人民共和国行政处罚法》第五十一条第二款', { lawTitle: '行政处罚法', article: 51, paragraph: 2 }],
    ['行政复议法第二十三条第一款第（一）项', { lawTitle: '行政复议法', article: 23, paragraph: 1, item: 1 }],
    ['行政处罚法第七十二条第一款第一项', { lawTitle: '行政处罚法', article: 72, paragraph: 1, item: 1 }],
    ['某法 第十条之一', { lawTitle: '某法', article: 10, articleSuffix: 1 }],
    ['行政强制法 第１７条', { lawTitle: '行政强制法', article: 17 }],
  ])('reads %s', (text, expected) => {
    expect(parseCitation(text)).toEqual({ ok: true, citation: expected });
  });

  it('is the inverse of formatCitation', () => {
    const samples = [
      { lawTitle: '行政处罚法', article: 85 },
      { lawTitle: '广东省市场监管条例', article: 3, paragraph: 2 },
      { lawTitle: '行政强制法', article: 18, paragraph: 1, item: 10 },
      { lawTitle: '某法', article: 10, articleSuffix: 2, paragraph: 1 },
    ];
    for (const c of samples) expect(parseCitation(formatCitation(c))).toEqual({ ok: true, citation: c });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['第51条', 'missingLawTitle'],
    ['行政处罚法', 'missingArticle'],
    ['行政处罚法 第五十一条第二段', 'invalidNumber'],
    ['行政处罚法 第一百五条', 'invalidNumber'],
    ['行政处罚法 第0条', 'invalidNumber'],
  ])('rejects %j with error %s and a Chinese message', (text, code) => {
    const result = parseCitation(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/u);
    }
  });
});
