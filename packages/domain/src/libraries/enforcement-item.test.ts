import { describe, expect, it } from 'vitest';
import {
  COUNTY_RESERVED_KINDS,
  ITEM_KINDS,
  ITEM_KIND_LABELS,
  PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  STATUTORY_PENALTY_KINDS,
  isActualPenalty,
  isCountyReservedItem,
  isCountyReservedPenalty,
  mayManageItemOf,
  parseItemKind,
  parseItemLevel,
  parsePenaltyKind,
} from './enforcement-item';
import { PENALTY_PROPOSAL_KINDS } from '../procedure/penalty';

describe('item and penalty kinds', () => {
  it('行政处罚法 第9条: the 13 named penalty kinds plus 责令改正 each have a Chinese label', () => {
    expect(PENALTY_KINDS).toHaveLength(14);
    expect(new Set(PENALTY_KINDS.map((k) => PENALTY_KIND_LABELS[k])).size).toBe(14);
  });

  it('行政处罚法 第28条: 责令改正 is not a penalty, every other kind is', () => {
    expect(PENALTY_KINDS.filter((k) => !isActualPenalty(k))).toEqual(['orderToCorrect']);
  });

  it('reads kinds by code or by Chinese label, and nothing else', () => {
    expect(ITEM_KINDS.map((k) => parseItemKind(ITEM_KIND_LABELS[k]))).toEqual([...ITEM_KINDS]);
    expect(parseItemKind('inspection')).toBe('inspection');
    expect(parseItemKind('处罚')).toBeNull();
    expect(parsePenaltyKind('吊销许可证件')).toBe('revokeLicence');
    expect(parsePenaltyKind('吊销执照')).toBeNull();
  });

  it('reads levels as spreadsheets write them', () => {
    expect(['省级', '市', '县级', '乡镇（街道）', '街道'].map(parseItemLevel)).toEqual([
      '省',
      '市',
      '县',
      '乡镇',
      '乡镇',
    ]);
    expect(parseItemLevel('村')).toBeNull();
  });
});

describe('isCountyReservedPenalty (行政处罚法 第24条: only what a township can effectively take over)', () => {
  it('吊销许可证件, 责令停产停业, 责令关闭 and 限制从业 stay with the county', () => {
    for (const kind of COUNTY_RESERVED_KINDS) expect(isCountyReservedPenalty({ kind })).toBe(true);
    expect(COUNTY_RESERVED_KINDS).toEqual(['revokeLicence', 'stopProduction', 'closure', 'restrictPractice']);
  });

  it('警告 and 罚款 of any size are not reserved', () => {
    expect(isCountyReservedPenalty({ kind: 'warning' })).toBe(false);
    expect(isCountyReservedPenalty({ kind: 'fine', fineMin: 10_000, fineMax: 100_000 })).toBe(false);
  });

  it('confiscation is reserved from the threshold up, and only when a threshold is set', () => {
    const big = { kind: 'confiscateGains' as const, valueMax: 50_000 };
    expect(isCountyReservedPenalty(big)).toBe(false);
    expect(isCountyReservedPenalty(big, { largeConfiscationThreshold: 50_000 })).toBe(true);
    expect(isCountyReservedPenalty(big, { largeConfiscationThreshold: 50_001 })).toBe(false);
    expect(isCountyReservedPenalty({ kind: 'confiscateProperty' }, { largeConfiscationThreshold: 1 })).toBe(false);
  });
});

describe('isCountyReservedItem (行政处罚法 第24条)', () => {
  it('an item is reserved when any of its penalties is, or when the editor marks it', () => {
    expect(isCountyReservedItem({ penalties: [{ kind: 'fine', fineMax: 5000 }, { kind: 'stopProduction' }] })).toBe(
      true,
    );
    expect(isCountyReservedItem({ penalties: [{ kind: 'fine', fineMax: 5000 }] })).toBe(false);
    expect(isCountyReservedItem({ penalties: [{ kind: 'fine', fineMax: 5000 }], reservedFlag: true })).toBe(true);
    expect(
      isCountyReservedItem(
        { penalties: [{ kind: 'confiscateProperty', valueMax: 80_000 }] },
        { largeConfiscationThreshold: 50_000 },
      ),
    ).toBe(true);
  });
});

describe('mayManageItemOf (行政处罚法 第24条: the county organises and supervises; each department keeps its own powers)', () => {
  it('a department officer edits only the items of their own department', () => {
    expect(mayManageItemOf({ roles: ['departmentOfficer'], agencyId: 'cg' }, 'cg')).toBe(true);
    expect(mayManageItemOf({ roles: ['departmentOfficer'], agencyId: 'cg' }, 'sj')).toBe(false);
  });

  it('the county coordinator edits every item; other roles none', () => {
    expect(mayManageItemOf({ roles: ['countyCoordinator'], agencyId: 'yfzq' }, 'sj')).toBe(true);
    expect(mayManageItemOf({ roles: ['officer'], agencyId: 'sj' }, 'sj')).toBe(false);
  });
});

describe('the one list of penalty kinds', () => {
  it('行政处罚法 第9条: the thirteen statutory kinds are the catalogue kinds less 责令改正, and a case proposes exactly those', () => {
    expect(STATUTORY_PENALTY_KINDS.map((k) => PENALTY_KIND_LABELS[k])).toEqual([
      '警告',
      '通报批评',
      '罚款',
      '没收违法所得',
      '没收非法财物',
      '暂扣许可证件',
      '降低资质等级',
      '吊销许可证件',
      '限制开展生产经营活动',
      '责令停产停业',
      '责令关闭',
      '限制从业',
      '行政拘留',
    ]);
    expect(PENALTY_KINDS.filter((k) => !(STATUTORY_PENALTY_KINDS as readonly string[]).includes(k))).toEqual([
      'orderToCorrect',
    ]);
    expect(PENALTY_PROPOSAL_KINDS).toBe(STATUTORY_PENALTY_KINDS);
  });
});
