import { describe, expect, it } from 'vitest';
import { paymentInstructions, surchargeSentence } from './sentences';
import { decisionPublicUrl, verificationCode } from './verification';

describe('surchargeSentence (行政处罚法 第72条第1款第1项, 行政强制法 第45条)', () => {
  it('states 3% of the fine a day, capped at the fine, citing 第七十二条', () => {
    const s = surchargeSentence();
    expect(s).toContain('每日按罚款数额的百分之三加处罚款');
    expect(s).toContain('第七十二条第一款第（一）项');
    expect(s).toContain('不超出罚款的数额');
  });
});

describe('paymentInstructions (行政处罚法 第67条)', () => {
  it('names the agency account and the amount in figures and capitals, within fifteen days', () => {
    const s = paymentInstructions(1500, {
      accountName: '蓬杜镇财政所',
      bank: '农业银行蓬杜支行',
      accountNumber: '6228 0000 1111',
    });
    expect(s).toContain('十五日内');
    expect(s).toContain('人民币1,500.00元（大写：壹仟伍佰元整）');
    expect(s).toContain('户名：蓬杜镇财政所');
    expect(s).toContain('账号：6228 0000 1111');
  });
  it('falls back to the designated bank when the agency has configured no account', () => {
    expect(paymentInstructions(200, null)).toContain('缴至指定的银行或者通过电子支付系统缴纳');
  });
});

describe('verificationCode (一案一码)', () => {
  const hash = 'a3f1c2d4e5b6978812345678909abcdef0123456789abcdef0123456789abcde';
  it('derives the same 8-character code from the same hash, and a different one from another', () => {
    expect(verificationCode(hash)).toBe(verificationCode(hash));
    expect(verificationCode(hash)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(verificationCode(`b${hash.slice(1)}`)).not.toBe(verificationCode(hash));
  });
  it('encodes the first 40 bits in Crockford base32', () => {
    expect(verificationCode('0'.repeat(64))).toBe('0000-0000');
    expect(verificationCode(`${'f'.repeat(10)}${'0'.repeat(54)}`)).toBe('ZZZZ-ZZZZ');
  });
  it('refuses what is not a SHA-256', () => {
    expect(() => verificationCode('xyz')).toThrow(RangeError);
  });
  it('the QR code opens the decision public address', () => {
    expect(decisionPublicUrl('http://localhost:3000/', 'abc')).toBe('http://localhost:3000/public/decisions/abc');
  });
});
