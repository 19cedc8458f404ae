import { describe, expect, it } from 'vitest';
import { header, PEOPLE, run, SAMPLE } from '../test-support/fixtures';
import { draftInvestigationReport, draftNoticeFacts, draftReviewMaterials, penaltyCarried } from './drafts';

const { officerA, head } = PEOPLE;

const investigating = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'recordInterview', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
  ]);

describe('drafts from the record', () => {
  it('行政处罚法 第57条: the investigation report is drafted from the records and the evidence', () => {
    const text = draftInvestigationReport(investigating().state);
    expect(text).toContain('一、当事人基本情况');
    expect(text).toContain(SAMPLE.recordInterview.summary);
    expect(text).toContain('询问笔录（R-2）');
    expect(text).toContain('现场检查（勘验）笔录（R-1）');
    expect(text).toMatch(/四、证据\n1\. /);
    expect(text).toContain('五、违法事实');
  });

  it('行政处罚法 第44条: the notice states the facts the investigation found, not the complaint', () => {
    const { state, actions } = investigating();
    const report = draftInvestigationReport(state).replace(
      /五、违法事实\n[^\n]*/,
      '五、违法事实\n当事人于2025年3月1日在镇中心路占道经营',
    );
    const done = run(
      header(),
      [
        {
          type: 'finishInvestigation',
          by: officerA,
          at: '2025-03-10',
          payload: { ...SAMPLE.finishInvestigation, report },
        },
      ],
      {},
      { actions },
    ).state;
    expect(draftNoticeFacts(done)).toBe('当事人于2025年3月1日在镇中心路占道经营');
    const plain = run(
      header(),
      [
        {
          type: 'finishInvestigation',
          by: officerA,
          at: '2025-03-10',
          payload: { ...SAMPLE.finishInvestigation, report: '经查，当事人占道经营属实' },
        },
      ],
      {},
      { actions },
    ).state;
    expect(draftNoticeFacts(plain)).toBe('经查，当事人占道经营属实');
  });
});

describe('review materials', () => {
  it('行政处罚法 第58条: the materials sent for review list what the file holds, no 听证笔录 without a hearing', () => {
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    const text = draftReviewMaterials(state);
    expect(text).toContain('立案审批表');
    expect(text).toContain('行政处罚事先告知书');
    expect(text).toContain('现场检查（勘验）笔录');
    expect(text).not.toContain('听证');
    expect(text.endsWith('拟处罚决定书代拟稿')).toBe(true);
  });
});

describe('the penalty carried into the decision', () => {
  it('行政处罚法 第45条: a 复核 that lowers the penalty after the party’s statement carries it into the decision', () => {
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    expect(penaltyCarried(state)).toMatchObject({ from: 'notice', penalty: SAMPLE.issueNotice.intendedPenalty });
    const { state: answered } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'recordStatement', by: officerA, at: '2025-03-13' },
      { type: 'answerStatement', by: officerA, at: '2025-03-14' },
    ]);
    expect(penaltyCarried(answered)).toEqual({
      from: 'statementReview',
      penalty: SAMPLE.answerStatement.revisedPenalty,
    });
  });
});
