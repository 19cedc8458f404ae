import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WEAK_PASSWORDS, checkPassword, isWeakPassword, passwordCharacterClasses } from './index';

const codes = (password: string, username = 'zhangsan') =>
  checkPassword(password, { username }).problems.map((p) => p.code);

describe('password policy (security.md §7 item 2; ASVS V2.1.1, V2.1.7)', () => {
  it('ASVS V2.1.1: a strong password such as Zf!9kq2#Lm7w is accepted', () => {
    expect(checkPassword('Zf!9kq2#Lm7w', { username: 'zhangsan' })).toEqual({ ok: true, problems: [] });
    expect(codes('correct horse battery staple 7')).toEqual([]);
  });

  it('ASVS V2.1.1: fewer than 12 characters is refused', () => {
    expect(codes('Zf!9kq2#Lm7')).toEqual(['tooShort']);
    expect(checkPassword('Zf!9kq2#Lm7', { username: 'x' }).problems[0].message).toBe(
      '密码至少需要 12 个字符（当前 11 个）',
    );
  });

  it('security.md §7 item 2: at least three of upper, lower, digit and symbol are required', () => {
    expect(codes('zfxkqplmwrtv')).toEqual(['tooFewClasses']);
    expect(codes('zf9kq2lm7wrt')).toEqual(['tooFewClasses']);
    expect(codes('zf9kq2lm7wrT')).toEqual([]);
    expect(codes('zf9kq2lm7wr#')).toEqual([]);
    expect(passwordCharacterClasses('aA1!')).toBe(4);
    expect(passwordCharacterClasses('密码密码')).toBe(1);
  });

  it('security.md §7 item 2: a password containing the login name, in any case, is refused', () => {
    expect(codes('x9!ZhangSan#Q', 'zhangsan')).toEqual(['containsUsername']);
    expect(codes('Zf!9kq2#Lm7w', 'kq2#l')).toEqual(['containsUsername']);
    expect(codes('Zf!9kq2#Lm7w', 'li')).toEqual([]);
  });

  it('ASVS V2.1.7: the weak list has at least 1,000 distinct entries', () => {
    expect(new Set(WEAK_PASSWORDS.map((w) => w.toLowerCase())).size).toBeGreaterThanOrEqual(1000);
  });

  it('ASVS V2.1.7: every weak-list entry is refused', () => {
    for (const w of WEAK_PASSWORDS) {
      const result = checkPassword(w, { username: 'nobody-here' });
      expect(result.ok, w).toBe(false);
      expect(
        result.problems.map((p) => p.code),
        w,
      ).toContain('weak');
    }
  });

  it('ASVS V2.1.7: variants that pass length and class rules are still refused as weak', () => {
    for (const w of [
      'Password@123',
      'Admin@123456',
      'Qwer1234!@#$',
      'P@ssw0rd2024',
      'Woaini1314!!',
      'ADMIN@1234567',
      'Zhang123!@#$%',
    ]) {
      expect(codes(w), w).toEqual(['weak']);
    }
  });

  it('ASVS V2.1.7: stripping stops at the last letter, so a strong password ending in digits stays accepted', () => {
    expect(isWeakPassword('Zf!9kq2#Lm7w2024')).toBe(false);
    expect(isWeakPassword('2024Password!')).toBe(false);
    expect(isWeakPassword('Password!')).toBe(true);
  });

  it('accepts a caller-supplied weak list, case-insensitively', () => {
    expect(
      checkPassword('Jiangmen#2025x', { username: 'u', weakList: ['JIANGMEN#2025X'] }).problems.map((p) => p.code),
    ).toEqual(['weak']);
    expect(checkPassword('Jiangmen#2025x', { username: 'u', weakList: [] }).ok).toBe(true);
  });

  it('security.md §7 item 2: every accepted password satisfies all four rules', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 20 }),
        fc.string({ minLength: 0, maxLength: 6 }),
        (password, username) => {
          const result = checkPassword(password, { username });
          if (!result.ok) return;
          expect([...password].length).toBeGreaterThanOrEqual(12);
          expect(passwordCharacterClasses(password)).toBeGreaterThanOrEqual(3);
          expect(isWeakPassword(password)).toBe(false);
          if (username.trim().length >= 3) expect(password.toLowerCase()).not.toContain(username.trim().toLowerCase());
        },
      ),
    );
  });
});
