import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index';
import { caseDeadlines, flagDueSoon, publicationDue } from './deadlines';
import { calendar, config, header, PEOPLE, refusalCodes, run, servedOrdinaryCase } from './test-support/fixtures';

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

  it('行政处罚法 第85条: a deadline in a year whose holiday notice is not loaded has no due date and is flagged', () => {
    const only2025 = createCalendar([{ date: '2025-01-01', kind: 'holiday', name: '元旦' }]);
    const { state } = servedOrdinaryCase();
    const late = { ...state, cash: { ...state.cash, collections: [{ amount: 1, ground: 'remoteArea' as const, collectedOn: '2025-12-31', onWater: false, receiptNo: 'x' }] } };
    const d = caseDeadlines(late, only2025, config, '2025-12-31').find((x) => x.key === 'cashHandIn:1');
    expect(d).toMatchObject({ due: null, status: 'open' });
    expect(flagDueSoon([d!], '2025-12-31', only2025, 3)).toHaveLength(1);
    // decide() refuses rather than guessing: the representation window would end in 2026.
    const { officerA, head } = PEOPLE;
    const issued = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    ]);
    const service = { type: 'recordNoticeService' as const, by: officerA, at: '2025-12-30', payload: { method: 'direct', recipient: '张三', signedOn: '2025-12-30' } };
    expect(refusalCodes(issued.state, service, { calendar: only2025 })).toEqual(['calendarYearNotLoaded']);
    expect(refusalCodes(issued.state, service)).toEqual([]);
  });

  it('国办发〔2018〕118号: publication of a penalty decision is due within 7 working days', () => {
    // 9, 10, 11 (调休 Saturday), 13, 14, 15, 16 October.
    expect(publicationDue('2025-09-30', calendar, config)).toBe('2025-10-16');
  });
});
