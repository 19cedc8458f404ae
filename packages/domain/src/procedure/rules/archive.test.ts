import { describe, expect, it } from 'vitest';
import { header, PEOPLE, refusalCodes, run, servedOrdinaryCase } from '../test-support/fixtures';
import { assembleCaseFile, caseFileYear, checkArchiveNumber } from './archive';

const { officerA, head } = PEOPLE;
const closed = () =>
  servedOrdinaryCase([
    { type: 'recordPayment', by: officerA, at: '2025-03-25' },
    { type: 'closeCase', by: head, at: '2025-03-26' },
  ]);

describe('case file (立卷归档)', () => {
  it('行政处罚法 第45条: the party’s statement record and the answer to it (复核意见) are filed', () => {
    const { state } = servedOrdinaryCase([]);
    expect(assembleCaseFile(state).main.map((d) => d.title)).not.toContain('陈述（申辩）笔录');
    const heard = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'recordStatement', by: officerA, at: '2025-03-13' },
      { type: 'answerStatement', by: officerA, at: '2025-03-14' },
    ]).state;
    const titles = assembleCaseFile(heard).main.map((d) => d.title);
    expect(titles).toContain('陈述（申辩）笔录');
    expect(titles).toContain('陈述申辩复核意见');
  });

  it('行政处罚法 第26条, 第47条: a 协助函 sent during the investigation is filed in the main volume', () => {
    const asked = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'requestAssistance', by: officerA, at: '2025-03-04' },
    ]).state;
    expect(assembleCaseFile(asked).main.map((d) => d.title)).toContain('协助函');
    expect(assembleCaseFile(servedOrdinaryCase([]).state).main.map((d) => d.title)).not.toContain('协助函');
  });

  it('行政处罚法 第47条 (归档): one file in 正卷/副卷 order, numbered pages, cover, contents and 备考表 unnumbered, archive number = year + serial', () => {
    const { state } = closed();
    const pages: Record<string, number> = { decision: 3, notice: 2, 'record:R-1': 4 };
    const file = assembleCaseFile(state, (k) => pages[k] ?? 1);
    expect(file.main.map((d) => d.title)).toEqual([
      '正卷封面',
      '卷内目录',
      '立案审批表',
      '行政处罚决定书',
      '行政处罚事先告知书',
      '送达回证（事先告知书）',
      '送达回证（处罚决定书）',
      '现场检查（勘验）笔录',
      '视听资料：现场照片',
      '罚没款缴纳凭证',
      '备考表',
    ]);
    expect(file.main.filter((d) => !d.numbered).map((d) => d.title)).toEqual(['正卷封面', '卷内目录', '备考表']);
    expect(file.main.filter((d) => d.numbered).map((d) => [d.pageFrom, d.pageTo])).toEqual([
      [1, 1],
      [2, 4],
      [5, 6],
      [7, 7],
      [8, 8],
      [9, 12],
      [13, 13],
      [14, 14],
    ]);
    expect(file.internal.map((d) => d.title)).toEqual([
      '副卷封面',
      '卷内目录',
      '案源材料（案件来源登记表）',
      '案件调查终结报告及审批',
      '结案报告（结案审批表）',
      '备考表',
    ]);
    expect(file.internal.find((d) => d.numbered)?.pageFrom).toBe(1);
    expect(caseFileYear(state)).toBe(2025);
    expect(checkArchiveNumber('20250001', 2025)).toEqual([]);
    expect(checkArchiveNumber('20240001', 2025).map((r) => r.code)).toEqual(['archiveNumberYear']);
    expect(checkArchiveNumber('20250000', 2025).map((r) => r.code)).toEqual(['archiveNumberFormat']);
    expect(checkArchiveNumber('2025-001', 2025).map((r) => r.code)).toEqual(['archiveNumberFormat']);
    expect(
      refusalCodes(state, {
        type: 'archiveCase',
        by: officerA,
        at: '2025-03-27',
        payload: { archiveNumber: '2025001', retention: 'permanent' },
      }),
    ).toEqual(['archiveNumberFormat']);
  });
});
