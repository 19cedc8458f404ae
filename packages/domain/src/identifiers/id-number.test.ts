import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ageOn,
  ageOnDate,
  idNumberBirthDate,
  idNumberCheckChar,
  idNumberSex,
  isValidIdNumber,
  maskIdNumber,
  validateIdNumber,
} from './index';

const TODAY = '2025-06-01';
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('GB 11643-1999: the vectors 11010519491231002X, 34052419800101001X and 370101190102039973 pass', () => {
    for (const id of ['11010519491231002X', '34052419800101001X', '370101190102039973']) {
      expect(validateIdNumber(id, TODAY), id).toEqual({ ok: true });
      expect(isValidIdNumber(id), id).toBe(true);
    }
  });

  it('GB 11643-1999: a lower-case x is accepted as X', () => {
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true);
  });

  it('GB 11643-1999: a wrong check character is refused with its own message', () => {
    expect(validateIdNumber('110105194912310021', TODAY)).toEqual({
      ok: false,
      code: 'checkDigit',
      message: '身份证号码校验码不正确，请核对是否输错',
    });
  });

  it('GB 11643-1999: length and format errors are told apart', () => {
    expect(validateIdNumber('1101051949123100', TODAY)).toMatchObject({ ok: false, code: 'length' });
    expect(validateIdNumber('1101051949123100A2', TODAY)).toMatchObject({ ok: false, code: 'format' });
    expect(validateIdNumber('11010519491231X021', TODAY)).toMatchObject({ ok: false, code: 'format' });
  });

  it('GB/T 2260: the first two digits must be a known province (81/82/83 permits included)', () => {
    expect(validateIdNumber(withCheck('99010519491231002'), TODAY)).toMatchObject({ ok: false, code: 'province' });
    expect(validateIdNumber(withCheck('20010519491231002'), TODAY)).toMatchObject({ ok: false, code: 'province' });
    for (const p of ['81', '82', '83', '44', '65'])
      expect(isValidIdNumber(withCheck(`${p}000019900101002`), TODAY), p).toBe(true);
  });

  it('GB 11643-1999: impossible and future birth dates are refused', () => {
    expect(validateIdNumber(withCheck('44070319900230001'), TODAY)).toMatchObject({ ok: false, code: 'birthDate' });
    expect(validateIdNumber(withCheck('44070318000101001'), TODAY)).toMatchObject({ ok: false, code: 'birthDate' });
    expect(validateIdNumber(withCheck('44070320250602001'), TODAY)).toMatchObject({
      ok: false,
      code: 'futureBirthDate',
    });
    expect(isValidIdNumber(withCheck('44070320250601001'), TODAY)).toBe(true);
    expect(isValidIdNumber(withCheck('44070321000101001'))).toBe(false);
  });

  it('GB 11643-1999: MOD 11-2 catches every single-digit change and every adjacent transposition', () => {
    const body = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => d.join(''));
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 9 }), (tail, pos, digit) => {
        const id = withCheck(`44070319900101${tail}`.slice(0, 17));
        const changed = id.slice(0, pos) + digit + id.slice(pos + 1);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        if (changed !== id) expect(idNumberCheckChar(changed.slice(0, 17)) === changed[17]).toBe(false);
        if (swapped !== id) expect(idNumberCheckChar(swapped.slice(0, 17)) === swapped[17]).toBe(false);
      }),
    );
  });

  it('GB 11643-1999: birth date and sex come from positions 7–14 and 17 (legacy 15-digit numbers too)', () => {
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(idNumberSex('11010519491231002X')).toBe('female');
    expect(idNumberSex('34052419800101001X')).toBe('male');
    expect(idNumberBirthDate('440703900101123')).toBe('1990-01-01');
    expect(idNumberSex('440703900101123')).toBe('male');
    expect(idNumberBirthDate('44070319900230001X')).toBeNull();
  });

  it('行政处罚法 第30条; 法释〔2006〕1号 第2条: a person turns 14 on the day after the 14th birthday', () => {
    const id = withCheck('44070320110315002');
    expect(ageOnDate(id, '2025-03-14')).toBe(13);
    expect(ageOnDate(id, '2025-03-15')).toBe(13);
    expect(ageOnDate(id, '2025-03-16')).toBe(14);
    expect(ageOnDate(id, '2011-03-15')).toBe(0);
    expect(ageOnDate(id, '2011-03-14')).toBeNull();
  });

  it('行政处罚法 第30条: the ID helper and the procedure rules share one age function', () => {
    const id = withCheck('44070320070303002');
    for (const day of ['2025-03-02', '2025-03-03', '2025-03-04', '2007-03-03', '2006-01-01']) {
      expect(ageOnDate(id, day)).toBe(ageOn('2007-03-03', day));
    }
    expect(ageOnDate(id, '2025-03-03')).toBe(17);
    expect(ageOn('2007-03-03', 'not a date')).toBeNull();
  });

  it('民法典 第203条: a 29 February birthday falls on 28 February in common years', () => {
    const id = withCheck('44070320080229002');
    expect(ageOnDate(id, '2022-02-28')).toBe(13);
    expect(ageOnDate(id, '2022-03-01')).toBe(14);
    expect(ageOnDate(id, '2024-02-29')).toBe(15);
    expect(ageOnDate(id, '2024-03-01')).toBe(16);
  });

  it('个人信息保护法 第51条: masking keeps the first 4 and last 4 characters', () => {
    expect(maskIdNumber('44070319900101123x')).toBe('4407**********123X');
    expect(maskIdNumber('440703900101123')).toBe('4407*******1123');
    expect(maskIdNumber('1234')).toBe('****');
  });
});
