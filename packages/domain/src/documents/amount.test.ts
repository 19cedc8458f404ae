import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountInCapitals, amountInFigures, amountPhrase } from './amount';

// 支付结算办法 附一《正确填写票据和结算凭证的基本规定》 and the county forms' 拾元整.
describe('amountInCapitals (支付结算办法 附一 大写金额)', () => {
  it.each([
    [0, '零元整'],
    [0.5, '伍角'],
    [10, '拾元整'],
    [100.5, '壹佰元伍角'],
    [1000000, '壹佰万元整'],
    [10010, '壹万零拾元整'],
    [100000000, '壹亿元整'],
    [1500, '壹仟伍佰元整'],
    [110, '壹佰壹拾元整'],
    [1005, '壹仟零伍元整'],
    [100100, '拾万零壹佰元整'],
    [100000001, '壹亿零壹元整'],
    [105000000, '壹亿零伍佰万元整'],
    [1.05, '壹元零伍分'],
    [0.05, '伍分'],
    [0.29, '贰角玖分'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [20000, '贰万元整'],
    [200000, '贰拾万元整'],
  ])('%s → %s', (amount, expected) => {
    expect(amountInCapitals(amount)).toBe(expected);
  });

  it('refuses negative amounts, more than two decimals and non-numbers rather than rounding them', () => {
    expect(() => amountInCapitals(-1)).toThrow(RangeError);
    expect(() => amountInCapitals(1.005)).toThrow(RangeError);
    expect(() => amountInCapitals(Number.NaN)).toThrow(RangeError);
    expect(() => amountInCapitals(1e12)).toThrow(RangeError);
  });

  it('writes each digit once and never two 零 in a row, for any amount in fen (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        const s = amountInCapitals(fen / 100);
        expect(s).not.toMatch(/零零/);
        if (fen > 0) expect(s).not.toMatch(/^零/);
        expect(s).toMatch(/(整|角|分)$/);
        // A whole amount ends in 整; one with fen ends in 分.
        if (fen % 100 === 0) expect(s.endsWith('整')).toBe(true);
        if (fen % 10 !== 0) expect(s.endsWith('分')).toBe(true);
      }),
    );
  });

  it('prints the figures with thousands separators next to the capitals', () => {
    expect(amountInFigures(1500)).toBe('1,500.00');
    expect(amountPhrase(1500)).toBe('人民币1,500.00元（大写：壹仟伍佰元整）');
  });
});
