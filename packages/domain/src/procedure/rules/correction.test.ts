import { describe, expect, it } from 'vitest';
import { allowedActions } from '../allowed';
import { caseDeadlines } from '../deadlines';
import { decide } from '../decide';
import { calendar, config, ctx, header, PEOPLE, refusalCodes, run, SAMPLE, type Step } from '../test-support/fixtures';
import { correctionDue, correctionFromItem } from './correction';

const { officerA, head } = PEOPLE;

/** Filed 3 March 2025, inspected and ordered on 4 March: 15 days to correct, so due Wednesday 19 March. */
function orderedCase(order: Partial<typeof SAMPLE.orderCorrection> = {}, more: Step[] = []) {
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'orderCorrection', by: officerA, at: '2025-03-04', payload: { ...SAMPLE.orderCorrection, ...order } },
    ...more,
  ]);
}

const followUp = (at: string, outcome: 'corrected' | 'notCorrected'): Step => ({
  type: 'recordFollowUpInspection',
  by: officerA,
  at,
  payload: {
    ...SAMPLE.recordFollowUpInspection,
    startedAt: `${at}T10:00`,
    outcome,
    findings: outcome === 'corrected' ? '占道物品已清理完毕' : '占道物品仍未清理',
  },
});

/** From the follow-up to a served notice, ready for the head's decision. */
const toNotice = (from: string): Step[] => [
  { type: 'finishInvestigation', by: officerA, at: from },
  { type: 'issueNotice', by: officerA, at: from },
  { type: 'recordNoticeService', by: officerA, at: from, payload: { ...SAMPLE.recordNoticeService, signedOn: from } },
  { type: 'waiveRights', by: officerA, at: from, payload: { ...SAMPLE.waiveRights, signedOn: from } },
];

