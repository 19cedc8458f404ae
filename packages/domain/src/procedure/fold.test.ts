import { describe, expect, it } from 'vitest';
import { foldCase } from './fold';
import { header, PEOPLE, servedOrdinaryCase, run } from './test-support/fixtures';

describe('foldCase', () => {
  it('folds the ordinary path from filing to service and is deterministic', () => {
    const { state, actions } = servedOrdinaryCase();
    expect(state.status).toBe('served');
    const again = foldCase(header(), actions);
    expect(again).toEqual(state);
    const shuffled = foldCase(header(), [...actions].reverse());
    expect(shuffled).toEqual(state);
  });

  it('records party, officers, notice, decision, service and the rolled payment due date', () => {
    const { state } = servedOrdinaryCase();
    expect(state.party?.name).toBe('张三');
    expect(state.officerIds).toEqual(['o1', 'o2']);
    expect(state.filing?.approvedOn).toBe('2025-03-03');
    expect(state.notice?.service?.serviceDate).toBe('2025-03-12');
    expect(state.notice?.representationDue).toBe('2025-03-19');
    expect(state.decision?.number).toBe('某综执罚〔2025〕1号');
    expect(state.service?.serviceDate).toBe('2025-03-21');
    // 2025-03-21 + 15 = 2025-04-05, inside 清明 (4–6 Apr): rolled to Monday 7 Apr.
    expect(state.paymentDue).toBe('2025-04-07');
    expect(state.history.map((h) => h.type)).toContain('decide');
  });

  it('moves to executed on full payment and to closed and archived after', () => {
    const { head, officerA } = PEOPLE;
    const { state } = servedOrdinaryCase([
      { type: 'recordPayment', by: officerA, at: '2025-03-25' },
      { type: 'closeCase', by: head, at: '2025-03-26' },
      { type: 'archiveCase', by: officerA, at: '2025-03-27' },
    ]);
    expect(state.status).toBe('archived');
    expect(state.closure?.reason).toBe('executed');
    expect(state.archive?.archiveNumber).toBe('20250001');
  });

  it('runs the summary procedure to 备案 and closure', () => {
    const { officerA, head } = PEOPLE;
    const { state } = run(header('summary'), [
      { type: 'decideOnTheSpot', by: officerA, at: '2025-03-03' },
      { type: 'collectOnTheSpot', by: officerA, at: '2025-03-03' },
      { type: 'recordSummaryService', by: officerA, at: '2025-03-03' },
      { type: 'recordCashHandling', by: officerA, at: '2025-03-04' },
      { type: 'recordCashHandling', by: officerA, at: '2025-03-05', payload: { step: 'deposit', on: '2025-03-05' } },
      { type: 'fileSummaryRecord', by: officerA, at: '2025-03-05' },
      { type: 'closeCase', by: head, at: '2025-03-06' },
    ]);
    expect(state.status).toBe('closed');
    expect(state.summary?.filedOn).toBe('2025-03-05');
    expect(state.summary?.reconsiderationFirst).toBe(true);
  });
});
