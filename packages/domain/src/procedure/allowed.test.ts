import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed';
import { initialCaseState } from './fold/initial';
import { ctx, header, PEOPLE, run, SAMPLE, servedOrdinaryCase } from './test-support/fixtures';

const { officerA, auxiliary, reviewer, head } = PEOPLE;
const today = ctx('2025-03-21');

describe('allowedActions()', () => {
  it('offers filing to officers on a new ordinary case and the on-the-spot decision on a summary case', () => {
    expect(allowedActions(initialCaseState(header()), officerA, today)).toEqual(['fileCase']);
    expect(allowedActions(initialCaseState(header()), auxiliary, today)).toEqual([]);
    expect(allowedActions(initialCaseState(header('summary')), officerA, today)).toEqual(['decideOnTheSpot']);
  });

  it('shows each actor only the buttons of its role and duty', () => {
    const { state } = run(header(), [{ type: 'fileCase', by: officerA, at: '2025-03-03' }]);
    expect(allowedActions(state, head, today)).toEqual(expect.arrayContaining(['approveFiling', 'refuseFiling']));
    expect(allowedActions(state, officerA, today)).not.toContain('approveFiling');
    expect(allowedActions(state, reviewer, today)).not.toContain('approveFiling');
    const served = servedOrdinaryCase();
    expect(allowedActions(served.state, officerA, today)).toEqual(
      expect.arrayContaining(['recordPayment', 'issueDemand']),
    );
    expect(allowedActions(served.state, head, today)).toEqual(
      expect.arrayContaining(['approveDeferral', 'approveInstalments', 'closeCase']),
    );
    expect(allowedActions(served.state, officerA, today)).not.toContain('decide');
  });

  it('行政处罚法 第27条: hides the decision button while a suspected crime awaits the transfer decision', () => {
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'markSuspectedCrime', by: officerA, at: '2025-03-05' },
      {
        type: 'finishInvestigation',
        by: officerA,
        at: '2025-03-06',
        payload: { ...SAMPLE.finishInvestigation, proposedOutcome: 'criminalReferral' },
      },
    ]);
    const buttons = allowedActions(state, head, today);
    expect(buttons).not.toContain('decide');
    expect(buttons).toContain('referCriminal');
  });
});
