import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed';
import { arrangeSteps, waitingFor } from './next-step';
import { ctx, header, PEOPLE, run, SAMPLE } from './test-support/fixtures';

const { officerA, head, reviewer } = PEOPLE;

function investigated() {
  return [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
  ] as const;
}

function reviewedAfterNotice() {
  return run(header(), [
    ...investigated(),
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    { type: 'submitForReview', by: officerA, at: '2025-03-20' },
    { type: 'recordReview', by: reviewer, at: '2025-03-21' },
  ]).state;
}

const arranged = (state: ReturnType<typeof reviewedAfterNotice>, who: typeof officerA, today = '2025-03-21') =>
  arrangeSteps(state, allowedActions(state, who, ctx(today)));

describe('arrangeSteps(): the step the procedure expects next', () => {
  it('行政处罚法 第44条: after the notice was served and the review passed, a new notice is not the officer’s next step', () => {
    const steps = arranged(reviewedAfterNotice(), officerA);
    expect(steps.primary).not.toBe('issueNotice');
    expect(steps.main).not.toContain('issueNotice');
    expect(steps.more).toContain('issueNotice');
  });

  it('行政处罚法 第57条第2款、第58条: after the review passed, the head’s next step is the decision, not a collective deliberation', () => {
    const steps = arranged(reviewedAfterNotice(), head);
    expect(steps.primary).toBe('decide');
    expect(steps.main[0]).toBe('decide');
    expect(steps.more).toContain('recordDeliberation');
  });

  it('行政处罚法 第57条第2款: a complex case is deliberated collectively before the decision', () => {
    const { state } = run(header(), [
      ...investigated().slice(0, 4),
      {
        type: 'finishInvestigation',
        by: officerA,
        at: '2025-03-10',
        payload: { ...SAMPLE.finishInvestigation, flags: { ...SAMPLE.finishInvestigation.flags, complex: true } },
      },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    expect(arranged(state, head, '2025-03-20').primary).toBe('recordDeliberation');
  });

  it('行政处罚法 第44条: before any notice, the officer’s next step after the investigation is the prior notice', () => {
    const { state } = run(header(), [...investigated()]);
    expect(arranged(state, officerA, '2025-03-10').primary).toBe('issueNotice');
  });
});

describe('rare steps only when their preconditions hold', () => {
  it('行政处罚法 第56条: no decision on preserved items when nothing was preserved', () => {
    const state = reviewedAfterNotice();
    expect(allowedActions(state, head, ctx('2025-03-21'))).not.toContain('handlePreservedEvidence');
  });

  it('行政处罚法 第63–64条: no hearing request is recorded when the notice told of no hearing right', () => {
    const { state } = run(header(), [
      ...investigated(),
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    expect(allowedActions(state, officerA, ctx('2025-03-13'))).not.toContain('requestHearing');
    const withRight = run(header(), [
      ...investigated(),
      {
        type: 'issueNotice',
        by: officerA,
        at: '2025-03-11',
        payload: { ...SAMPLE.issueNotice, rights: { statement: true, defence: true, hearing: true } },
      },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]).state;
    const steps = arranged(withRight, officerA, '2025-03-13');
    expect(steps.main).toContain('requestHearing');
    expect(steps.primary).not.toBe('requestHearing');
  });

  it('行政处罚法 第66条、第72条: a summary fine paid in full on the spot offers no payment, demand, deferral or instalments', () => {
    const { state } = run(header('summary'), [
      { type: 'decideOnTheSpot', by: officerA, at: '2025-03-03' },
      { type: 'collectOnTheSpot', by: officerA, at: '2025-03-03' },
      { type: 'recordSummaryService', by: officerA, at: '2025-03-03' },
    ]);
    const officer = allowedActions(state, officerA, ctx('2025-04-30'));
    expect(officer).not.toContain('recordPayment');
    expect(officer).not.toContain('issueDemand');
    expect(officer).not.toContain('collectOnTheSpot');
    const heads = allowedActions(state, head, ctx('2025-04-30'));
    expect(heads).not.toContain('approveDeferral');
    expect(heads).not.toContain('approveInstalments');
    expect(arrangeSteps(state, officer).primary).toBe('fileSummaryRecord');
  });

  it('行政处罚法 第67条: an unpaid summary fine still offers its payment', () => {
    const { state } = run(header('summary'), [
      { type: 'decideOnTheSpot', by: officerA, at: '2025-03-03' },
      { type: 'recordSummaryService', by: officerA, at: '2025-03-03' },
    ]);
    expect(allowedActions(state, officerA, ctx('2025-03-04'))).toContain('recordPayment');
  });
});

describe('whom the case waits for', () => {
  it('行政处罚法 第57–58条: after the review passed the case waits for the head’s decision', () => {
    expect(waitingFor(reviewedAfterNotice())).toMatchObject({ who: '负责人', type: 'decide' });
  });

  it('行政处罚法 第58条: a case submitted for review waits for the legal reviewer', () => {
    const { state } = run(header(), [
      ...investigated(),
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'submitForReview', by: officerA, at: '2025-03-20' },
    ]);
    expect(waitingFor(state)?.text).toBe('等待法制审核人员办理：法制审核意见');
  });

  it('行政处罚法 第54条: a filing request waits for the head’s approval', () => {
    const { state } = run(header(), [investigated()[0]]);
    expect(waitingFor(state)).toMatchObject({ who: '负责人', type: 'approveFiling' });
  });
});
