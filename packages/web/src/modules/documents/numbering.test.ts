import { describe, expect, it } from 'vitest';
import { codeProblem, formatDocumentNumber } from './numbering';

describe('document numbers 代字〔YYYY〕N号', () => {
  it('joins the agency prefix, the series code, the year in 〔〕 and the number', () => {
    expect(formatDocumentNumber('蓬杜综执', '罚', 2026, 3)).toBe('蓬杜综执罚〔2026〕3号');
    expect(formatDocumentNumber('蓬杜综执', '当罚', 2026, 12)).toBe('蓬杜综执当罚〔2026〕12号');
  });

  it('accepts Chinese characters, letters and digits, and refuses what would make a number ambiguous', () => {
    expect(codeProblem('蓬杜综执', '机关代字')).toBeNull();
    expect(codeProblem('当罚', '类别代字')).toBeNull();
    expect(codeProblem('JM2', '类别代字')).toBeNull();
    expect(codeProblem('  ', '类别代字')).toBe('请填写类别代字');
    for (const bad of ['罚〔', '罚(', '蓬 杜', '罚-'])
      expect(codeProblem(bad, '类别代字')).toBe('代字只能包含汉字、字母或数字');
    expect(codeProblem('一二三四五六七八九十一', '类别代字')).toBe('类别代字不超过 10 个字');
    expect(codeProblem('一'.repeat(21), '机关代字')).toBe('机关代字不超过 20 个字');
  });
});
