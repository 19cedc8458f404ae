import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index';
import { caseDeadlines, flagDueSoon, publicationDue } from './deadlines';
import { settlePartyDates } from './party-dates';
import { calendar, config, header, PEOPLE, run, servedOrdinaryCase } from './test-support/fixtures';

describe('case deadlines', () => {
  it('行政处罚法 第60条, 第61条, 第67条: lists each running limit with its basis and status', () => {
    const { state } = servedOrdinaryCase();
    const ds = caseDeadlines(state, calendar, config, '2025-04-02');
    const byKey = Object.fromEntries(ds.map((d) => [d.key, d]));
    expect(byKey.decisionLimit).toMatchObject({ status: 'met', basis: '行政处罚法 第60条', partyFacing: false });
    expect(byKey.decisionService).toMatchObject({ status: 'met', due: '2025-03-31' });
    expect(byKey.payment).toMatchObject({ status: 'open', due: '2025-04-07', partyFacing: true });
    for (const d of ds) expect(d.label).toMatch(/\p{Script=Han}/u);
  });

  it('行政处罚法 第85条: flags open deadlines due within 3 working days', () => {
    const { state } = servedOrdinaryCase();
    const ds = caseDeadlines(state, calendar, config, '2025-04-02');
    // 2 Apr → 7 Apr: 3 Apr, (4 Apr 清明), 7 Apr = 2 working days.
    expect(flagDueSoon(ds, '2025-04-02', calendar, 3).map((d) => d.key)).toEqual(['payment']);
    expect(flagDueSoon(ds, '2025-03-27', calendar, 3)).toEqual([]);
  });

  it('legal-rules §8.3: a deadline reaching a year without a loaded notice is provisional, and the event is recorded', () => {
    const only2025 = createCalendar([{ date: '2025-01-01', kind: 'holiday', name: '元旦' }]);
    const { state } = servedOrdinaryCase();
    const late = {
      ...state,
      cash: {
        ...state.cash,
        collections: [
          { amount: 1, ground: 'remoteArea' as const, collectedOn: '2025-12-31', onWater: false, receiptNo: 'x' },
        ],
      },
    };
    const d = caseDeadlines(late, only2025, config, '2025-12-31').find((x) => x.key === 'cashHandIn:1');
    // 1 January 2026 (元旦) is off by the 办法: 2 and 5 January are the two working days.
    expect(d).toMatchObject({ due: '2026-01-05', status: 'open', provisional: true });
    expect(caseDeadlines(late, calendar, config, '2025-12-31').find((x) => x.key === 'cashHandIn:1')).toMatchObject({
      due: '2026-01-05',
      provisional: false,
    });
    expect(caseDeadlines(state, only2025, config, '2025-04-02').every((x) => !x.provisional)).toBe(true);
  });

  it('行政处罚法 第67条; legal-rules §8.3: a decision served on 20 December is recorded; the payment period is provisional until the notice is loaded, and never moves earlier', () => {
    const only2025 = createCalendar([{ date: '2025-01-01', kind: 'holiday', name: '元旦' }]);
    const { officerA, head } = PEOPLE;
    const { state } = run(
      header(),
      [
        { type: 'fileCase', by: officerA, at: '2025-11-03' },
        { type: 'approveFiling', by: head, at: '2025-11-03' },
        { type: 'recordSiteInspection', by: officerA, at: '2025-11-04' },
        { type: 'addEvidence', by: officerA, at: '2025-11-04' },
        { type: 'finishInvestigation', by: officerA, at: '2025-11-10' },
        { type: 'issueNotice', by: officerA, at: '2025-11-11' },
        {
          type: 'recordNoticeService',
          by: officerA,
          at: '2025-11-12',
          payload: { method: 'direct', recipient: '张三', signedOn: '2025-11-12' },
        },
        { type: 'decide', by: head, at: '2025-12-01' },
        {
          type: 'serveDecision',
          by: officerA,
          at: '2025-12-20',
          payload: { method: 'direct', recipient: '张三', signedOn: '2025-12-20', sealed: true },
        },
      ],
      { calendar: only2025 },
    );
    // 20 December + 15 = Sunday 4 January 2026; provisionally a rest day, so Monday 5 January.
    expect(state.paymentDue).toBe('2026-01-05');
    const before = caseDeadlines(state, only2025, config, '2025-12-22').find((x) => x.key === 'payment');
    expect(before).toMatchObject({ due: '2026-01-05', provisional: true, partyFacing: true });
    // The 2026 notice makes 4 January a 调休 working day: the recomputed date would be earlier, so
    // the stated 5 January stands, and it no longer depends on a notice.
    const after = caseDeadlines(state, calendar, config, '2025-12-22').find((x) => x.key === 'payment');
    expect(after).toMatchObject({ due: '2026-01-05', provisional: false });
    // A notice that adds a day off moves it later: the party gets the later date.
    const longer = createCalendar([
      { date: '2025-01-01', kind: 'holiday', name: '元旦' },
      { date: '2026-01-05', kind: 'holiday', name: '元旦' },
    ]);
    expect(caseDeadlines(state, longer, config, '2025-12-22').find((x) => x.key === 'payment')).toMatchObject({
      due: '2026-01-06',
      provisional: false,
    });
    expect(settlePartyDates(state, longer, config).paymentDue).toBe('2026-01-06');
    expect(settlePartyDates(state, calendar, config).paymentDue).toBe('2026-01-05');
  });

  it('国办发〔2018〕118号: publication of a penalty decision is due within 7 working days', () => {
    // 9, 10, 11 (调休 Saturday), 13, 14, 15, 16 October.
    expect(publicationDue('2025-09-30', calendar, config)).toBe('2025-10-16');
  });
});