describe('责令（限期）改正 and its period (行政处罚法 第28条; 民事诉讼法 第85条)', () => {
  it('行政处罚法 第28条, 民事诉讼法 第85条: a 15-day period starts the day after service and ends on its 15th day', () => {
    expect(correctionDue('2025-03-04', { unit: 'days', value: 15 }, calendar)).toBe('2025-03-19');
    const { state } = orderedCase();
    expect(state.correctionOrders[0]).toMatchObject({
      id: 'ZG-1',
      dueOn: '2025-03-19',
      penaltyOnlyIfUncorrected: true,
      period: { unit: 'days', value: 15 },
    });
  });

  it('民事诉讼法 第85条: a period ending on a rest day or holiday ends on the next working day', () => {
    // 15 days from Thursday 6 March 2025 is Friday 21 March; from Friday 7 March, Saturday 22 March → Monday 24 March.
    expect(correctionDue('2025-03-06', { unit: 'days', value: 15 }, calendar)).toBe('2025-03-21');
    expect(correctionDue('2025-03-07', { unit: 'days', value: 15 }, calendar)).toBe('2025-03-24');
    // 15 days from 16 September 2025 is 1 October, inside the National Day holiday (1–8 October).
    expect(correctionDue('2025-09-16', { unit: 'days', value: 15 }, calendar)).toBe('2025-10-09');
  });

  it('民法典 第202条: a period in months ends on the corresponding day, or the last day of a shorter month', () => {
    expect(correctionDue('2025-03-04', { unit: 'months', value: 3 }, calendar)).toBe('2025-06-04');
    // 31 August + 1 month: no 31 September, so Tuesday 30 September.
    expect(correctionDue('2025-08-31', { unit: 'months', value: 1 }, calendar)).toBe('2025-09-30');
    // 30 November + 3 months: 28 February 2026, a Saturday, but a working day by the 2026 notice (调休): not moved.
    expect(correctionDue('2025-11-30', { unit: 'months', value: 3 }, calendar)).toBe('2026-02-28');
    // 3 months from 2 January 2026 end on Thursday 2 April; from 4 January, on Saturday 4 April, inside 清明 (4–6 April) → 7 April.
    expect(correctionDue('2026-01-02', { unit: 'months', value: 3 }, calendar)).toBe('2026-04-02');
    expect(correctionDue('2026-01-04', { unit: 'months', value: 3 }, calendar)).toBe('2026-04-07');
  });

  it('行政处罚法 第60条: a 3-month period outlasting the 90-day limit is recorded with a warning; 15 days are not', () => {
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    const order = (period: { unit: 'days' | 'months'; value: number }) =>
      decide(
        state,
        { type: 'orderCorrection', payload: { ...SAMPLE.orderCorrection, period }, actor: officerA, at: '2025-03-04' },
        ctx('2025-03-04'),
      );
    const long = order({ unit: 'months', value: 3 });
    expect(long.ok && long.warnings.map((w) => [w.code, w.article])).toEqual([
      ['correctionOutlastsLimit', '行政处罚法 第60条'],
    ]);
    const short = order({ unit: 'days', value: 15 });
    expect(short.ok && short.warnings).toEqual([]);
  });

  it('行政处罚法 第28条: an order to correct at once is due on the day of service', () => {
    const { state } = orderedCase({ period: undefined });
    expect(state.correctionOrders[0]).toMatchObject({ period: null, dueOn: '2025-03-04' });
  });

  it('行政处罚法 第28条: the order is served no earlier than the act was discovered and no later than it is recorded', () => {
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    const order = (servedOn: string): Step => ({
      type: 'orderCorrection',
      by: officerA,
      at: '2025-03-04',
      payload: { ...SAMPLE.orderCorrection, servedOn },
    });
    expect(refusalCodes(state, order('2025-03-01'))).toContain('dateTooEarly');
    expect(refusalCodes(state, order('2025-03-05'))).toContain('dateInFuture');
    expect(refusalCodes(state, order('2025-03-04'))).toEqual([]);
    expect(refusalCodes(state, { type: 'orderCorrection', by: PEOPLE.auxiliary, at: '2025-03-04' })).toEqual([
      'auxiliaryNotAllowed',
    ]);
  });

  it('行政处罚法 第28条: the correction period is a party-facing deadline until the follow-up inspection', () => {
    const { state } = orderedCase();
    const open = caseDeadlines(state, calendar, config, '2025-03-19').find((d) => d.key === 'correction:ZG-1');
    expect(open).toMatchObject({ due: '2025-03-19', partyFacing: true, status: 'open', basis: '行政处罚法 第28条' });
    expect(caseDeadlines(state, calendar, config, '2025-03-20').find((d) => d.key === 'correction:ZG-1')?.status).toBe(
      'overdue',
    );
    const checked = orderedCase({}, [followUp('2025-03-20', 'notCorrected')]).state;
    expect(
      caseDeadlines(checked, calendar, config, '2025-03-20').find((d) => d.key === 'correction:ZG-1')?.status,
    ).toBe('met');
  });
});

