import { describe, expect, it } from 'vitest';
import { checkInput, checkPayload } from '@zhifa/domain';
import { clean } from './clean';

describe('form values become payloads', () => {
  it('drops empty strings, nulls and emptied objects but keeps false, zero and empty lists', () => {
    const out = clean({ a: ' x ', b: '', c: null, d: { e: '' }, f: false, g: 0, h: [], i: [' ', 'y'] });
    expect(out).toEqual({ a: 'x', f: false, g: 0, h: [], i: ['y'] });
  });

  const notice = {
    intendedPenalty: { lines: [{ kind: 'fine', amount: 150000 }] },
    facts: '擅自倾倒建筑垃圾',
    reasons: '违反固体废物污染环境防治法',
    basis: [{ level: 'law', title: '《中华人民共和国固体废物污染环境防治法》', article: '第一百一十一条第二款' }],
    rights: { statement: true, defence: true, hearing: true },
  };

  it('行政处罚法 第44条: a notice is checked and sent without its number, which only the server issues', () => {
    expect(checkInput('issueNotice', notice)).toEqual([]);
    expect(checkInput('issueNotice', { ...notice, noticeNumber: '蓬杜综执告〔2025〕1号' })).toEqual([
      '「告知书文号」由系统填写，不能提交',
    ]);
    // decide() checks the whole payload, number included, once the server has filled it in.
    expect(checkPayload('issueNotice', notice)).toEqual(['「告知书文号」必须填写']);
    expect(checkPayload('issueNotice', { ...notice, noticeNumber: '蓬杜综执告〔2025〕1号' })).toEqual([]);
  });

  it('行政强制法 第24条: the 查封扣押决定书 number is refused one level down, its siblings are the form’s', () => {
    const errors = checkInput('applyCoerciveMeasure', { decision: { partyName: '某公司', number: '1' } });
    expect(errors).toContain('「决定书 / 文号」由系统填写，不能提交');
    expect(errors).toContain('「决定书 / 当事人地址」必须填写');
    expect(errors.join()).not.toContain('当事人名称');
  });
});
