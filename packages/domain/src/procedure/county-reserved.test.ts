import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { initialCaseState } from './fold/initial';
import { ctx, header, PEOPLE, run, SAMPLE } from './test-support/fixtures';

const { officerA, head } = PEOPLE;
const TOWNSHIP = { countyReservedKinds: ['revokeLicence', 'stopProduction', 'closure', 'restrictPractice'] as const };

describe('county-reserved penalties (乡镇不得作出县级保留的处罚)', () => {
  it('行政处罚法 第24条: filing that seeks a county-reserved penalty is refused and points to transfer', () => {
    const r = decide(
      initialCaseState(header()),
      {
        type: 'fileCase',
        payload: { ...SAMPLE.fileCase, intendedPenaltyKinds: ['fine', 'stopProduction'] },
        actor: officerA,
        at: '2025-03-03',
      },
      ctx('2025-03-03', { countyReservedKinds: [...TOWNSHIP.countyReservedKinds] }),
    );
    expect(r.ok).toBe(false);
    const refusals = r.ok ? [] : r.refusals;
    expect(refusals.map((x) => x.code)).toEqual(['countyReservedPenalty']);
    expect(refusals[0].article).toBe('行政处罚法 第24条');
    expect(refusals[0].message).toContain('责令停产停业');
    expect(refusals[0].message).toContain('移送');
  });

  it('行政处罚法 第24条: the same filing by a county department (nothing reserved) is accepted', () => {
    const r = decide(
      initialCaseState(header()),
      {
        type: 'fileCase',
        payload: { ...SAMPLE.fileCase, intendedPenaltyKinds: ['stopProduction'] },
        actor: officerA,
        at: '2025-03-03',
      },
      ctx('2025-03-03'),
    );
    expect(r.ok).toBe(true);
  });

  it('行政处罚法 第24条: a township decision imposing a county-reserved penalty is refused', () => {
    const served = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    const penalty = { lines: [{ kind: 'fine' as const, amount: 3000 }, { kind: 'closure' as const }] };
    const r = decide(
      served.state,
      { type: 'decide', payload: { ...SAMPLE.decide, penalty }, actor: head, at: '2025-03-20' },
      ctx('2025-03-20', { countyReservedKinds: [...TOWNSHIP.countyReservedKinds] }),
    );
    expect(r.ok ? [] : r.refusals.map((x) => x.code)).toContain('countyReservedPenalty');
  });
});
