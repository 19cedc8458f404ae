import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('splits on spaces and Chinese punctuation, keeping runs of characters whole', () => {
    expect(searchTerms('《行政处罚法》 简易程序，罚款；警告')).toEqual(['行政处罚法', '简易程序', '罚款', '警告']);
  });

  it('drops duplicates and empty pieces and lower-cases Latin letters', () => {
    expect(searchTerms('  罚款  罚款 、、 USCC ')).toEqual(['罚款', 'uscc']);
  });

  it('keeps one-character terms', () => {
    expect(searchTerms('房 、地')).toEqual(['房', '地']);
  });

  it('returns nothing for punctuation only', () => {
    expect(searchTerms('，。！？……')).toEqual([]);
  });
});
