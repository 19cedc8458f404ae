import { describe, expect, it } from 'vitest';
import { buildDelegationIndex } from './delegation';
import { exercisesDevolvedPowers, mayActInCase, mayExerciseItem, mayExerciseItems } from './powers';

const TOWNSHIP = { id: 'duruan', kind: 'township' };
const STREET = { id: 'huicheng', kind: 'street' };
const DEPARTMENT = { id: 'urban', kind: 'countyDepartment' };
const ITEM = { active: true, departmentId: 'urban' };

const index = buildDelegationIndex([
  {
    kind: 'delegate',
    decisionNo: '蓬府〔2022〕3号',
    effectiveDate: '2022-01-01',
    itemCodes: ['A'],
    agencyIds: ['duruan', 'huicheng'],
  },
  {
    kind: 'revoke',
    decisionNo: '蓬府〔2024〕7号',
    effectiveDate: '2024-07-01',
    itemCodes: ['A'],
    agencyIds: ['duruan'],
  },
]);

describe('mayExerciseItem (行政处罚法 第24条: townships exercise devolved powers while a published decision is in force)', () => {
  it('第24条: a township exercises a delegated item from the decision’s effective date, not the day before', () => {
    expect(mayExerciseItem(TOWNSHIP, 'A', ITEM, '2021-12-31', index)).toBe(false);
    expect(mayExerciseItem(TOWNSHIP, 'A', ITEM, '2022-01-01', index)).toBe(true);
  });

  it('第24条: a revoked item stops on the revocation’s effective date, for the townships it names only', () => {
    expect(mayExerciseItem(TOWNSHIP, 'A', ITEM, '2024-06-30', index)).toBe(true);
    expect(mayExerciseItem(TOWNSHIP, 'A', ITEM, '2024-07-01', index)).toBe(false);
    expect(mayExerciseItem(STREET, 'A', ITEM, '2024-07-01', index)).toBe(true);
  });

  it('第24条: a township holds no item the county never delegated to it, and none without the decisions to show it', () => {
    expect(mayExerciseItem(TOWNSHIP, 'B', ITEM, '2023-01-01', index)).toBe(false);
    expect(mayExerciseItem(TOWNSHIP, 'A', ITEM, '2023-01-01', null)).toBe(false);
  });

  it('第17条: a county department exercises the items it owns, whatever the delegation, and no other department’s', () => {
    expect(mayExerciseItem(DEPARTMENT, 'A', ITEM, '2021-01-01', null)).toBe(true);
    expect(mayExerciseItem(DEPARTMENT, 'A', { active: true, departmentId: 'market' }, '2023-01-01', index)).toBe(false);
  });

  it('第17条, 第24条: an item missing from the catalogue or withdrawn from it is nobody’s to exercise', () => {
    expect(mayExerciseItem(TOWNSHIP, 'A', undefined, '2023-01-01', index)).toBe(false);
    expect(mayExerciseItem(TOWNSHIP, 'A', { ...ITEM, active: false }, '2023-01-01', index)).toBe(false);
    expect(mayExerciseItem(DEPARTMENT, 'A', { ...ITEM, active: false }, '2023-01-01', null)).toBe(false);
  });

  it('第24条: an action exercises all of its items or none; an action naming no item asks nothing', () => {
    const both = [
      { code: 'A', item: ITEM },
      { code: 'B', item: ITEM },
    ];
    expect(mayExerciseItems(TOWNSHIP, both, '2023-01-01', index)).toBe(false);
    expect(mayExerciseItems(TOWNSHIP, both.slice(0, 1), '2023-01-01', index)).toBe(true);
    expect(mayExerciseItems(TOWNSHIP, [], '2023-01-01', index)).toBeUndefined();
  });

  it('第24条: townships and streets act under devolved powers; county departments and the judicial bureau under their own', () => {
    expect(['township', 'street'].map(exercisesDevolvedPowers)).toEqual([true, true]);
    expect(['countyDepartment', 'judicialBureau', 'countyGovernment'].map(exercisesDevolvedPowers)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('mayActInCase (行政处罚法 第17条, 第24条第3款, 第25条第1款: only the handling agency acts in its case)', () => {
  it('第25条第1款: the agency that handles the case acts in it', () => {
    expect(mayActInCase('duruan', 'duruan')).toBe(true);
  });

  it('第24条第3款: a county office supervises a township’s enforcement but never acts in the township’s case', () => {
    expect(mayActInCase('urban', 'duruan')).toBe(false);
  });

  it('第17条: an account that belongs to no agency acts in no case', () => {
    expect(mayActInCase(null, 'duruan')).toBe(false);
  });
});
