// Issue 10, finding 10: the national algorithms, chosen per deployment, over data written before.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { appendAudit, verifyAuditChain } from '../../src/platform/audit';
import { createAppContext } from '../../src/platform/context';
import { nationalAlgorithmsAvailable, selfTestNationalAlgorithms } from '../../src/platform/crypto-suite';
import { FieldCrypto } from '../../src/platform/field-crypto';
import { ephemeralKeys } from '../../src/platform/keys';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  // The demo county was seeded under the international suite; this deployment now chooses SM.
  p = await createTestPlatform({ config: { cryptoSuite: 'sm' } });
});
afterAll(async () => {
  await p?.close();
});

describe('finding 10: SM3 / HMAC-SM3 / SM4 selectable per deployment (ZHIFA_CRYPTO=sm)', () => {
  it("Node's OpenSSL offers SM3 and SM4 and passes the known-answer tests", () => {
    expect(nationalAlgorithmsAvailable()).toBe(true);
    expect(() => selfTestNationalAlgorithms()).not.toThrow();
    expect(() => loadConfig({ ZHIFA_CRYPTO: 'sm4' })).toThrow(/ZHIFA_CRYPTO/);
  });

  it('field encryption writes SM4 with its algorithm and key id, reads values written under AES-256-GCM, and refuses a moved or altered value', () => {
    const keys = ephemeralKeys();
    const intl = new FieldCrypto(keys, 'intl');
    const sm = new FieldCrypto(keys, 'sm');
    const old = intl.encrypt('110101199003077777', 'persons.id_number');
    const legacyV1 = (() => {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', keys.fieldEncryption, iv);
      c.setAAD(Buffer.from('persons.phone'));
      const ct = Buffer.concat([c.update('13800138000', 'utf8'), c.final()]);
      return ['v1', iv.toString('base64'), c.getAuthTag().toString('base64'), ct.toString('base64')].join(':');
    })();
    const fresh = sm.encrypt('110101199003077777', 'persons.id_number');
    expect(fresh).toMatch(/^v2:sm4ctr-hmacsm3:[0-9a-f]{8}:/);
    expect(old).toMatch(/^v2:aes256gcm:[0-9a-f]{8}:/);
    expect(sm.decrypt(old, 'persons.id_number')).toBe('110101199003077777');
    expect(sm.decrypt(legacyV1, 'persons.phone')).toBe('13800138000');
    expect(intl.decrypt(fresh, 'persons.id_number')).toBe('110101199003077777');
    expect(() => sm.decrypt(fresh, 'cases.party_id')).toThrow(/校验失败/);
    const parts = fresh.split(':');
    const ct = Buffer.from(parts[5], 'base64');
    ct[0] = ct[0] ^ 1;
    parts[5] = ct.toString('base64');
    expect(() => sm.decrypt(parts.join(':'), 'persons.id_number')).toThrow(/校验失败/);
    expect(() => new FieldCrypto(ephemeralKeys(), 'sm').decrypt(fresh, 'persons.id_number')).toThrow(/密钥不符/);
  });

  it('demo data written before still works (TOTP secrets, ID numbers); new audit links are SM3 and the mixed chain verifies', async () => {
    const before = await p.app.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(before.hash).toMatch(/^[0-9a-f]{64}$/);
    const cookie = await p.login('auditadmin');
    const latest = await p.app.db
      .selectFrom('audit_log')
      .select(['hash', 'seal'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(latest.hash).toMatch(/^sm3:[0-9a-f]{64}$/);
    const res = await p.request({ method: 'GET', url: '/api/audit/verify', cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(true);
    // The seal is HMAC-SM3: recomputing it with SHA-256 does not match.
    expect(crypto.createHmac('sm3', p.app.keys.auditSeal).update(latest.hash).digest('hex')).toBe(latest.seal);
  });

  it('a tampered SM3 link is caught like any other', async () => {
    const keys = ephemeralKeys();
    const config = { ...p.config, cryptoSuite: 'sm' as const };
    const app = createAppContext(config, p.database, keys);
    await app.db.transaction().execute((tx) => appendAudit(tx, keys.auditSeal, { eventType: 'e', outcome: 'success' }));
    // Another key: every earlier row's seal fails for it, which is what a forged seal looks like.
    const report = await verifyAuditChain(app.db, keys.auditSeal);
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.reason).toMatch(/封印/);
  });
});
