import { describe, expect, it } from 'vitest';
import { config, fine, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkNoticeBeforeDecision, checkNoticeContents, checkNotHeavierThanNotice } from './notice';

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
    const incomplete = checkNoticeContents({
      ...SAMPLE.issueNotice,
      reasons: '',
      rights: { statement: true, defence: false, hearing: false },
    });
    expect(incomplete).toMatchObject([{ code: 'noticeIncomplete', article: '行政处罚法 第44条' }]);
    expect(incomplete[0].message).toContain('理由');
    expect(incomplete[0].message).toContain('申辩权');
    const issued = run(header(), [{ type: 'issueNotice', by: officerA, at: '2025-03-11' }], {}, investigated());
    expect(refusalCodes(issued.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['wrongStatus']);
    // A decision straight after investigation is refused for want of notice.
    expect(refusalCodes(investigated().state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([
      'noticeNotServed',
    ]);
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
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual([
      'representationWindowOpen',
    ]);
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
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([
      'statementNotReviewed',
    ]);
    const heavier = {
      type: 'answerStatement' as const,
      by: officerA,
      at: '2025-03-14',
      payload: { adopted: 'none', reasoning: '不采纳', revisedPenalty: fine(4000) },
    };
    expect(refusalCodes(served.state, heavier)).toEqual(['heavierThanNotice']);
    const answered = run(header(), [{ type: 'answerStatement', by: officerA, at: '2025-03-14' }], {}, served);
    expect(answered.state.intendedPenalty).toEqual(fine(2000));
    // After a 复核 lowering the penalty to 2,000, the notified 3,000 is now heavier.
    expect(refusalCodes(answered.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['heavierThanNotice']);
    expect(
      refusalCodes(answered.state, {
        type: 'decide',
        by: head,
        at: '2025-03-20',
        payload: { ...SAMPLE.decide, penalty: fine(2000) },
      }),
    ).toEqual([]);
  });

  it('行政处罚法 第44–45条, 第62条: a statement inside the period does not close it; only the period running out or an express waiver of 陈述 and 申辩 does', () => {
    // Served Wednesday 2025-03-12: the 5 working days are 13, 14, 17, 18, 19 March.
    const served = run(
      header(),
      [
        { type: 'issueNotice', by: officerA, at: '2025-03-11' },
        { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
        { type: 'recordStatement', by: officerA, at: '2025-03-13' },
        { type: 'answerStatement', by: officerA, at: '2025-03-14', payload: { adopted: 'none', reasoning: '不采纳' } },
      ],
      {},
      investigated(),
    );
    expect(served.state.notice?.representationDue).toBe('2025-03-19');
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-14' })).toEqual([
      'representationWindowOpen',
    ]);
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual([
      'representationWindowOpen',
    ]);
    expect(refusalCodes(served.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
    // Waiving only 陈述 leaves 申辩 open: the period still runs.
    const half = run(
      header(),
      [
        {
          type: 'waiveRights',
          by: officerA,
          at: '2025-03-14',
          payload: { rights: ['statement'], signedByParty: true, signedOn: '2025-03-14' },
        },
      ],
      {},
      served,
    );
    expect(refusalCodes(half.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual([
      'representationWindowOpen',
    ]);
    const both = run(
      header(),
      [
        {
          type: 'waiveRights',
          by: officerA,
          at: '2025-03-14',
          payload: { rights: ['defence'], signedByParty: true, signedOn: '2025-03-14' },
        },
      ],
      {},
      half,
    );
    expect(refusalCodes(both.state, { type: 'decide', by: head, at: '2025-03-14' })).toEqual([]);
  });
});

describe('the hearing window keeps the decision closed (听证)', () => {
  const withHearing = { ...SAMPLE.issueNotice, rights: { statement: true, defence: true, hearing: true } };
  const served = () =>
    run(
      header(),
      [
        { type: 'issueNotice', by: officerA, at: '2025-03-11', payload: withHearing },
        { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      ],
      {},
      investigated(),
    );
  const waive = (rights: string[], at = '2025-03-13') => ({
    type: 'waiveRights' as const,
    by: officerA,
    at,
    payload: { rights, signedByParty: true, signedOn: at },
  });

  it('行政处罚法 第63–64条: waiving only 陈述 and 申辩 does not open the decision before the 5-working-day hearing request period ends', () => {
    const s = run(header(), [waive(['statement', 'defence'])], {}, served());
    expect(s.state.notice?.hearingRequestDue).toBe('2025-03-19');
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-13' })).toEqual(['hearingWindowOpen']);
    // The last day of the period is still inside it.
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual(['hearingWindowOpen']);
    // The next day, with no request, the decision opens.
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
  });

  it('行政处罚法 第63–64条: a statement made (and answered) inside the period does not waive the hearing', () => {
    const s = run(
      header(),
      [
        { type: 'recordStatement', by: officerA, at: '2025-03-13' },
        { type: 'answerStatement', by: officerA, at: '2025-03-13', payload: { adopted: 'none', reasoning: '不采纳' } },
      ],
      {},
      served(),
    );
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-19' })).toEqual([
      'representationWindowOpen',
      'hearingWindowOpen',
    ]);
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
  });

  it('行政处罚法 第62–64条: a written waiver of the hearing opens only the hearing window; waiving all three opens the decision at once', () => {
    const hearingOnly = run(header(), [waive(['hearing'])], {}, served());
    expect(refusalCodes(hearingOnly.state, { type: 'decide', by: head, at: '2025-03-13' })).toEqual([
      'representationWindowOpen',
    ]);
    const all = run(header(), [waive(['statement', 'defence', 'hearing'])], {}, served());
    expect(refusalCodes(all.state, { type: 'decide', by: head, at: '2025-03-13' })).toEqual([]);
    // A waiver is signed after the party is told of the rights, not before the notice.
    expect(
      refusalCodes(served().state, {
        ...waive(['hearing']),
        payload: { rights: ['hearing'], signedByParty: true, signedOn: '2025-03-10' },
      }),
    ).toEqual(['waiverBeforeNotice']);
  });

  it('行政处罚法 第64条(一)(六): a request in time keeps the decision closed until the hearing; absence ends the right; a late request does not reopen the window', () => {
    const requested = run(
      header(),
      [
        waive(['statement', 'defence']),
        {
          type: 'requestHearing',
          by: officerA,
          at: '2025-03-19',
          payload: { requestedOn: '2025-03-19', form: 'written' },
        },
      ],
      {},
      served(),
    );
    expect(requested.state.status).toBe('hearingRequested');
    expect(refusalCodes(requested.state, { type: 'decide', by: head, at: '2025-04-30' })).toEqual(['wrongStatus']);
    expect(checkNoticeBeforeDecision(requested.state, '2025-04-30').map((r) => r.code)).toEqual(['hearingPending']);
    const late = run(
      header(),
      [
        waive(['statement', 'defence']),
        {
          type: 'requestHearing',
          by: officerA,
          at: '2025-03-20',
          payload: { requestedOn: '2025-03-20', form: 'written' },
        },
      ],
      {},
      served(),
    );
    expect(late.state.hearing?.status).toBe('lateRequest');
    expect(refusalCodes(late.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
  });

  it('行政处罚法 第62–63条: without a served notice, a waiver of 陈述 and 申辩 does not stand in for a hearing the penalty carries', () => {
    const noNotice = {
      ...investigated().state,
      waiver: { rights: ['statement' as const, 'defence' as const], signedOn: '2025-03-12' },
    };
    expect(checkNoticeBeforeDecision(noNotice, '2025-03-13', fine(3000), config)).toEqual([]);
    // 5,000 yuan is the person's 较大数额 threshold in the default configuration.
    const heavy = fine(config.hearing.personFineThreshold);
    expect(checkNoticeBeforeDecision(noNotice, '2025-03-13', heavy, config).map((r) => r.code)).toEqual([
      'hearingNotWaived',
    ]);
    const allWaived = {
      ...noNotice,
      waiver: { rights: ['statement' as const, 'defence' as const, 'hearing' as const], signedOn: '2025-03-12' },
    };
    expect(checkNoticeBeforeDecision(allWaived, '2025-03-13', heavy, config)).toEqual([]);
  });
});