describe('复查 (follow-up inspection) of an order to correct (行政处罚法 第28条, 第42条, 第55条)', () => {
  it('行政处罚法 第28条: "not corrected" cannot be found on or before the period’s last day, only after it', () => {
    const { state } = orderedCase();
    expect(refusalCodes(state, followUp('2025-03-19', 'notCorrected'))).toEqual(['correctionPeriodRunning']);
    expect(refusalCodes(state, followUp('2025-03-20', 'notCorrected'))).toEqual([]);
  });

  it('行政处罚法 第28条: a correction may be found at any time after service, also before the period ends', () => {
    const { state } = orderedCase();
    expect(refusalCodes(state, followUp('2025-03-10', 'corrected'))).toEqual([]);
    expect(
      refusalCodes(state, {
        ...followUp('2025-03-10', 'corrected'),
        payload: { ...SAMPLE.recordFollowUpInspection, startedAt: '2025-03-03T10:00', outcome: 'corrected' },
      }),
    ).toContain('followUpBeforeOrder');
  });

  it('行政处罚法 第42条: the follow-up record is made by two qualified officers of the case; one order has one follow-up', () => {
    const { state } = orderedCase();
    const one = {
      ...followUp('2025-03-20', 'notCorrected'),
      payload: { ...SAMPLE.recordFollowUpInspection, startedAt: '2025-03-20T10:00', officerIds: ['o1'] },
    };
    expect(refusalCodes(state, one)).toContain('fewerThanTwoOfficers');
    expect(
      refusalCodes(state, {
        ...followUp('2025-03-20', 'notCorrected'),
        payload: { ...SAMPLE.recordFollowUpInspection, startedAt: '2025-03-20T10:00', orderId: 'ZG-9' },
      }),
    ).toEqual(['correctionUnknown']);
    const done = orderedCase({}, [followUp('2025-03-20', 'notCorrected')]).state;
    expect(refusalCodes(done, followUp('2025-03-21', 'corrected'))).toEqual(['noOpenCorrection']);
    const second: Step = {
      type: 'orderCorrection',
      by: officerA,
      at: '2025-03-20',
      payload: {
        ...SAMPLE.orderCorrection,
        orderId: 'ZG-2',
        orderNumber: '某综执改〔2025〕2号',
        servedOn: '2025-03-20',
      },
    };
    const two = orderedCase({}, [followUp('2025-03-20', 'notCorrected'), second]).state;
    expect(refusalCodes(two, followUp('2025-03-21', 'corrected'))).toEqual(['correctionFollowedUp']);
    expect(done.correctionOrders[0]?.followUp).toMatchObject({
      outcome: 'notCorrected',
      inspectedOn: '2025-03-20',
      recordId: 'FC-1',
    });
  });
});

