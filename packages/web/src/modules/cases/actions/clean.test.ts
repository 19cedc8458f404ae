import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS } from '@zhifa/domain';
import { clean } from './clean';
import { withStandIns, withoutServerFields } from './server-fills';

describe('form values become payloads', () => {
  it('drops empty strings, nulls and emptied objects but keeps false, zero and empty lists', () => {
    const out = clean({ a: ' x ', b: '', c: null, d: { e: '' }, f: false, g: 0, h: [], i: [' ', 'y'] });
    expect(out).toEqual({ a: 'x', f: false, g: 0, h: [], i: ['y'] });
  });

  it('行政处罚法 第44条: a notice without its number passes the domain check only with the stand-in, and is sent without it', () => {
    const notice = {
      intendedPenalty: { lines: [{ kind: 'fine', amount: 150000 }] },
      facts: '擅自倾倒建筑垃圾',
      reasons: '违反固体废物污染环境防治法',
      basis: [{ level: 'law', title: '《中华人民共和国固体废物污染环境防治法》', article: '第一百一十一条第二款' }],
      rights: { statement: true, defence: true, hearing: true },
    };
    const paths = [['noticeNumber']] as const;
    expect(CASE_ACTIONS.issueNotice.validate(notice)).not.toEqual([]);
    expect(CASE_ACTIONS.issueNotice.validate(withStandIns(notice, paths))).toEqual([]);
    expect(withoutServerFields(withStandIns(notice, paths), paths)).toEqual(notice);
  });

  it('fills and strips nested numbers (查封扣押决定书文号) without touching siblings', () => {
    const payload = { decision: { partyName: '某公司' } };
    const filled = withStandIns(payload, [['decision', 'number']]) as { decision: Record<string, string> };
    expect(filled.decision.partyName).toBe('某公司');
    expect(filled.decision.number).toBeTruthy();
    expect(withoutServerFields(filled, [['decision', 'number']])).toEqual(payload);
  });
});
