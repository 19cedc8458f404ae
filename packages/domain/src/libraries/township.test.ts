import { describe, expect, it } from 'vitest';
import { checkTownshipConsistency, idleItems } from './township';

describe('checkTownshipConsistency (行政处罚法 第24条)', () => {
  const catalogue = new Map([
    ['A', { exists: true, countyReserved: false }],
    ['B', { exists: true, countyReserved: true }],
    ['C', { exists: false, countyReserved: false }],
  ]);

  it('a list inside the catalogue without reserved penalties has no violations', () => {
    expect(checkTownshipConsistency({ exercisable: ['A'], catalogue })).toEqual([]);
  });

  it('flags items missing from the catalogue and items with county-reserved penalties, once each', () => {
    const violations = checkTownshipConsistency({ exercisable: ['A', 'B', 'C', 'D', 'B'], catalogue });
    expect(violations.map((v) => [v.itemCode, v.code])).toEqual([
      ['B', 'countyReserved'],
      ['C', 'notInCatalogue'],
      ['D', 'notInCatalogue'],
    ]);
    expect(violations[0].message).toContain('第24条');
  });
});

describe('idleItems (行政处罚法 第24条: 定期组织评估 of delegated powers)', () => {
  const lastUse = new Map<string, string | undefined>([
    ['used', '2025-01-10'],
    ['edge', '2024-06-30'],
    ['old', '2024-06-29'],
    ['never', undefined],
  ]);
  const delegated = ['used', 'edge', 'old', 'never', 'unknown'];

  it('items not used within the last 12 months, a use on the window’s first day still counting', () => {
    expect(idleItems({ delegated, lastUse, asOf: '2025-06-30' })).toEqual(['old', 'never', 'unknown']);
  });

  it('a shorter window makes more items idle', () => {
    expect(idleItems({ delegated, lastUse, asOf: '2025-06-30', months: 3 })).toEqual([
      'used',
      'edge',
      'old',
      'never',
      'unknown',
    ]);
  });

  it('an item delegated within the window is too new to be idle', () => {
    const delegatedFrom = new Map([
      ['never', '2025-01-01'],
      ['unknown', '2020-01-01'],
    ]);
    expect(idleItems({ delegated, lastUse, asOf: '2025-06-30', delegatedFrom })).toEqual(['old', 'unknown']);
  });

  it('the window ends on the last day of a shorter month (2025-02-28 minus 12 months is 2024-02-28)', () => {
    const uses = new Map([
      ['x', '2024-02-28'],
      ['y', '2024-02-27'],
    ]);
    expect(idleItems({ delegated: ['x', 'y'], lastUse: uses, asOf: '2025-02-28' })).toEqual(['y']);
  });

  it('refuses a non-positive window', () => {
    expect(() => idleItems({ delegated, lastUse, asOf: '2025-06-30', months: 0 })).toThrow(RangeError);
  });
});
