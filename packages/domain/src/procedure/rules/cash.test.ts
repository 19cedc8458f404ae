import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, fine, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { cashDepositDue, cashHandInDue, checkCashCollection } from './cash';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const input = { amount: 150, ground: 'smallAmount' as const, receiptNo: 'CZ-1', onTheSpotDecision: true, fine: 150 };

describe('on-the-spot cash collection (当场收缴)', () => {
  it('行政处罚法 第68–69条: above 100 yuan needs "hard to collect later" or a remote-area request', () => {
    expect(codes(checkCashCollection(input, config))).toEqual(['cashAmountTooHigh']);
    expect(checkCashCollection({ ...input, ground: 'hardToCollect' }, config)).toEqual([]);
    expect(codes(checkCashCollection({ ...input, ground: 'remoteArea' }, config))).toEqual(['cashNotRequested']);
    expect(
      checkCashCollection({ ...input, ground: 'remoteArea', partyRequested: true, onTheSpotDecision: false }, config),
    ).toEqual([]);
    expect(checkCashCollection({ ...input, amount: 100, fine: 100 }, config)).toEqual([]);
    const { state } = run(header('summary'), [
      {
        type: 'decideOnTheSpot',
        by: PEOPLE.officerA,
        at: '2025-03-03',
        payload: { ...SAMPLE.decideOnTheSpot, penalty: fine(150) },
      },
    ]);
    const step = {
      type: 'collectOnTheSpot' as const,
      by: PEOPLE.officerA,
      at: '2025-03-03',
      payload: { ...SAMPLE.collectOnTheSpot, amount: 150 },
    };
    expect(refusalCodes(state, step)).toEqual(['cashAmountTooHigh']);
  });

  it('行政处罚法 第70条: no completion without the finance department receipt number', () => {
    expect(codes(checkCashCollection({ ...input, amount: 50, fine: 50, receiptNo: '' }, config))).toEqual([
      'cashReceiptMissing',
    ]);
  });

  it('行政处罚法 第71条, 第85条: hand-in within 2 working days (after landing on water), bank deposit 2 working days later', () => {
    expect(cashHandInDue({ collectedOn: '2025-09-30', onWater: false }, calendar, config)).toBe('2025-10-10');
    expect(cashHandInDue({ collectedOn: '2025-03-03', onWater: true, landedOn: '2025-03-07' }, calendar, config)).toBe(
      '2025-03-11',
    );
    expect(cashDepositDue('2025-03-07', calendar, config)).toBe('2025-03-11');
    const { state } = run(header('summary'), [
      { type: 'decideOnTheSpot', by: PEOPLE.officerA, at: '2025-03-03' },
      { type: 'collectOnTheSpot', by: PEOPLE.officerA, at: '2025-03-03' },
    ]);
    const d = caseDeadlines(state, calendar, config, '2025-03-06').find((x) => x.key === 'cashHandIn:1');
    expect(d).toMatchObject({ due: '2025-03-05', status: 'overdue', basis: '行政处罚法 第71条' });
  });
});
