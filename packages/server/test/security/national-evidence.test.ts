// Issue 10, finding 10: a deployment that switches to the national algorithms keeps one evidence
// ledger: links written before stay SHA-256, new links are SM3 sealed with HMAC-SM3, and the
// mixed chain verifies.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSealSuite } from '../../src/platform/audit';
import { createHarness, multipart, sha256, T0, type Harness } from '../cases/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  registerSealSuite(h.p.app.keys.auditSeal, 'intl');
  await h?.p.close();
});

async function upload(caseId: string) {
  const data = crypto.randomBytes(300);
  const m = multipart(
    { sha256: sha256(data), kind: 'audioVisual', title: '现场照片', capturedAt: `${T0}T10:05`, location: '杜阮南路' },
    { name: 'a.jpg', type: 'image/jpeg', data },
  );
  const res = await h.p.fastify.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/evidence`,
    headers: { ...m.headers, cookie: await h.cookie('duruan.officer1') },
    payload: m.body,
  });
  return h.ok(res, 201) as { id: string };
}

describe('evidence ledger under ZHIFA_CRYPTO=sm', () => {
  it('SHA-256 links before the switch, SM3 links after it, one chain that verifies', async () => {
    const caseId = await h.investigatingCase();
    await upload(caseId);
    // The deployment now chooses the national algorithms (the suite travels with the seal key).
    registerSealSuite(h.p.app.keys.auditSeal, 'sm');
    const second = await upload(caseId);
    const ledger = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/evidence/${second.id}/ledger`,
        cookie: await h.cookie('duruan.head'),
      }),
    );
    const rows = await h.p.app.db
      .selectFrom('evidence_ledger')
      .select(['hash', 'seal'])
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.at(-1)!.hash).toMatch(/^sm3:[0-9a-f]{64}$/);
    expect(crypto.createHmac('sm3', h.p.app.keys.auditSeal).update(rows.at(-1)!.hash).digest('hex')).toBe(
      rows.at(-1)!.seal,
    );
    expect(ledger.chain).toMatchObject({ ok: true, brokenAt: null });
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.hash).toMatch(/^sm3:/);
  });
});
