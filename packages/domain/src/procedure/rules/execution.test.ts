import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import {
  calendar,
  config,
  header,
  PEOPLE,
  refusalCodes,
  run,
  SAMPLE,
  servedOrdinaryCase,
} from '../test-support/fixtures';
import {
  checkCourtApplication,
  checkEnforcementTime,
  courtEnforcementWindow,
  paymentDeadline,
  paymentStatus,
  surchargeFor,
} from './execution';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head } = PEOPLE;

describe('execution (执行)', () => {
  it('行政处罚法 第67条第3款, 第72条: 15 days from receipt, rolled past rest days; overdue from the next day', () => {
    // legal-rules §8.4: received 2025-09-16 → raw 2025-10-01 (国庆) → 2025-10-09.
    expect(paymentDeadline('2025-09-16', calendar, config)).toBe('2025-10-09');
    const { state } = servedOrdinaryCase();
    expect(paymentStatus(state, '2025-04-07')).toMatchObject({ due: '2025-04-07', overdue: false, paidInFull: false });
    expect(paymentStatus(state, '2025-04-08')).toMatchObject({ overdue: true, surchargeFrom: '2025-04-08' });
    const d = caseDeadlines(state, calendar, config, '2025-04-08').find((x) => x.key === 'payment');
    expect(d).toMatchObject({
      due: '2025-04-07',
      status: 'overdue',
      partyFacing: true,
      basis: '行政处罚法 第67条第3款',
    });
    // 催告 is refused before the period has run out.
    expect(
      refusalCodes(state, {
        type: 'issueDemand',
        by: officerA,
        at: '2025-04-07',
        payload: {
          servedOn: '2025-04-07',
          performBy: '2025-04-17',
          amount: 3000,
          method: '银行缴纳',
          representationRightStated: true,
        },
      }),
    ).toEqual(['notYetOverdue']);
  });

  it('行政处罚法 第72条第1款(一), 第73条第3款: 3% a day, capped at the fine, days under reconsideration excluded', () => {
    const { state } = servedOrdinaryCase();
    expect(surchargeFor(state, '2025-04-08')).toEqual({ days: 1, excludedDays: 0, amount: 90 });
    expect(surchargeFor(state, '2025-05-11')).toMatchObject({ days: 34, amount: 3000 });
    const withReview = servedOrdinaryCase([
      {
        type: 'recordRemedyProceeding',
        by: officerA,
        at: '2025-04-01',
        payload: { kind: 'reconsideration', from: '2025-04-01', to: '2025-04-10' },
      },
    ]);
    expect(surchargeFor(withReview.state, '2025-04-12')).toEqual({ days: 5, excludedDays: 3, amount: 180 });
  });

  // A 3,000-yuan fine plus 2,000 yuan of confiscated gains, served 2025-03-21, payable by 2025-04-07.
  const fineAndGains = {
    lines: [
      { kind: 'fine' as const, amount: 3000 },
      { kind: 'confiscateGains' as const, amount: 2000 },
    ],
  };
  const servedWithGains = (extra: Parameters<typeof run>[1] = []) =>
    run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      {
        type: 'issueNotice',
        by: officerA,
        at: '2025-03-11',
        payload: { ...SAMPLE.issueNotice, intendedPenalty: fineAndGains },
      },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'decide', by: head, at: '2025-03-20', payload: { ...SAMPLE.decide, penalty: fineAndGains } },
      { type: 'serveDecision', by: officerA, at: '2025-03-21' },
      ...extra,
    ]);
  const pay = (amount: number, paidOn: string) => ({
    type: 'recordPayment' as const,
    by: officerA,
    at: paidOn,
    payload: { amount, paidOn, channel: 'bank' },
  });

  it('行政处罚法 第72条第1款(一): a fine paid in full on time accrues nothing, even while a confiscation in the same decision is unpaid', () => {
    const paid = servedWithGains([pay(3000, '2025-04-07')]);
    expect(paid.state.paymentDue).toBe('2025-04-07');
    // 24 days later the confiscation is still owed (overdue), but no surcharge: once 2,160 yuan was charged here.
    expect(paymentStatus(paid.state, '2025-05-01')).toMatchObject({ overdue: true, paidInFull: false });
    expect(surchargeFor(paid.state, '2025-05-01')).toEqual({ days: 0, excludedDays: 0, amount: 0 });
    // Money received goes to the fine first: 4,000 on the last day leaves 1,000 of gains and no surcharge.
    expect(surchargeFor(servedWithGains([pay(4000, '2025-04-07')]).state, '2025-05-01').amount).toBe(0);
    // Nothing paid: 3 % a day of the fine alone (90 yuan), not of the 5,000 owed in all.
    const unpaid = servedWithGains();
    expect(surchargeFor(unpaid.state, '2025-04-07').amount).toBe(0);
    expect(surchargeFor(unpaid.state, '2025-04-08')).toEqual({ days: 1, excludedDays: 0, amount: 90 });
    // A payment one day late carries one day.
    const late = servedWithGains([pay(3000, '2025-04-08')]);
    expect(surchargeFor(late.state, '2025-04-30')).toEqual({ days: 1, excludedDays: 0, amount: 90 });
  });

  it('行政处罚法 第72条第1款(一); 行政强制法 第45条: after a part payment the surcharge runs on the unpaid part, and never exceeds the fine itself', () => {
    // 1,000 paid on the 5th overdue day: that day still counts on 3,000 (5 × 90), then 60 a day on 2,000.
    const part = servedOrdinaryCase([pay(1000, '2025-04-12')]);
    expect(surchargeFor(part.state, '2025-04-12')).toEqual({ days: 5, excludedDays: 0, amount: 450 });
    expect(surchargeFor(part.state, '2025-04-13')).toEqual({ days: 6, excludedDays: 0, amount: 510 });
    expect(surchargeFor(part.state, '2025-04-17').amount).toBe(750);
    // The cap is the fine (3,000), not the 2,000 unpaid: 450 + 42 × 60 = 2,970 on 24 May, capped from 25 May.
    expect(surchargeFor(part.state, '2025-05-24').amount).toBe(2970);
    expect(surchargeFor(part.state, '2025-05-25').amount).toBe(3000);
    expect(surchargeFor(part.state, '2026-03-01').amount).toBe(3000);
    // Paid off later: the surcharge stops growing after the day of the last payment.
    const settled = servedOrdinaryCase([pay(1000, '2025-04-12'), pay(2000, '2025-04-15')]);
    expect(surchargeFor(settled.state, '2025-04-15').amount).toBe(450 + 3 * 60);
    expect(surchargeFor(settled.state, '2025-06-01')).toEqual({ days: 8, excludedDays: 0, amount: 630 });
  });

  it('行政处罚法 第66条第2款, 第72条第1款(一): under approved instalments the surcharge runs only on an instalment that has fallen due and is unpaid', () => {
    // 1,500 due 2025-05-01 and 1,500 due 2025-06-01, approved before the first payment period ran out.
    const plan = servedOrdinaryCase([{ type: 'approveInstalments', by: head, at: '2025-04-01' }]);
    expect(surchargeFor(plan.state, '2025-05-01').amount).toBe(0);
    expect(surchargeFor(plan.state, '2025-05-02')).toEqual({ days: 1, excludedDays: 0, amount: 45 });
    const firstPaidLate = servedOrdinaryCase([
      { type: 'approveInstalments', by: head, at: '2025-04-01' },
      pay(1500, '2025-05-03'),
    ]);
    // Two days on the first instalment; nothing while the second is not yet due; then 45 a day on it.
    expect(surchargeFor(firstPaidLate.state, '2025-06-01').amount).toBe(90);
    expect(surchargeFor(firstPaidLate.state, '2025-06-03').amount).toBe(180);
  });

  it('行政处罚法 第66条第2款, 第72条第2款: an approved deferral moves payment and the court window to its end', () => {
    const plain = servedOrdinaryCase();
    const base = courtEnforcementWindow(plain.state, calendar, config);
    // 6 months from 2025-03-21 is 2025-09-21 (Sunday), rolled to 2025-09-22.
    expect(base).toMatchObject({ remedyPeriodEnds: '2025-09-22', opensOn: '2025-09-23', closesOn: '2025-12-22' });
    const deferred = servedOrdinaryCase([
      { type: 'approveDeferral', by: head, at: '2025-04-01', payload: { until: '2025-12-31', reason: '经营困难' } },
    ]);
    expect(paymentStatus(deferred.state, '2025-06-01').overdue).toBe(false);
    expect(courtEnforcementWindow(deferred.state, calendar, config)).toMatchObject({
      base: '2025-12-31',
      opensOn: '2026-01-01',
      closesOn: '2026-03-31',
    });
  });

  it('行政强制法 第53–54条, 第69条: court application needs a 催告 served 10 working days before and falls within 3 months of the remedy period', () => {
    const overdue = servedOrdinaryCase([
      {
        type: 'issueDemand',
        by: officerA,
        at: '2025-09-23',
        payload: {
          servedOn: '2025-09-23',
          performBy: '2025-09-30',
          amount: 3000,
          method: '银行缴纳',
          representationRightStated: true,
        },
      },
    ]);
    // From Tue 2025-09-23: Sun 28 Sep and Sat 11 Oct count, 1–8 Oct do not → the 10th working day is 2025-10-13.
    expect(codes(checkCourtApplication(overdue.state, '2025-10-11', calendar, config))).toEqual(['demandTooRecent']);
    expect(checkCourtApplication(overdue.state, '2025-10-13', calendar, config)).toEqual([]);
    expect(codes(checkCourtApplication(overdue.state, '2025-12-23', calendar, config))).toEqual(['courtWindowClosed']);
    const early = servedOrdinaryCase([{ type: 'issueDemand', by: officerA, at: '2025-04-10' }]);
    expect(codes(checkCourtApplication(early.state, '2025-05-06', calendar, config))).toEqual(['courtWindowNotOpen']);
    expect(refusalCodes(overdue.state, { type: 'applyCourtEnforcement', by: head, at: '2025-10-13' })).toEqual([]);
    const d = caseDeadlines(overdue.state, calendar, config, '2025-10-13').find((x) => x.key === 'courtApplication');
    expect(d).toMatchObject({ due: '2025-12-22', status: 'open', basis: '行诉解释 第156条' });
  });

  it('行政强制法 第43条: no enforcement at night or on a statutory holiday unless urgent', () => {
    expect(checkEnforcementTime({ date: '2025-05-06', startTime: '10:00', urgent: false }, calendar)).toEqual([]);
    expect(codes(checkEnforcementTime({ date: '2025-05-06', startTime: '22:30', urgent: false }, calendar))).toEqual([
      'nightEnforcement',
    ]);
    expect(codes(checkEnforcementTime({ date: '2025-05-06', startTime: '05:59', urgent: false }, calendar))).toEqual([
      'nightEnforcement',
    ]);
    expect(codes(checkEnforcementTime({ date: '2025-10-01', startTime: '10:00', urgent: false }, calendar))).toEqual([
      'holidayEnforcement',
    ]);
    expect(
      checkEnforcementTime(
        { date: '2025-10-01', startTime: '23:00', urgent: true, urgentReason: '危及公共安全' },
        calendar,
      ),
    ).toEqual([]);
    expect(codes(checkEnforcementTime({ date: '2025-10-01', startTime: '23:00', urgent: true }, calendar))).toEqual([
      'urgentReasonMissing',
    ]);
    const overdue = servedOrdinaryCase([{ type: 'issueDemand', by: officerA, at: '2025-04-10' }]);
    const enforce = {
      type: 'enforceDecision' as const,
      by: head,
      at: '2025-05-05',
      payload: { method: '划拨存款', scheduledDate: '2025-05-05', startTime: '10:00', urgent: false },
    };
    expect(refusalCodes(overdue.state, enforce, { ownEnforcementPower: true })).toEqual(['holidayEnforcement']);
    expect(
      refusalCodes(overdue.state, { ...enforce, payload: { ...enforce.payload, scheduledDate: '2025-05-06' } }),
    ).toEqual(['noEnforcementPower']);
  });
});
