import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDelegationIndex, delegationHistory, exercisableItems, type DelegationEvent } from './delegation';

const HT = 'hetang';
const DR = 'duruan';

function ev(
  kind: DelegationEvent['kind'],
  decisionNo: string,
  effectiveDate: string,
  itemCodes: string[],
  agencyIds = [HT],
  announcementDate?: string,
): DelegationEvent {
  return { kind, decisionNo, effectiveDate, itemCodes, agencyIds, ...(announcementDate ? { announcementDate } : {}) };
}

// Delegated 2022, A revoked mid-2024, A re-delegated 2025 to 荷塘 only.
const EVENTS: DelegationEvent[] = [
  ev('revoke', '蓬府〔2024〕7号', '2024-07-01', ['A'], [HT, DR]),
  ev('delegate', '蓬府〔2022〕3号', '2022-01-01', ['A', 'B'], [HT, DR]),
  ev('delegate', '蓬府〔2025〕2号', '2025-03-01', ['A']),
];

describe('exercisableItems (行政处罚法 第24条: delegation by published decision)', () => {
  it('nothing before the first decision takes effect', () => {
    expect(exercisableItems(EVENTS, HT, '2021-12-31')).toEqual(new Set());
  });

  it('delegated items from their effective date, whatever order the decisions are given in', () => {
    expect(exercisableItems(EVENTS, HT, '2022-01-01')).toEqual(new Set(['A', 'B']));
  });

  it('a revoked item stops on the revocation’s effective date', () => {
    expect(exercisableItems(EVENTS, HT, '2024-06-30')).toEqual(new Set(['A', 'B']));
    expect(exercisableItems(EVENTS, HT, '2024-07-01')).toEqual(new Set(['B']));
  });

  it('re-delegation restores the item for the townships it names only', () => {
    expect(exercisableItems(EVENTS, HT, '2025-03-01')).toEqual(new Set(['A', 'B']));
    expect(exercisableItems(EVENTS, DR, '2025-03-01')).toEqual(new Set(['B']));
  });

  it('same effective day: a revocation prevails over a delegation published the same day', () => {
    const events = [ev('revoke', 'R', '2024-01-01', ['A']), ev('delegate', 'D', '2024-01-01', ['A'])];
    expect(exercisableItems(events, HT, '2024-01-01')).toEqual(new Set());
  });

  it('same effective day: the decision published later prevails', () => {
    const events = [
      ev('delegate', 'D', '2024-01-01', ['A'], [HT], '2023-12-20'),
      ev('revoke', 'R', '2024-01-01', ['A'], [HT], '2023-12-10'),
    ];
    expect(exercisableItems(events, HT, '2024-01-01')).toEqual(new Set(['A']));
  });

  it('refuses a malformed date', () => {
    expect(() => exercisableItems(EVENTS, HT, '2024-02-30')).toThrow(RangeError);
    expect(() => exercisableItems([ev('delegate', 'D', '2024/01/01', ['A'])], HT, '2024-01-01')).toThrow(RangeError);
  });
});

describe('delegationHistory', () => {
  it('gives per-item intervals [from, to) with the deciding numbers', () => {
    expect(delegationHistory(EVENTS, HT)).toEqual(
      new Map([
        [
          'A',
          [
            {
              itemCode: 'A',
              from: '2022-01-01',
              to: '2024-07-01',
              delegatedBy: '蓬府〔2022〕3号',
              revokedBy: '蓬府〔2024〕7号',
            },
            { itemCode: 'A', from: '2025-03-01', to: null, delegatedBy: '蓬府〔2025〕2号', revokedBy: null },
          ],
        ],
        ['B', [{ itemCode: 'B', from: '2022-01-01', to: null, delegatedBy: '蓬府〔2022〕3号', revokedBy: null }]],
      ]),
    );
  });

  it('a repeated delegation does not split the interval; a revocation on the first day leaves none', () => {
    const events = [
      ev('delegate', 'D1', '2022-01-01', ['A', 'B']),
      ev('delegate', 'D2', '2023-01-01', ['A']),
      ev('revoke', 'R', '2023-01-01', ['B']),
      ev('delegate', 'D3', '2024-01-01', ['C']),
      ev('revoke', 'R2', '2024-01-01', ['C']),
    ];
    const history = delegationHistory(events, HT);
    expect(history.get('A')).toEqual([
      { itemCode: 'A', from: '2022-01-01', to: null, delegatedBy: 'D1', revokedBy: null },
    ]);
    expect(history.get('B')?.[0].to).toBe('2023-01-01');
    expect(history.has('C')).toBe(false);
  });
});

// Reference: the definition read literally — the last decision effective on or before the day,
// for this agency and item, decides.
function naive(events: readonly DelegationEvent[], agencyId: string, itemCode: string, date: string): boolean {
  let last: { e: DelegationEvent; i: number } | null = null;
  events.forEach((e, i) => {
    if (e.effectiveDate > date || !e.agencyIds.includes(agencyId) || !e.itemCodes.includes(itemCode)) return;
    if (last === null || later(e, i, last.e, last.i)) last = { e, i };
  });
  return last !== null && (last as { e: DelegationEvent }).e.kind === 'delegate';
}

function later(a: DelegationEvent, ai: number, b: DelegationEvent, bi: number): boolean {
  const ka = [a.effectiveDate, a.announcementDate ?? a.effectiveDate, a.kind === 'revoke' ? 1 : 0, ai] as const;
  const kb = [b.effectiveDate, b.announcementDate ?? b.effectiveDate, b.kind === 'revoke' ? 1 : 0, bi] as const;
  for (let k = 0; k < 4; k++) if (ka[k] !== kb[k]) return ka[k] > kb[k];
  return false;
}

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-01-${String(d).padStart(2, '0')}`);
const event = fc
  .record({
    kind: fc.constantFrom<'delegate' | 'revoke'>('delegate', 'revoke'),
    decisionNo: fc.string({ maxLength: 3 }),
    effectiveDate: day,
    announcementDate: fc.option(day, { nil: undefined }),
    itemCodes: fc.subarray(['A', 'B', 'C'], { minLength: 1 }),
    agencyIds: fc.subarray([HT, DR], { minLength: 1 }),
  })
  .map((e) => {
    const { announcementDate, ...rest } = e;
    return announcementDate === undefined ? rest : { ...rest, announcementDate };
  });

describe('buildDelegationIndex', () => {
  it('answers like a naive replay of the decisions, for every agency, item and day', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (events) => {
        const index = buildDelegationIndex(events);
        for (const agency of [HT, DR]) {
          for (const item of ['A', 'B', 'C']) {
            for (let d = 1; d <= 29; d++) {
              const date = `2024-01-${String(d).padStart(2, '0')}`;
              if (index.isExercisable(agency, item, date) !== naive(events, agency, item, date)) return false;
            }
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a county-sized history', () => {
    const events: DelegationEvent[] = [];
    const towns = Array.from({ length: 10 }, (_, i) => `t${i}`);
    const items = Array.from({ length: 500 }, (_, i) => `I${i}`);
    for (let y = 2020; y < 2030; y++) {
      events.push(ev('delegate', `D${y}`, `${y}-01-01`, items, towns));
      events.push(ev('revoke', `R${y}`, `${y}-07-01`, items.slice(0, 250), towns));
    }
    const index = buildDelegationIndex(events);
    expect(index.isExercisable('t3', 'I10', '2025-08-01')).toBe(false);
    expect(index.isExercisable('t3', 'I300', '2025-08-01')).toBe(true);
    expect(index.exercisableItems('t3', '2025-03-01').size).toBe(500);
  });
});
