import { describe, expect, it } from 'vitest';
import { fine, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkNoticeContents, checkNotHeavierThanNotice } from './notice';

const { officerA, head } = PEOPLE;
const investigated = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
  ]);

describe('notice and representations (告知, 陈述申辩)', () => {
  it('行政处罚法 第44条, 第62条: no decision without a served notice listing penalty, facts, reasons, basis and rights, unless expressly waived', () => {
    const incomplete = checkNoticeContents({ ...SAMPLE.issueNotice, reasons: '', rights: { statement: true, defence: false, hearing: false } });
    expect(incomplete).toMatchObject([{ code: 'noticeIncomplete', article: '行政处罚法 第44条' }]);
    expect(incomplete[0].message).toContain('理由');
    expect(incomplete[0].message).toContain('申辩权');
    const issued = run(header(), [{ type: 'issueNotice', by: officerA, at: '2025-03-11' }], {}, investigated());
    expect(refusalCodes(issued.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['wrongStatus']);
    // A decision straight after investigation is refused for want of notice.
    expect(refusalCodes(investigated().state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['noticeNotServed']);
    // An express, signed waiver of statement and defence lets the decision go ahead.
    const waived = run(
      header(),
      [
        { type: 'waiveRights', by: officerA, at: '2025-03-12' },
        { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      ],
      {},
      issued,
    );
    expect(refusalCodes(waived.state, { type: 'decide', by: head, at: '2025-03-13' })).toEqual([]);
    // Without the waiver, the representation window (5 working days) must run first.
    const served = run(header(), [{ type: 'recordNoticeService', by: officerA, at: '2025-03-12' }], {}, issued);
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual(['representationWindowOpen']);
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
  });

  it('行政处罚法 第45条: representations need a 复核 record and the penalty may not get heavier than notified', () => {
    expect(checkNotHeavierThanNotice(fine(3000), fine(3000))).toEqual([]);
    expect(checkNotHeavierThanNotice(fine(3001), fine(3000)).map((r) => r.code)).toEqual(['heavierThanNotice']);
    const served = run(
      header(),
      [
        { type: 'issueNotice', by: officerA, at: '2025-03-11' },
        { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
        { type: 'recordStatement', by: officerA, at: '2025-03-13' },
      ],
      {},
      investigated(),
    );
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['statementNotReviewed']);
    const heavier = { type: 'answerStatement' as const, by: officerA, at: '2025-03-14', payload: { adopted: 'none', reasoning: '不采纳', revisedPenalty: fine(4000) } };
    expect(refusalCodes(served.state, heavier)).toEqual(['heavierThanNotice']);
    const answered = run(header(), [{ type: 'answerStatement', by: officerA, at: '2025-03-14' }], {}, served);
    expect(answered.state.intendedPenalty).toEqual(fine(2000));
    // After a 复核 lowering the penalty to 2,000, the notified 3,000 is now heavier.
    expect(refusalCodes(answered.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['heavierThanNotice']);
    expect(refusalCodes(answered.state, { type: 'decide', by: head, at: '2025-03-20', payload: { ...SAMPLE.decide, penalty: fine(2000) } })).toEqual([]);
  });
});
