import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { buildApp } from '../../src/app';
import { listDemoAccounts } from '../../src/demo/seed';
import { cookieOf, createTestPlatform, DEMO_PASSWORD, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

describe('security headers (security.md S18)', () => {
  it('every answer carries a strict CSP without unsafe-inline, nosniff and frame-ancestors none', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/nowhere']) {
      const res = await p.request({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('an unknown route answers 404 with a Chinese message in the error shape', async () => {
    const res = await p.request({ method: 'GET', url: '/api/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(res.json().message).toMatch(/接口不存在/);
  });
});

describe('structured logs (security.md S16)', () => {
  it('never contain passwords, one-time codes, session tokens or ID numbers', async () => {
    let logs = '';
    const stream = new PassThrough();
    stream.on('data', (d) => (logs += d));
    const logged = await buildApp(p.app, { logger: true, logStream: stream, serveWeb: false });
    await logged.ready();
    const res = await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { username: 'sysadmin', password: DEMO_PASSWORD },
    });
    const cookie = cookieOf(res);
    const secret = (await listDemoAccounts(p.app)).find((a) => a.username === 'sysadmin')!.totpSecret!;
    const code = generateSync({ secret, epoch: Math.floor(p.clock.now.getTime() / 1000) });
    const done = await logged.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers: { cookie, 'content-type': 'application/json' },
      payload: { code },
    });
    const session = cookieOf(done);
    await logged.inject({ method: 'GET', url: '/api/users', headers: { cookie: session } });
    await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { username: 'x', password: 'Secret-Wrong-Pass1' },
    });
    await logged.close();
    expect(logs.length).toBeGreaterThan(100);
    expect(logs).not.toContain(DEMO_PASSWORD);
    expect(logs).not.toContain('Secret-Wrong-Pass1');
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(cookie.split('=')[1]);
    expect(logs).not.toContain(session.split('=')[1]);
    expect(logs).not.toMatch(/\d{17}[\dX]/);
  });
});
