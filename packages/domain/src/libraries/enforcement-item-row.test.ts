import { describe, expect, it } from 'vitest';
import { validateEnforcementItemRow, type EnforcementItemRow } from './enforcement-item-row';

const VALID: EnforcementItemRow = {
  code: '440703-CG-001',
  name: '对擅自占用城市道路摆卖的处罚',
  kind: '行政处罚',
  domain: '城市管理',
  department: '江门市蓬江区城市管理和综合执法局',
  level: '县级',
  basis: '城市市容和环境卫生管理条例 第36条；行政处罚法 第28条第2款',
  penaltyBasis: '城市市容和环境卫生管理条例 第36条',
  penalties: [
    { kind: '责令改正' },
    { kind: '罚款', fineMin: '0', fineMax: 1000 },
    { kind: 'confiscateGains', valueMax: 2000 },
  ],
};

function errorsOf(row: EnforcementItemRow) {
  const result = validateEnforcementItemRow(row);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateEnforcementItemRow', () => {
  it('accepts a complete penalty item and returns it typed', () => {
    const result = validateEnforcementItemRow(VALID);
    expect(result).toEqual({
      ok: true,
      value: {
        code: '440703-CG-001',
        name: '对擅自占用城市道路摆卖的处罚',
        kind: 'penalty',
        domain: '城市管理',
        department: '江门市蓬江区城市管理和综合执法局',
        level: '县',
        basis: [
          { lawTitle: '城市市容和环境卫生管理条例', article: 36 },
          { lawTitle: '行政处罚法', article: 28, paragraph: 2 },
        ],
        penaltyBasis: [{ lawTitle: '城市市容和环境卫生管理条例', article: 36 }],
        penalties: [
          { kind: 'orderToCorrect' },
          { kind: 'fine', fineMin: 0, fineMax: 1000 },
          { kind: 'confiscateGains', valueMax: 2000 },
        ],
        reservedFlag: false,
      },
    });
  });

  it('reports every missing column at once, named by its header', () => {
    const errors = errorsOf({});
    expect(errors.map((e) => e.column)).toEqual([
      '事项编码',
      '事项名称',
      '事项类型',
      '所属领域',
      '实施部门',
      '行使层级',
      '实施依据',
    ]);
    for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/u);
  });

  it('rejects unknown code format, kind, domain and level', () => {
    const errors = errorsOf({ ...VALID, code: 'ab', kind: '处罚', domain: '城管', level: '村' });
    expect(errors.map((e) => e.field)).toEqual(['code', 'kind', 'domain', 'level']);
  });

  it('行政处罚法 第4条: every basis citation must parse, and each bad one is named', () => {
    const errors = errorsOf({ ...VALID, basis: '城市市容和环境卫生管理条例 第36条\n有关规定；行政处罚法 第一百五条' });
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.column === '实施依据')).toBe(true);
    expect(errors[0].message).toContain('有关规定');
  });

  it('行政处罚法 第9条: fine ranges must be non-negative with min ≤ max', () => {
    const errors = errorsOf({
      ...VALID,
      penalties: [
        { kind: '罚款', fineMin: 5000, fineMax: 200 },
        { kind: '罚款', fineMin: -1 },
        { kind: '罚款', fineMax: 'abc' },
      ],
    });
    expect(errors.map((e) => e.message)).toEqual([
      '第1项处罚的罚款下限大于上限',
      '第2项处罚的罚款下限必须是不小于零的数字',
      '第3项处罚的罚款上限必须是不小于零的数字',
    ]);
    expect(errors.every((e) => e.column === '处罚种类及幅度')).toBe(true);
  });

  it('行政处罚法 第9条: multiples need their base, units need an amount, amounts belong to fines only', () => {
    const errors = errorsOf({
      ...VALID,
      penalties: [
        { kind: '罚款', multipleMin: 3, multipleMax: 1 },
        { kind: '罚款', perUnit: '元/平方米' },
        { kind: '警告', fineMax: 100 },
        { kind: '警告', valueMax: 100 },
        { kind: '罚款', fineMax: 100, multipleOf: '货值金额' },
      ],
    });
    expect(errors.map((e) => e.message)).toEqual([
      '第1项处罚的倍数下限大于上限',
      '第1项处罚填写了倍数但没有倍数基数（如违法所得、货值金额）',
      '第2项处罚为罚款，须填写罚款数额或倍数；法律法规未规定数额的，须在说明中写明数额的依据',
      '第2项处罚填写了计罚单位但没有罚款数额',
      '第3项处罚不是罚款，不能填写罚款数额、倍数或计罚单位',
      '第4项处罚不是没收，不能填写没收价值上限',
      '第5项处罚填写了倍数基数但没有倍数',
    ]);
  });

  it('accepts a per-unit fine and a multiple fine', () => {
    const result = validateEnforcementItemRow({
      ...VALID,
      penalties: [
        { kind: 'fine', fineMin: 50, fineMax: 200, perUnit: '元/平方米' },
        { kind: 'fine', multipleMin: 1, multipleMax: 3, multipleOf: '违法所得' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('行政处罚法 第28条: 责令改正 alone does not make a penalty item', () => {
    expect(errorsOf({ ...VALID, penalties: [{ kind: '责令改正' }] })[0].message).toContain('责令改正不是行政处罚');
    expect(errorsOf({ ...VALID, penalties: [] })[0].message).toContain('须填写处罚种类及幅度');
  });

  it('only penalty items carry penalty kinds', () => {
    const errors = errorsOf({ ...VALID, kind: '行政检查' });
    expect(errors.map((e) => e.message)).toEqual([
      '只有行政处罚事项可以填写处罚依据',
      '只有行政处罚事项可以填写处罚种类及幅度',
    ]);
    expect(
      validateEnforcementItemRow({ ...VALID, kind: '行政检查', penalties: undefined, penaltyBasis: undefined }).ok,
    ).toBe(true);
  });

  it('行政处罚法 第18条第3款: 行政拘留 only for public security', () => {
    const row = { ...VALID, penalties: [{ kind: '行政拘留' }] };
    expect(errorsOf(row)[0].message).toContain('第18条第3款');
    expect(validateEnforcementItemRow({ ...row, department: '江门市公安局蓬江分局' }).ok).toBe(true);
  });

  it('takes a stricter code pattern from the caller', () => {
    const result = validateEnforcementItemRow(VALID, { codePattern: /^\d{12}$/ });
    expect(result.ok).toBe(false);
  });

  it('行政处罚法 第4条: a penalty item names the provision that sets its penalty, and it must parse', () => {
    expect(errorsOf({ ...VALID, penaltyBasis: '' }).map((e) => e.column)).toEqual(['处罚依据']);
    const bad = errorsOf({ ...VALID, penaltyBasis: '城乡规划法 第64条；有关规定' });
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain('有关规定');
  });

  it('城市绿化条例 第26条: a fine whose amount the law leaves to local rules is accepted with a note saying so', () => {
    const noAmount = { ...VALID, penalties: [{ kind: '罚款' }] };
    expect(errorsOf(noAmount)[0].message).toContain('须在说明中写明');
    const withNote = validateEnforcementItemRow({
      ...VALID,
      penalties: [{ kind: '罚款', note: '数额依省级地方性法规' }],
    });
    expect(withNote.ok && withNote.value.penalties).toEqual([{ kind: 'fine', note: '数额依省级地方性法规' }]);
  });

  it('行政处罚法 第24条: reads the county-reserved mark as 是 / 否 and refuses anything else', () => {
    const yes = validateEnforcementItemRow({ ...VALID, reserved: '是' });
    expect(yes.ok && yes.value.reservedFlag).toBe(true);
    const no = validateEnforcementItemRow({ ...VALID, reserved: '否' });
    expect(no.ok && no.value.reservedFlag).toBe(false);
    expect(errorsOf({ ...VALID, reserved: '也许' }).map((e) => e.column)).toEqual(['县级保留']);
  });

  it('行政处罚法 第37条: penalty versions carry the party, their period and their provision', () => {
    const result = validateEnforcementItemRow({
      ...VALID,
      penalties: [
        {
          kind: '罚款',
          appliesTo: '个人',
          fineMax: 30,
          perUnit: '元/平方米',
          effectiveTo: '2021-08-31',
          basis: '土地管理法实施条例 第42条',
        },
        {
          kind: '罚款',
          appliesTo: '个人',
          fineMin: 100,
          fineMax: 1000,
          perUnit: '元/平方米',
          effectiveFrom: '2021-09-01',
          basis: '土地管理法实施条例 第57条',
        },
      ],
    });
    expect(result.ok && result.value.penalties).toEqual([
      {
        kind: 'fine',
        appliesTo: 'person',
        fineMax: 30,
        perUnit: '元/平方米',
        effectiveTo: '2021-08-31',
        basis: '土地管理法实施条例 第42条',
      },
      {
        kind: 'fine',
        appliesTo: 'person',
        fineMin: 100,
        fineMax: 1000,
        perUnit: '元/平方米',
        effectiveFrom: '2021-09-01',
        basis: '土地管理法实施条例 第57条',
      },
    ]);
  });

  it('行政处罚法 第37条: overlapping versions, a bad party or bad dates are refused', () => {
    const overlap = errorsOf({
      ...VALID,
      penalties: [
        { kind: '罚款', fineMax: 30, perUnit: '元/平方米', effectiveTo: '2021-09-01' },
        { kind: '罚款', fineMin: 100, fineMax: 1000, perUnit: '元/平方米', effectiveFrom: '2021-09-01' },
      ],
    });
    expect(overlap.map((e) => e.message)).toEqual([expect.stringContaining('施行期间重叠')]);
    const bad = errorsOf({
      ...VALID,
      penalties: [{ kind: '罚款', fineMax: 30, appliesTo: '法官', effectiveFrom: '2021-13-01' }],
    });
    expect(bad.map((e) => e.message)).toEqual([
      expect.stringContaining('适用对象“法官”'),
      expect.stringContaining('施行日期不是有效日期'),
    ]);
    const reversed = errorsOf({
      ...VALID,
      penalties: [{ kind: '罚款', fineMax: 30, effectiveFrom: '2022-01-01', effectiveTo: '2021-01-01' }],
    });
    expect(reversed.map((e) => e.message)).toEqual([expect.stringContaining('施行日期晚于失效日期')]);
  });
});
