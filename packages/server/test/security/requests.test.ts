// Issue 10 (outside probe), findings 7 and 8: cross-site requests and truncated uploads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPlatform } from '../helpers';
import { createHarness, multipart, sha256, T0, type Harness } from '../cases/fixtures';

let p: TestPlatform;
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  p = h.p;
});
afterAll(async () => {
  await p?.close();
});

const FOREIGN: { label: string; headers: Record<string, string> }[] = [
  { label: 'a foreign Origin', headers: { origin: 'https://evil.example' } },
  {
    label: 'a sibling subdomain (same-site, cross-origin)',
    headers: { origin: 'https://other.localhost:80', 'sec-fetch-site': 'same-site' },
  },
  { label: 'Sec-Fetch-Site: cross-site without Origin', headers: { 'sec-fetch-site': 'cross-site' } },
  { label: 'Origin: null (sandboxed frame, data: URL)', headers: { origin: 'null' } },
];

describe('finding 7: state-changing requests from another site are refused', () => {
  it('JSON writes, logout and multipart uploads with a foreign Origin or Sec-Fetch-Site answer 403 and change nothing', async () => {
    const cookie = await p.login('duruan.officer1');
    for (const { label, headers } of FOREIGN) {
      const json = await p.request({
        method: 'POST',
        url: '/api/auth/password',
        cookie,
        headers,
        body: { currentPassword: 'x', newPassword: 'y' },
      });
      expect(json.statusCode, label).toBe(403);
      expect(json.json().code).toBe('CROSS_SITE_REQUEST');
      expect(json.json().message).toMatch(/其他网站/);

      const logout = await p.request({ method: 'POST', url: '/api/auth/logout', cookie, headers });
      expect(logout.statusCode, label).toBe(403);
      expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);

      const caseId = await h.investigatingCase();
      const data = crypto.randomBytes(256);
      const m = multipart(
        {
          sha256: sha256(data),
          kind: 'audioVisual',
          title: '现场照片',
          capturedAt: `${T0}T10:05`,
          location: '杜阮南路',
        },
        { name: 'a.jpg', type: 'image/jpeg', data },
      );
      const upload = await p.fastify.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/evidence`,
        headers: { ...m.headers, ...headers, cookie },
        payload: m.body,
      });
      expect(upload.statusCode, label).toBe(403);
      expect(
        await p.app.db.selectFrom('evidence').select('id').where('sha256', '=', sha256(data)).execute(),
      ).toHaveLength(0);
    }
  });

  it('requests from this site itself, and clients that are not browsers, are let through', async () => {
    const cookie = await p.login('duruan.officer2');
    const same = await p.request({
      method: 'POST',
      url: '/api/auth/sessions/end-others',
      cookie,
      body: {},
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
    });
    expect(same.statusCode).toBe(200);
    const plain = await p.request({ method: 'POST', url: '/api/auth/sessions/end-others', cookie, body: {} });
    expect(plain.statusCode).toBe(200);
    // Reads are never refused for their origin (nothing changes).
    expect(
      (await p.request({ method: 'GET', url: '/api/auth/me', cookie, headers: { origin: 'https://evil.example' } }))
        .statusCode,
    ).toBe(200);
  });
});

describe('finding 8: a truncated multipart body answers 400 with a Chinese message', () => {
  it('evidence upload and training import cut off mid-body', async () => {
    const caseId = await h.investigatingCase();
    const data = crypto.randomBytes(4096);
    const m = multipart(
      { sha256: sha256(data), kind: 'audioVisual', title: '现场照片', capturedAt: `${T0}T10:05`, location: '杜阮南路' },
      { name: 'a.jpg', type: 'image/jpeg', data },
    );
    const cut = m.body.subarray(0, m.body.length - 2000);
    const officer = await p.login('duruan.officer1');
    const upload = await p.fastify.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence`,
      headers: { ...m.headers, cookie: officer },
      payload: cut,
    });
    expect(upload.statusCode).toBe(400);
    expect(upload.json().code).toBe('INVALID_MULTIPART');
    expect(upload.json().message).toMatch(/[\u4e00-\u9fff]/);
    const tmp = path.join(h.evidenceDir, 'tmp');
    expect(fs.existsSync(tmp) ? fs.readdirSync(tmp).filter((f) => f.endsWith('.part')) : []).toEqual([]);

    const head = await p.login('duruan.head');
    const sheet = multipart(
      {},
      {
        name: 'training.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: crypto.randomBytes(3000),
      },
    );
    for (const length of [sheet.body.length - 1500, 60, 10]) {
      const res = await p.fastify.inject({
        method: 'POST',
        url: '/api/training/import',
        headers: { ...sheet.headers, cookie: head },
        payload: sheet.body.subarray(0, length),
      });
      expect(res.statusCode, `cut at ${length}`).toBe(400);
      expect(res.json().code, `cut at ${length}`).toBe('INVALID_MULTIPART');
      expect(res.json().message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
