// deadlinesRefreshOn(): the stored deadline lists only change with time on the returned day. The
// property runs caseDeadlines() itself on random days, so a deadline that starts to depend on
// today without deadlinesRefreshOn() knowing fails here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from './calendar-port';
import { type CaseDeadline, caseDeadlines, deadlinesRefreshOn } from './deadlines';
import { decide } from './decide';
import { applyCaseAction } from './fold';
import type { CaseActionType } from './payloads/index';
import { amountDue, amountPaid } from './rules/execution';
import type { CaseState } from './state';
import { calendar, config, ctx, header, PEOPLE, run, SAMPLE, servedOrdinaryCase } from './test-support/fixtures';

const { officerA, head } = PEOPLE;

/** What case_deadlines stores: everything but the open/overdue flag (met ones are left out). */
function stored(ds: readonly CaseDeadline[]) {
  return ds.map(({ status, ...rest }) => ({ ...rest, met: status === 'met' }));
}
const listOn = (s: CaseState, day: string) => stored(caseDeadlines(s, calendar, config, day));
const refreshOn = (s: CaseState, today: string) => deadlinesRefreshOn(s, calendar, config, today);

describe('deadlines refresh date', () => {
  it('行政处罚法 第72条, 行政强制法 第53条: an unpaid fine is refreshed the day after the payment due date, when the court application period appears', () => {
    const { state } = servedOrdinaryCase();
    // Served 21 March 2025: 15 days end on Saturday 5 April (清明 weekend), rolled to Monday 7 April.
    expect(refreshOn(state, '2025-03-21')).toBe('2025-04-08');
    expect(refreshOn(state, '2025-04-07')).toBe('2025-04-08');
    expect(listOn(state, '2025-04-07').map((d) => d.key)).not.toContain('courtApplication');
    expect(listOn(state, '2025-04-08').map((d) => d.key)).toContain('courtApplication');
    // Overdue already: the list no longer changes with time alone.
    expect(refreshOn(state, '2025-04-08')).toBeNull();
  });

  it('行政处罚法 第72条: a fine paid in full, or a case without a payment period, is never refreshed', () => {
    const paid = servedOrdinaryCase([{ type: 'recordPayment', by: officerA, at: '2025-03-25' }]);
    expect(refreshOn(paid.state, '2025-03-25')).toBeNull();
    const investigating = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(refreshOn(investigating.state, '2025-03-03')).toBeNull();
  });

  it('行政处罚法 第66条, 第72条第2款: an approved deferral or the first unpaid instalment moves the refresh date', () => {
    const deferred = servedOrdinaryCase([{ type: 'approveDeferral', by: head, at: '2025-03-25' }]);
    expect(refreshOn(deferred.state, '2025-03-25')).toBe('2025-07-01');
    const instalments = servedOrdinaryCase([
      { type: 'approveInstalments', by: head, at: '2025-03-25' },
      {
        type: 'recordPayment',
        by: officerA,
        at: '2025-04-20',
        payload: { amount: 1500, paidOn: '2025-04-20', channel: 'bank' },
      },
    ]);
    // The first instalment (1 May) is paid: the second one (1 June) decides.
    expect(refreshOn(instalments.state, '2025-04-20')).toBe('2025-06-02');
    expect(listOn(instalments.state, '2025-06-01').map((d) => d.key)).not.toContain('courtApplication');
    expect(listOn(instalments.state, '2025-06-02').map((d) => d.key)).toContain('courtApplication');
  });

  it('行政强制法 第53条: once the court has been applied to, or the case is closed, nothing changes with time', () => {
    const { state } = servedOrdinaryCase();
    expect(
      refreshOn({ ...state, courtApplication: { on: '2025-04-01', court: '某县人民法院', by: 'h1' } }, '2025-04-01'),
    ).toBeNull();
    expect(
      refreshOn(
        { ...state, closure: { on: '2025-04-01', by: 'h1', reason: 'executed', report: '执行完毕' } },
        '2025-04-01',
      ),
    ).toBeNull();
  });
});

// Random execution histories after a served decision (ordinary or on the spot).
type Move = 'pay' | 'defer' | 'instal' | 'demand' | 'court' | 'remedy' | 'close';
const move = fc.record({
  kind: fc.constantFrom<Move>('pay', 'pay', 'defer', 'instal', 'demand', 'court', 'remedy', 'close'),
  gap: fc.integer({ min: 0, max: 40 }),
  v: fc.nat({ max: 1000 }),
});

