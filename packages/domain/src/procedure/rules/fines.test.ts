import { describe, expect, it } from 'vitest';
import type { PenaltyLine } from '../penalty';
import { header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import {
  checkFinesAgainstLaw,
  checkNotFinedBefore,
  chooseFineProvisions,
  describeFineProvision,
  lighterVersionNotes,
  type FineLawInput,
  type ItemFineProvisions,
} from './fines';

const codes = (r: { code: string }[]) => r.map((x) => x.code);

// 广东省实施《消防法》办法 第49条: 单位 1000–5000, 个人 500–1000.
const EBIKE: ItemFineProvisions = {
  code: 'XF-049',
  name: '在疏散通道停放电动自行车或者为其充电拒不改正',
  provisions: [
    { appliesTo: 'organisation', fineMin: 1000, fineMax: 5000, basis: '广东省实施《消防法》办法 第49条' },
    { appliesTo: 'person', fineMin: 500, fineMax: 1000, basis: '广东省实施《消防法》办法 第49条' },
  ],
};
// 土地管理法 第77条 with the rates of the 实施条例: 30 元/㎡ at most before 2021-09-01, 100–1000 from then.
const LAND: ItemFineProvisions = {
  code: 'ZRZY-008',
  name: '非法占用土地',
  provisions: [
    { fineMax: 30, perUnit: '元/平方米', effectiveTo: '2021-08-31', basis: '土地管理法实施条例（2014年） 第42条' },
    {
      fineMin: 100,
      fineMax: 1000,
      perUnit: '元/平方米',
      effectiveFrom: '2021-09-01',
      basis: '土地管理法实施条例 第57条',
    },
  ],
};
// 城乡规划法 第64条: 工程造价 5%–10%.
const PLANNING: ItemFineProvisions = {
  code: 'ZRZY-001',
  name: '未取得建设工程规划许可证进行建设',
  provisions: [{ multipleMin: 0.05, multipleMax: 0.1, multipleOf: '工程造价', basis: '城乡规划法 第64条' }],
};
// 食品安全法实施条例 第74条: 货值 ≥ 1 万元 → 货值金额 5–10 倍; below → 1–5 万元.
const FOOD: ItemFineProvisions = {
  code: 'SCJG-074',
  name: '食品不符合企业标准拒不改正',
  provisions: [
    { fineMin: 10_000, fineMax: 50_000, basis: '食品安全法实施条例 第74条' },
    { multipleMin: 5, multipleMax: 10, multipleOf: '货值金额', basis: '食品安全法实施条例 第74条' },
  ],
};

const ITEMS = [EBIKE, LAND, PLANNING, FOOD];
const line = (amount: number, extra: Partial<PenaltyLine> = {}): PenaltyLine => ({ kind: 'fine', amount, ...extra });

function check(l: PenaltyLine, over: Partial<FineLawInput> = {}) {
  const input: FineLawInput = {
    penalty: { lines: [l] },
    partyKind: 'organisation',
    actDate: '2025-03-01',
    decisionDate: '2025-06-01',
    caseItemCodes: ['XF-049'],
    items: ITEMS,
    mitigation: { tier: 'standard', reasoning: '', hasCircumstance: false },
    ...over,
  };
  return checkFinesAgainstLaw(input);
}

describe('fines held to the law (罚款幅度)', () => {
  it('行政处罚法 第32条: exact minimum and exact maximum pass; maximum + 0.01 is refused with the provision', () => {
    expect(check(line(1000)).refusals).toEqual([]);
    expect(check(line(5000)).refusals).toEqual([]);
    const above = check(line(5000.01)).refusals;
    expect(codes(above)).toEqual(['fineAboveMaximum']);
    expect(above[0]).toMatchObject({ article: '广东省实施《消防法》办法 第49条' });
    expect(above[0].message).toContain('单位');
  });

  it('行政处罚法 第32条: the range is the one for the party type (个人 500–1000, not the 单位 range)', () => {
    expect(check(line(1000), { partyKind: 'person' }).refusals).toEqual([]);
    expect(codes(check(line(1000.01), { partyKind: 'person' }).refusals)).toEqual(['fineAboveMaximum']);
    expect(codes(check(line(999.99)).refusals)).toEqual([
      'belowMinimumNotMitigated',
      'mitigationWithoutCircumstance',
      'mitigationWithoutReasons',
    ]);
  });

  it('行政处罚法 第30–32条: below the minimum only as 减轻 with a circumstance and reasons; never on the spot', () => {
    const mitigated = { tier: 'mitigated' as const, reasoning: '主动消除违法行为危害后果', hasCircumstance: true };
    expect(check(line(400), { partyKind: 'person', mitigation: mitigated }).refusals).toEqual([]);
    expect(codes(check(line(499.99), { partyKind: 'person', mitigation: null }).refusals)).toEqual([
      'belowMinimumNotMitigated',
    ]);
    expect(check(line(500), { partyKind: 'person', mitigation: null }).refusals).toEqual([]);
  });

  it('行政处罚法 第32条: a per-unit fine (元/平方米) is checked rate by rate and must add up to the amount', () => {
    const at = { caseItemCodes: ['ZRZY-008'], actDate: '2023-05-01', decisionDate: '2024-01-10' };
    const part = (quantity: number, rate: number) => ({ quantity, unit: '元/平方米', rate });
    expect(check(line(24_000, { parts: [part(240, 100)] }), at).refusals).toEqual([]);
    expect(check(line(240_000, { parts: [part(240, 1000)] }), at).refusals).toEqual([]);
    expect(codes(check(line(240_002.4, { parts: [part(240, 1000.01)] }), at).refusals)).toEqual(['fineAboveMaximum']);
    expect(codes(check(line(25_000, { parts: [part(240, 100)] }), at).refusals)).toEqual([
      'fineNotMatchingCalculation',
    ]);
    // 120.5 ㎡ × 333.33 = 40166.265: rounded to the fen either way, or down to the yuan; not more.
    expect(check(line(40_166.27, { parts: [part(120.5, 333.33)] }), at).refusals).toEqual([]);
    expect(check(line(40_166.26, { parts: [part(120.5, 333.33)] }), at).refusals).toEqual([]);
    expect(check(line(40_166, { parts: [part(120.5, 333.33)] }), at).refusals).toEqual([]);
    expect(codes(check(line(40_166.28, { parts: [part(120.5, 333.33)] }), at).refusals)).toEqual([
      'fineNotMatchingCalculation',
    ]);
    expect(codes(check(line(40_165.99, { parts: [part(120.5, 333.33)] }), at).refusals)).toEqual([
      'fineNotMatchingCalculation',
    ]);
    // The unit as decisions write it: 平方米, ㎡ or 元/平方米 name the provision's unit.
    expect(check(line(24_000, { parts: [{ quantity: 240, unit: '㎡', rate: 100 }] }), at).refusals).toEqual([]);
    expect(check(line(24_000, { parts: [{ quantity: 240, unit: '平方米', rate: 100 }] }), at).refusals).toEqual([]);
    expect(codes(check(line(24_000, { parts: [{ quantity: 240, unit: '立方米', rate: 100 }] }), at).refusals)).toEqual([
      'fineCalculationNotProvided',
    ]);
    // Without the area recorded, a per-unit fine cannot be checked: the base must be recorded.
    expect(codes(check(line(24_000), at).refusals)).toEqual(['fineBaseMissing']);
  });

  it('行政处罚法 第29条: one act fined at several rates per ㎡ (classes of land) is one fine, not a second one', () => {
    const at = { caseItemCodes: ['ZRZY-008'], actDate: '2023-05-01', decisionDate: '2024-01-10' };
    const parts = [
      { label: '耕地', quantity: 120.5, unit: '元/平方米', rate: 300 },
      { label: '其他农用地', quantity: 200, unit: '元/平方米', rate: 150 },
    ];
    expect(check(line(66_150, { parts }), at).refusals).toEqual([]);
    const over = [{ ...parts[0], rate: 1200 }, parts[1]];
    const refused = check(line(174_600, { parts: over }), at).refusals;
    expect(codes(refused)).toEqual(['fineAboveMaximum']);
    expect(refused[0].message).toContain('耕地');
  });

  it('行政处罚法 第32条: a fine as a percentage of 工程造价 is checked against the recorded cost', () => {
    const at = { caseItemCodes: ['ZRZY-001'] };
    const part = (rate: number) => ({ base: 400_000, baseKind: '工程造价', rate });
    expect(check(line(20_000, { parts: [part(0.05)] }), at).refusals).toEqual([]);
    expect(check(line(40_000, { parts: [part(0.1)] }), at).refusals).toEqual([]);
    expect(codes(check(line(40_004, { parts: [part(0.10001)] }), at).refusals)).toEqual(['fineAboveMaximum']);
    expect(codes(check(line(40_000), at).refusals)).toEqual(['fineBaseMissing']);
    expect(
      codes(check(line(40_000, { parts: [{ quantity: 10, unit: '元/平方米', rate: 4000 }] }), at).refusals),
    ).toEqual(['fineCalculationNotProvided']);
  });

  it('行政处罚法 第32条: a provision with an amount or a multiple of 货值金额 allows either', () => {
    const at = { caseItemCodes: ['SCJG-074'] };
    expect(check(line(50_000), at).refusals).toEqual([]);
    expect(codes(check(line(50_000.01), at).refusals)).toEqual(['fineAboveMaximum']);
    expect(check(line(200_000, { parts: [{ base: 20_000, baseKind: '货值金额', rate: 10 }] }), at).refusals).toEqual(
      [],
    );
    expect(check(line(200_000, { parts: [{ base: 20_000, baseKind: '货值', rate: 10 }] }), at).refusals).toEqual([]);
    expect(
      codes(check(line(220_000, { parts: [{ base: 20_000, baseKind: '货值金额', rate: 11 }] }), at).refusals),
    ).toEqual(['fineAboveMaximum']);
  });

  it('行政处罚法 第37条: the version in force at the act applies, before and after the change', () => {
    const part = (rate: number) => ({ quantity: 100, unit: '元/平方米', rate });
    // Act before 2021-09-01, decided after: the old rate (≤ 30 元/㎡) is lighter and applies.
    const before = { caseItemCodes: ['ZRZY-008'], actDate: '2021-08-31', decisionDate: '2022-03-01' };
    expect(check(line(3000, { parts: [part(30)] }), before).refusals).toEqual([]);
    const heavier = check(line(10_000, { parts: [part(100)] }), before);
    expect(codes(heavier.refusals)).toEqual(['fineAboveMaximum']);
    expect(heavier.refusals[0].article).toBe('土地管理法实施条例（2014年） 第42条');
    // Act on the first day of the new version: the new range applies.
    const after = { caseItemCodes: ['ZRZY-008'], actDate: '2021-09-01', decisionDate: '2022-03-01' };
    expect(check(line(10_000, { parts: [part(100)] }), after).refusals).toEqual([]);
    expect(codes(check(line(3000, { parts: [part(30)] }), after).refusals)).toEqual([
      'belowMinimumNotMitigated',
      'mitigationWithoutCircumstance',
      'mitigationWithoutReasons',
    ]);
    const chosen = chooseFineProvisions(
      LAND.provisions,
      'person',
      line(0, { parts: [part(1)] }),
      '2021-08-31',
      '2022-03-01',
    );
    expect(chosen).toMatchObject({ reason: 'atAct', set: [{ basis: '土地管理法实施条例（2014年） 第42条' }] });
  });

  it('行政处罚法 第37条: a lighter new version applies to an act done under the old one', () => {
    const item: ItemFineProvisions = {
      code: 'X-1',
      name: '某违法行为',
      provisions: [
        { fineMin: 5000, fineMax: 50_000, effectiveTo: '2024-12-31', basis: '某条例（2018年） 第20条' },
        { fineMin: 2000, fineMax: 20_000, effectiveFrom: '2025-01-01', basis: '某条例 第20条' },
      ],
    };
    const at = { caseItemCodes: ['X-1'], items: [item], actDate: '2024-06-01', decisionDate: '2025-03-01' };
    expect(check(line(20_000), at).refusals).toEqual([]);
    const above = check(line(20_000.01), at);
    expect(codes(above.refusals)).toEqual(['fineAboveMaximum']);
    expect(above.refusals[0].article).toBe('某条例 第20条');
    const lighter = check(line(2000), at);
    expect(lighter).toMatchObject({
      refusals: [],
      applied: [{ itemCode: 'X-1', reason: 'newLighter', basis: ['某条例 第20条'] }],
    });
    expect(lighterVersionNotes(lighter.applied)).toEqual([
      {
        code: 'lighterNewProvisionApplied',
        message: '事项 X-1 的处罚规定已修改且新规定较轻，按新规定（某条例 第20条）核对罚款',
        article: '行政处罚法 第37条',
      },
    ]);
    // The new version no longer fines the act: no fine (第37条).
    const repealed: ItemFineProvisions = { ...item, provisions: [item.provisions[0]] };
    expect(codes(check(line(5000), { ...at, items: [repealed] }).refusals)).toEqual(['fineNoLongerProvided']);
    // No fine in force at the act: none may be imposed for it.
    expect(
      codes(check(line(5000), { ...at, items: [{ ...item, provisions: [item.provisions[1]] }] }).refusals),
    ).toEqual(['fineNotProvided']);
  });

  it('行政处罚法 第29条: an act of this party fined in an earlier decision is not fined again', () => {
    const prior = [{ itemCode: 'XF-049', decisionNumber: '蓬江消罚决字〔2025〕3号', decidedOn: '2025-04-02' }];
    const refused = checkNotFinedBefore({ lines: [line(1000)] }, ['XF-049'], ITEMS, prior);
    expect(codes(refused)).toEqual(['alreadyFined']);
    expect(refused[0].message).toContain('蓬江消罚决字〔2025〕3号');
    expect(checkNotFinedBefore({ lines: [line(1000)] }, ['XF-049'], ITEMS, [])).toEqual([]);
    expect(checkNotFinedBefore({ lines: [{ kind: 'warning' }] }, ['XF-049'], ITEMS, prior)).toEqual([]);
  });

  it('行政处罚法 第4条: a case with several items names the item of each fine; an item outside the catalogue cannot be checked', () => {
    expect(codes(check(line(1000), { caseItemCodes: ['XF-049', 'ZRZY-001'] }).refusals)).toEqual(['fineItemMissing']);
    expect(check(line(1000, { itemCode: 'XF-049' }), { caseItemCodes: ['XF-049', 'ZRZY-001'] }).refusals).toEqual([]);
    expect(codes(check(line(1000), { caseItemCodes: ['NOPE-1'] }).refusals)).toEqual(['fineProvisionUnknown']);
  });

  it('行政处罚法 第32条: the on-the-spot decision is held to the item maximum too, below the 第51条 limit', () => {
    const state = run(header('summary'), []).state;
    const spot = (amount: number) => ({
      type: 'decideOnTheSpot' as const,
      by: PEOPLE.officerA,
      at: '2025-03-03',
      payload: { ...SAMPLE.decideOnTheSpot, penalty: { lines: [line(amount)] } },
    });
    const extra = { fineProvisions: [{ code: 'C-002', name: '乱张贴', provisions: [{ fineMin: 20, fineMax: 50 }] }] };
    expect(refusalCodes(state, spot(50), extra)).toEqual([]);
    expect(refusalCodes(state, spot(20), extra)).toEqual([]);
    expect(refusalCodes(state, spot(50.01), extra)).toEqual(['fineAboveMaximum']);
    expect(refusalCodes(state, spot(19.99), extra)).toEqual(['belowMinimumNotMitigated']);
  });

  it('describes a provision for the forms', () => {
    expect(describeFineProvision(EBIKE.provisions[1])).toBe(
      '对个人罚款 500–1000 元（广东省实施《消防法》办法 第49条）',
    );
    expect(describeFineProvision(LAND.provisions[1])).toBe(
      '罚款 100–1000 元/平方米（土地管理法实施条例 第57条，2021-09-01 起）',
    );
    expect(describeFineProvision(PLANNING.provisions[0])).toBe('罚款 工程造价的5%–10%（城乡规划法 第64条）');
  });
});
