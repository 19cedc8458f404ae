import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, PEOPLE, refusalCodes, servedOrdinaryCase } from '../test-support/fixtures';
import { checkCourtApplication, checkEnforcementTime, courtEnforcementWindow, paymentDeadline, paymentStatus, surchargeFor } from './execution';

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
    expect(d).toMatchObject({ due: '2025-04-07', status: 'overdue', partyFacing: true, basis: '行政处罚法 第67条第3款' });
    // 催告 is refused before the period has run out.
    expect(refusalCodes(state, { type: 'issueDemand', by: officerA, at: '2025-04-07', payload: { servedOn: '2025-04-07', performBy: '2025-04-17', amount: 3000, method: '银行缴纳', representationRightStated: true } })).toEqual([
      'notYetOverdue',
    ]);
  });

  it('行政处罚法 第72条第1款(一), 第73条第3款: 3% a day, capped at the fine, days under reconsideration excluded', () => {
    const { state } = servedOrdinaryCase();
    expect(surchargeFor(state, '2025-04-08')).toEqual({ days: 1, excludedDays: 0, amount: 90 });
    expect(surchargeFor(state, '2025-05-11')).toMatchObject({ days: 34, amount: 3000 });
    const withReview = servedOrdinaryCase([{ type: 'recordRemedyProceeding', by: officerA, at: '2025-04-01', payload: { kind: 'reconsideration', from: '2025-04-01', to: '2025-04-10' } }]);
    expect(surchargeFor(withReview.state, '2025-04-12')).toEqual({ days: 5, excludedDays: 3, amount: 180 });
  });

  it('行政处罚法 第66条第2款, 第72条第2款: an approved deferral moves payment and the court window to its end', () => {
    const plain = servedOrdinaryCase();
    const base = courtEnforcementWindow(plain.state, calendar, config);
    // 6 months from 2025-03-21 is 2025-09-21 (Sunday), rolled to 2025-09-22.
    expect(base).toMatchObject({ remedyPeriodEnds: '2025-09-22', opensOn: '2025-09-23', closesOn: '2025-12-22' });
    const deferred = servedOrdinaryCase([{ type: 'approveDeferral', by: head, at: '2025-04-01', payload: { until: '2025-12-31', reason: '经营困难' } }]);
    expect(paymentStatus(deferred.state, '2025-06-01').overdue).toBe(false);
    expect(courtEnforcementWindow(deferred.state, calendar, config)).toMatchObject({ base: '2025-12-31', opensOn: '2026-01-01', closesOn: '2026-03-31' });
  });

  it('行政强制法 第53–54条, 第69条: court application needs a 催告 served 10 working days before and falls within 3 months of the remedy period', () => {
    const overdue = servedOrdinaryCase([
      { type: 'issueDemand', by: officerA, at: '2025-09-23', payload: { servedOn: '2025-09-23', performBy: '2025-09-30', amount: 3000, method: '银行缴纳', representationRightStated: true } },
    ]);
    // From Tue 2025-09-23: Sun 28 Sep and Sat 11 Oct count, 1–8 Oct do not → the 10th working day is 2025-10-13.
    expect(codes(checkCourtApplication(overdue.state, '2025-10-11', calendar, config))).toEqual(['demandTooRecent']);
    expect(checkCourtApplication(overdue.state, '2025-10-13', calendar, config)).toEqual([]);
    expect(codes(checkCourtApplication(overdue.state, '2025-12-23', calendar, config))).toEqual(['courtWindowClosed']);
    const early = servedOrdinaryCase([
      { type: 'issueDemand', by: officerA, at: '2025-04-10' },
    ]);
    expect(codes(checkCourtApplication(early.state, '2025-05-06', calendar, config))).toEqual(['courtWindowNotOpen']);
    expect(refusalCodes(overdue.state, { type: 'applyCourtEnforcement', by: head, at: '2025-10-13' })).toEqual([]);
    const d = caseDeadlines(overdue.state, calendar, config, '2025-10-13').find((x) => x.key === 'courtApplication');
    expect(d).toMatchObject({ due: '2025-12-22', status: 'open', basis: '行诉解释 第156条' });
  });

  it('行政强制法 第43条: no enforcement at night or on a statutory holiday unless urgent', () => {
    expect(checkEnforcementTime({ date: '2025-05-06', startTime: '10:00', urgent: false }, calendar)).toEqual([]);
    expect(codes(checkEnforcementTime({ date: '2025-05-06', startTime: '22:30', urgent: false }, calendar))).toEqual(['nightEnforcement']);
    expect(codes(checkEnforcementTime({ date: '2025-05-06', startTime: '05:59', urgent: false }, calendar))).toEqual(['nightEnforcement']);
    expect(codes(checkEnforcementTime({ date: '2025-10-01', startTime: '10:00', urgent: false }, calendar))).toEqual(['holidayEnforcement']);
    expect(checkEnforcementTime({ date: '2025-10-01', startTime: '23:00', urgent: true, urgentReason: '危及公共安全' }, calendar)).toEqual([]);
    expect(codes(checkEnforcementTime({ date: '2025-10-01', startTime: '23:00', urgent: true }, calendar))).toEqual(['urgentReasonMissing']);
    const overdue = servedOrdinaryCase([{ type: 'issueDemand', by: officerA, at: '2025-04-10' }]);
    const enforce = { type: 'enforceDecision' as const, by: head, at: '2025-05-05', payload: { method: '划拨存款', scheduledDate: '2025-05-05', startTime: '10:00', urgent: false } };
    expect(refusalCodes(overdue.state, enforce, { ownEnforcementPower: true })).toEqual(['holidayEnforcement']);
    expect(refusalCodes(overdue.state, { ...enforce, payload: { ...enforce.payload, scheduledDate: '2025-05-06' } })).toEqual(['noEnforcementPower']);
  });
});
