import { describe, expect, it } from 'vitest';
import { codeProblem, formatDocumentNumber } from './numbering';

describe('document numbers 代字〔YYYY〕N号', () => {
  it('joins the agency prefix, the series code, the year in 〔〕 and the number', () => {
    expect(formatDocumentNumber('蓬杜综执', '罚', 2026, 3)).toBe('蓬杜综执罚〔2026〕3号');
    expect(formatDocumentNumber('蓬杜综执', '当罚', 2026, 12)).toBe('蓬杜综执当罚〔2026〕12号');
  });

  it('accepts a plain 代字 and refuses one that would make a number ambiguous', () => {
    expect(codeProblem('蓬杜综执', '机关代字')).toBeNull();
    expect(codeProblem('当罚', '类别代字')).toBeNull();
    expect(codeProblem('  ', '类别代字')).toBe('请填写类别代字');
    expect(codeProblem('罚〔', '类别代字')).toMatch(/不能含/);
    expect(codeProblem('罚2', '类别代字')).toMatch(/不能含/);
    expect(codeProblem('罚号', '类别代字')).toMatch(/不能含/);
    expect(codeProblem('蓬 杜', '机关代字')).toMatch(/不能含/);
    expect(codeProblem('一二三四五六七', '类别代字')).toBe('类别代字不超过 6 个字');
  });
});
