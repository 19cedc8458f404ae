import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  isValidCreditCode,
  normaliseCreditCode,
  organisationCodeWarning,
  validateCreditCode,
} from './index';

// A second, independent reading of GB 32100-2015 for cross-checking: weights computed as 3^(i-1)
// mod 31 instead of taken from the table.
function referenceCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += CREDIT_CODE_CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[c === 31 ? 0 : c];
}

const SAMPLE = fileURLToPath(new URL('../../../../reference/identifiers/uscc_sample.csv', import.meta.url));

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('GB 32100-2015: the standard example 91350100M000100Y43 passes and 91350100M000100Y4Z fails', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y4Z')).toBe(false);
  });

  it('GB 32100-2015: real codes 914403001922038216 and 9144030071526726XG pass; the blog example 91310115MA1H8R7C6D fails', () => {
    expect(isValidCreditCode('914403001922038216')).toBe(true);
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(validateCreditCode('91310115MA1H8R7C6D')).toMatchObject({ ok: false, code: 'checkDigit' });
    expect(creditCodeCheckChar('91310115MA1H8R7C6')).toBe('7');
  });

  it('GB 32100-2015: every row of the published sample has the stated validity', () => {
    const rows = readFileSync(SAMPLE, 'utf8').trim().split(/\r?\n/).slice(1);
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const [code, valid] = row.split(',');
      expect(isValidCreditCode(code), row).toBe(valid === 'True');
      if (code.length === 18 && valid === 'True') expect(referenceCheckChar(code.slice(0, 17)), row).toBe(code[17]);
    }
  });

  it('GB 32100-2015: the message distinguishes length, character set, category and check character', () => {
    expect(validateCreditCode('91350100M000100Y4')).toEqual({
      ok: false,
      code: 'length',
      message: '统一社会信用代码应为 18 位，当前为 17 位',
    });
    expect(validateCreditCode('91350100M000100YO3')).toMatchObject({
      ok: false,
      code: 'charset',
      message: expect.stringContaining('“O”'),
    });
    expect(validateCreditCode('91350100m000100Y43')).toMatchObject({
      ok: false,
      code: 'charset',
      message: '统一社会信用代码中的字母应为大写',
    });
    expect(validateCreditCode('B1350100M000100Y43')).toMatchObject({
      ok: false,
      code: 'category',
      message: expect.stringContaining('登记管理部门码“B”'),
    });
    expect(validateCreditCode('99350100M000100Y43')).toMatchObject({
      ok: false,
      code: 'category',
      message: expect.stringContaining('第 2 位机构类别码“9”'),
    });
    expect(validateCreditCode('913501A0M000100Y43')).toMatchObject({ ok: false, code: 'region' });
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, code: 'checkDigit' });
    // Z is outside the 31-character set, so this one fails before the check character is computed.
    expect(validateCreditCode('91350100M000100Y4Z')).toMatchObject({ ok: false, code: 'charset' });
  });

  it('GB 32100-2015: position 2 must be allowed for position 1 (9 → 1/2/3 only; Y → 1 only)', () => {
    const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);
    expect(isValidCreditCode(withCheck('92440703MA0000000'))).toBe(true);
    expect(isValidCreditCode(withCheck('99440703MA0000000'))).toBe(false);
    expect(isValidCreditCode(withCheck('Y1440703MA0000000'))).toBe(true);
    expect(isValidCreditCode(withCheck('Y2440703MA0000000'))).toBe(false);
    expect(isValidCreditCode(withCheck('N3440703MA0000000'))).toBe(true);
    expect(isValidCreditCode(withCheck('34440703MA0000000'))).toBe(true);
    expect(isValidCreditCode(withCheck('24440703MA0000000'))).toBe(false);
  });

  it('GB 32100-2015: the check character catches every single-character substitution', () => {
    const body = fc.string({ unit: fc.constantFrom(...CREDIT_CODE_CHARSET), minLength: 15, maxLength: 15 });
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...CREDIT_CODE_CHARSET), (rest, pos, ch) => {
        const first17 = `91${rest}`;
        expect(creditCodeCheckChar(first17)).toBe(referenceCheckChar(first17));
        const code = first17 + creditCodeCheckChar(first17);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        fc.pre(changed !== code);
        expect(isValidCreditCode(changed)).toBe(false);
      }),
    );
  });

  it('normalises spaces and lower case typed by users', () => {
    expect(normaliseCreditCode(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG');
  });

  it('GB 11714: the embedded organisation code is cross-checked as a warning only', () => {
    expect(organisationCodeWarning('914403001922038216')).toBeNull();
    expect(organisationCodeWarning('9144030071526726XG')).toBeNull();
    expect(organisationCodeWarning('71526726-X')).toBeNull();
    const changed = '914403001922038316';
    expect(organisationCodeWarning(changed)).toContain('未通过 GB 11714 校验');
  });
});