function attempt(
  state: CaseState,
  type: CaseActionType,
  by: (typeof PEOPLE)[keyof typeof PEOPLE],
  at: string,
  payload: unknown,
) {
  const r = decide(state, { type, payload, actor: by, at }, ctx(at));
  if (!r.ok) return;
  applyCaseAction(state, { ...r.action, seq: state.lastSeq + 1 });
}

function history(summary: boolean, moves: { kind: Move; gap: number; v: number }[]): { state: CaseState; day: string } {
  const base = summary
    ? run(header('summary'), [
        { type: 'decideOnTheSpot', by: officerA, at: '2025-03-03' },
        { type: 'recordSummaryService', by: officerA, at: '2025-03-03' },
      ])
    : servedOrdinaryCase();
  const state = base.state;
  let day = summary ? '2025-03-03' : '2025-03-21';
  for (const m of moves) {
    day = addDays(day, m.gap);
    const owed = state.decision ? amountDue(state.decision) - amountPaid(state) : 0;
    switch (m.kind) {
      case 'pay':
        attempt(state, 'recordPayment', officerA, day, {
          amount: Math.max(1, Math.floor((owed * (1 + (m.v % 3))) / 3)),
          paidOn: day,
          channel: 'bank',
        });
        break;
      case 'defer':
        attempt(state, 'approveDeferral', head, day, { until: addDays(day, 1 + (m.v % 90)), reason: '经营困难' });
        break;
      case 'instal': {
        const first = Math.floor(owed / 2);
        attempt(state, 'approveInstalments', head, day, {
          instalments: [
            { due: addDays(day, 1 + (m.v % 30)), amount: first },
            { due: addDays(day, 31 + (m.v % 60)), amount: owed - first },
          ],
          reason: '经营困难',
        });
        break;
      }
      case 'demand':
        attempt(state, 'issueDemand', officerA, day, {
          ...SAMPLE.issueDemand,
          servedOn: day,
          performBy: addDays(day, 10),
          amount: owed,
        });
        break;
      case 'court':
        attempt(state, 'applyCourtEnforcement', head, day, SAMPLE.applyCourtEnforcement);
        break;
      case 'remedy':
        attempt(state, 'recordRemedyProceeding', officerA, day, {
          kind: 'reconsideration',
          from: addDays(day, -(m.v % 20)),
          to: day,
        });
        break;
      case 'close':
        attempt(state, 'closeCase', head, day, { reason: 'executed', report: '执行完毕' });
        break;
    }
  }
  return { state, day };
}

describe('deadlines refresh date, property', () => {
  it('行政处罚法 第72条, 行政强制法 第53条: before the refresh date the stored deadlines stay as they are today; on it they change', () => {
    const seen = { refreshed: 0, never: 0, courtApplied: 0, paid: 0 };
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(move, { maxLength: 8 }),
        // Mostly soon after the last action (while periods still run), sometimes long after.
        fc.oneof(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 200 })),
        fc.nat(),
        (summary, moves, lag, pick) => {
          const { state, day } = history(summary, moves);
          const today = addDays(day, lag);
          const next = refreshOn(state, today);
          const now = listOn(state, today);
          if (next === null) {
            seen.never += 1;
            // Nothing may change with time alone: any later day (up to two years) gives the same list.
            expect(listOn(state, addDays(today, 1 + (pick % 730)))).toEqual(now);
          } else {
            seen.refreshed += 1;
            expect(compareDates(next, today)).toBeGreaterThan(0);
            const span = Math.round((Date.parse(next) - Date.parse(today)) / 86_400_000);
            expect(listOn(state, addDays(today, pick % span))).toEqual(now);
            expect(listOn(state, addDays(next, -1))).toEqual(now);
            // The earliest such day: the list does change on it.
            expect(listOn(state, next)).not.toEqual(now);
          }
          if (state.courtApplication) seen.courtApplied += 1;
          if (state.decision && amountPaid(state) >= amountDue(state.decision)) seen.paid += 1;
        },
      ),
      { numRuns: 300, seed: 20250721 },
    );
    // Not vacuous: both outcomes, and histories that reach the court and full payment.
    expect(seen.refreshed).toBeGreaterThan(30);
    expect(seen.never).toBeGreaterThan(30);
    expect(seen.courtApplied).toBeGreaterThan(0);
    expect(seen.paid).toBeGreaterThan(10);
  });
});