describe('the outcome: not corrected → the penalty, corrected → closed (行政处罚法 第28条)', () => {
  const decideStep = (at: string, uncorrectedOrderIds?: string[]): Step => ({
    type: 'decide',
    by: head,
    at,
    payload: { ...SAMPLE.decide, ...(uncorrectedOrderIds ? { uncorrectedOrderIds } : {}) },
  });

  it('行政处罚法 第28条: under 「逾期不改正的，处罚款」 no penalty is decided while the period runs', () => {
    // Waiving the statement the same day, the decision is otherwise open on 6 March.
    const { state } = orderedCase({}, toNotice('2025-03-05'));
    expect(refusalCodes(state, decideStep('2025-03-06'))).toContain('correctionPeriodRunning');
    expect(refusalCodes(state, decideStep('2025-03-19'))).toContain('correctionPeriodRunning');
    // After the period, the follow-up comes first.
    expect(refusalCodes(state, decideStep('2025-03-20'))).toContain('followUpMissing');
  });

  it('行政处罚法 第28条: after a follow-up finding no correction, the decision must cite it, and then carries it as its ground', () => {
    const { state } = orderedCase({}, [followUp('2025-03-20', 'notCorrected'), ...toNotice('2025-03-20')]);
    expect(refusalCodes(state, decideStep('2025-03-21'))).toEqual(['nonCorrectionNotCited']);
    expect(refusalCodes(state, decideStep('2025-03-21', ['ZG-2']))).toContain('correctionUnknown');
    const decided = run(
      header(),
      [decideStep('2025-03-21', ['ZG-1'])],
      {},
      { actions: orderedCase({}, [followUp('2025-03-20', 'notCorrected'), ...toNotice('2025-03-20')]).actions },
    );
    expect(decided.state.status).toBe('decided');
    expect(decided.state.decision?.uncorrectedOrders).toEqual([
      { orderId: 'ZG-1', number: '某综执改〔2025〕1号', dueOn: '2025-03-19', inspectedOn: '2025-03-20' },
    ]);
  });

  it('行政处罚法 第28条: a correction in time leaves nothing to fine: the penalty is refused and the head may close the case', () => {
    const corrected = orderedCase({}, [followUp('2025-03-12', 'corrected')]);
    const withNotice = run(header(), toNotice('2025-03-13'), {}, { actions: corrected.actions });
    expect(refusalCodes(withNotice.state, decideStep('2025-03-20'))).toContain('correctedInTime');
    expect(refusalCodes(withNotice.state, decideStep('2025-03-20', ['ZG-1']))).toContain('nonCorrectionNotFound');

    expect(allowedActions(corrected.state, head, ctx('2025-03-12'))).toContain('closeCase');
    const closed = run(
      header(),
      [
        {
          type: 'closeCase',
          by: head,
          at: '2025-03-12',
          payload: { reason: 'corrected', report: '当事人已在责令期限内清理占道物品，依法不予处罚，结案' },
        },
      ],
      {},
      { actions: corrected.actions },
    );
    expect(closed.state.status).toBe('closed');
    expect(closed.state.closure?.reason).toBe('corrected');
  });

  it('行政处罚法 第28条: before a decision, no closure while the order is open, not complied with, or not conditional', () => {
    const open = orderedCase();
    expect(allowedActions(open.state, head, ctx('2025-03-12'))).not.toContain('closeCase');
    const uncorrected = orderedCase({}, [followUp('2025-03-20', 'notCorrected')]);
    expect(allowedActions(uncorrected.state, head, ctx('2025-03-20'))).not.toContain('closeCase');
    expect(
      refusalCodes(uncorrected.state, {
        type: 'closeCase',
        by: head,
        at: '2025-03-20',
        payload: { reason: 'corrected', report: '结案' },
      }),
    ).toEqual(['notClosable']);
    // 责令改正 alongside a fine that is due anyway (第28条第1款): correcting does not end the case.
    const unconditional = orderedCase({ penaltyOnlyIfUncorrected: false }, [followUp('2025-03-12', 'corrected')]);
    expect(allowedActions(unconditional.state, head, ctx('2025-03-12'))).not.toContain('closeCase');
    expect(refusalCodes(unconditional.state, decideStep('2025-03-20'))).not.toContain('correctedInTime');
  });

  it('行政处罚法 第28条: an order whose provision fines regardless does not hold up the decision', () => {
    const { state } = orderedCase({ penaltyOnlyIfUncorrected: false }, toNotice('2025-03-05'));
    expect(refusalCodes(state, decideStep('2025-03-06'))).toEqual([]);
  });
});

describe('the catalogue tells whether a provision fines only non-correction (行政处罚法 第28条)', () => {
  it('行政处罚法 第28条: 「责令限期改正；逾期不改正的，处……」 is conditional; 「责令改正，处……」 is not', () => {
    // 广东省大气污染防治条例 第84条.
    expect(
      correctionFromItem([
        { kind: 'orderToCorrect', note: '责令限期改正' },
        { kind: 'fine', fineMin: 5000, fineMax: 20000, note: '逾期不改正的' },
      ]),
    ).toEqual({
      requirement: '责令限期改正',
      penaltyOnlyIfUncorrected: true,
    });
    // 大气污染防治法 第118条第1款: 责令改正，处五千元以上五万元以下的罚款.
    expect(
      correctionFromItem([{ kind: 'orderToCorrect' }, { kind: 'fine', fineMin: 5000, fineMax: 50000 }])
        .penaltyOnlyIfUncorrected,
    ).toBe(false);
    // 动物防疫法 第92条: 可以处一千元以下罚款；逾期不改正的，处一千元以上五千元以下罚款 — one fine is unconditional.
    expect(
      correctionFromItem([
        { kind: 'orderToCorrect' },
        { kind: 'fine', fineMax: 1000 },
        { kind: 'fine', fineMin: 1000, fineMax: 5000, note: '逾期不改正的' },
      ]).penaltyOnlyIfUncorrected,
    ).toBe(false);
    expect(correctionFromItem([{ kind: 'orderToCorrect', note: '责令限期拆除' }])).toEqual({
      requirement: '责令限期拆除',
      penaltyOnlyIfUncorrected: false,
    });
  });
});
