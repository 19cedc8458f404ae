import { describe, expect, it } from 'vitest';
import { decide } from '../decide';
import { initialCaseState } from '../fold/initial';
import { ctx, header, PEOPLE, SAMPLE } from '../test-support/fixtures';
import { caseTitle, itemSubject, violationOf } from './title';

describe('case titles (案由)', () => {
  it('are written 「关于××涉嫌××案」 from the party and the violation, not the item’s full name', () => {
    expect(violationOf('对擅自占用或者挖掘城市道路的行政处罚')).toBe('擅自占用或者挖掘城市道路');
    expect(
      caseTitle({
        party: { kind: 'person', name: '黄某某' },
        items: [{ code: 'CSGL-028', name: '对在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内的行政处罚' }],
      }),
    ).toBe('关于黄某某涉嫌在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内案');
    expect(
      caseTitle({
        party: { kind: 'organisation', name: '某公司' },
        items: [
          { code: 'A', name: '对擅自占用或者挖掘城市道路的行政处罚' },
          { code: 'B', name: '对未经同意擅自占用城市绿化用地的行政处罚' },
        ],
      }),
    ).toBe('关于某公司涉嫌擅自占用或者挖掘城市道路等案');
    expect(caseTitle({ party: null, items: [] })).toBe('新案件');
  });
});

describe('the item’s subject', () => {
  it('行政处罚法 第4条: an item for units is recognised from its name', () => {
    expect(itemSubject('对单位随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚')).toBe('organisation');
    expect(itemSubject('对工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾的行政处罚')).toBe(
      'organisation',
    );
    expect(itemSubject('对个人随意倾倒、抛撒或者堆放生活垃圾的行政处罚')).toBe('person');
    expect(itemSubject('对擅自占用或者挖掘城市道路的行政处罚')).toBeNull();
  });

  it('行政处罚法 第4条: filing a person under an item for units passes with a warning', () => {
    const r = decide(
      initialCaseState(header()),
      {
        type: 'fileCase',
        payload: { ...SAMPLE.fileCase, items: [{ code: 'C-001', name: '对单位随意倾倒生活垃圾的行政处罚' }] },
        actor: PEOPLE.officerA,
        at: '2025-03-03',
      },
      ctx('2025-03-03'),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.code)).toContain('itemSubjectMismatch');
  });
});
