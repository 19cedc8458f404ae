import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS } from '../actions-table';
import { caseDeadlines } from '../deadlines';
import { calendar, config, header, PEOPLE, refusalCodes, run } from '../test-support/fixtures';
import { checkPreservationHandled, preservationDue } from './preservation';

describe('evidence preservation (先行登记保存)', () => {
  it('行政处罚法 第56条, 第85条: head approval, and an alert when no handling decision follows within 7 working days', () => {
    expect(CASE_ACTIONS.preserveEvidence.roles).toEqual(['agencyHead']);
    // 7 working days across 国庆 2026 (legal-rules §8.4).
    expect(preservationDue('2026-09-30', calendar, config)).toBe('2026-10-15');
    const { officerA, head } = PEOPLE;
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(refusalCodes(filed.state, { type: 'preserveEvidence', by: officerA, at: '2025-03-04' })).toEqual([
      'roleNotAllowed',
    ]);
    const { state } = run(header(), [{ type: 'preserveEvidence', by: head, at: '2025-03-04' }], {}, filed);
    const p = state.preservations[0];
    expect(p.approvedBy).toBe('h1');
    expect(checkPreservationHandled(p, '2025-03-13', calendar, config)).toEqual([]);
    expect(checkPreservationHandled(p, '2025-03-14', calendar, config).map((r) => r.code)).toEqual([
      'preservationOverdue',
    ]);
    expect(
      caseDeadlines(state, calendar, config, '2025-03-14').find((d) => d.key === 'preservation:P-1'),
    ).toMatchObject({
      due: '2025-03-13',
      status: 'overdue',
      basis: '行政处罚法 第56条',
    });
  });
});
