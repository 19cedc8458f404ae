import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { createTestPlatform, cookieOf, DEMO_PASSWORD, type TestPlatform } from '../helpers';
import { listDemoAccounts } from '../../src/demo/seed';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

const login = (username: string, password: string) =>
  p.request({ method: 'POST', url: '/api/auth/login', body: { username, password } });

async function auditEvents(type: string, username?: string) {
  const rows = await p.app.db.selectFrom('audit_log').selectAll().where('event_type', '=', type).execute();
  return rows.filter((r) => !username || JSON.stringify(r.details).includes(username));
}

describe('health and readiness', () => {
  it('GET /api/health answers ok and /api/ready reports the database and current migrations', async () => {
    expect((await p.request({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
    const ready = await p.request({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('serves the OpenAPI description with the routes in it', async () => {
    const res = await p.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/auth/login');
  });
});

describe('sign-in', () => {
  it('an officer signs in with the password alone and sees own roles and permissions', async () => {
    const res = await login('duruan.officer1', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
    const cookieHeader = [res.headers['set-cookie']].flat().join(';');
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Strict/i);
    const me = await p.request({ method: 'GET', url: '/api/auth/me', cookie: cookieOf(res) });
    expect(me.json().roles).toEqual(['officer']);
    expect(me.json().permissions).toContain('case:handle');
    expect(me.json().agency.shortName).toBe('杜阮镇');
    expect((await auditEvents('auth.login', 'duruan.officer1')).some((r) => r.outcome === 'success')).toBe(true);
  });

  it('each sign-in issues a new session id', async () => {
    const a = cookieOf(await login('duruan.officer2', DEMO_PASSWORD));
    const b = cookieOf(await login('duruan.officer2', DEMO_PASSWORD));
    expect(a).not.toBe(b);
  });

  it('a wrong password is refused with a Chinese message and audited', async () => {
    const res = await login('hetang.officer1', 'wrong-password-1');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
    expect(res.json().message).toMatch(/用户名或密码错误/);
    expect((await auditEvents('auth.login', 'hetang.officer1')).some((r) => r.outcome === 'failure')).toBe(true);
  });

  it('five failures lock the account for 30 minutes; during the lock the right password is refused; the security administrator unlocks', async () => {
    for (let i = 0; i < 4; i++) expect((await login('baisha.officer1', `bad-${i}`)).statusCode).toBe(401);
    const fifth = await login('baisha.officer1', 'bad-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await login('baisha.officer1', DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(await auditEvents('auth.lockout', 'baisha.officer1')).toHaveLength(1);

    const sec = await p.login('secadmin');
    const users = (await p.request({ method: 'GET', url: '/api/users?q=baisha.officer1', cookie: sec })).json();
    expect(users[0].locked).toBe(true);
    const unlock = await p.request({ method: 'POST', url: `/api/users/${users[0].id}/unlock`, cookie: sec });
    expect(unlock.statusCode).toBe(200);
    expect((await login('baisha.officer1', DEMO_PASSWORD)).statusCode).toBe(200);
    expect(await auditEvents('auth.unlock')).toHaveLength(1);
  });

  it('the lock expires by itself after 30 minutes', async () => {
    for (let i = 0; i < 5; i++) await login('chaolian.officer1', `bad-${i}`);
    expect((await login('chaolian.officer1', DEMO_PASSWORD)).statusCode).toBe(423);
    p.clock.advanceMinutes(31);
    expect((await login('chaolian.officer1', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('administrators must pass the TOTP second factor; a half-signed-in session reaches nothing', async () => {
    const res = await login('sysadmin', DEMO_PASSWORD);
    expect(res.json()).toEqual({ status: 'secondFactorRequired' });
    const pending = cookieOf(res);
    expect((await p.request({ method: 'GET', url: '/api/users', cookie: pending })).statusCode).toBe(401);
    const bad = await p.request({ method: 'POST', url: '/api/auth/totp', cookie: pending, body: { code: '000000' } });
    expect(bad.statusCode).toBe(401);
    const secret = (await listDemoAccounts(p.app)).find((a) => a.username === 'sysadmin')!.totpSecret!;
    const code = generateSync({ secret, epoch: Math.floor(p.clock.now.getTime() / 1000) });
    const ok = await p.request({ method: 'POST', url: '/api/auth/totp', cookie: pending, body: { code } });
    expect(ok.statusCode).toBe(200);
    const full = cookieOf(ok);
    expect(full).not.toBe(pending);
    expect((await p.request({ method: 'GET', url: '/api/users', cookie: full })).statusCode).toBe(200);
  });

  it('logout invalidates the session on the server', async () => {
    const cookie = await p.login('duruan.head');
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    await p.request({ method: 'POST', url: '/api/auth/logout', cookie });
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    expect(await auditEvents('auth.logout')).not.toHaveLength(0);
  });

  it('idle timeout: 30 minutes for business users, 15 for administrators; absolute limit 12 hours', async () => {
    const officer = await p.login('tangxia.officer1');
    const admin = await p.login('auditadmin');
    p.clock.advanceMinutes(16);
    expect((await p.request({ method: 'GET', url: '/api/audit', cookie: admin })).statusCode).toBe(401);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: officer })).statusCode).toBe(200);
    p.clock.advanceMinutes(31);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: officer })).statusCode).toBe(401);

    const busy = await p.login('tangxia.officer2');
    for (let h = 0; h < 14; h++) {
      p.clock.advanceMinutes(25);
      expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: busy })).statusCode).toBe(200);
      p.clock.advanceMinutes(25);
      await p.request({ method: 'GET', url: '/api/auth/me', cookie: busy });
    }
    p.clock.advanceMinutes(25);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: busy })).statusCode).toBe(401);
  });

  it('a disabled account is refused at the next request', async () => {
    const cookie = await p.login('hetang.officer3');
    // A request just before: the session row is then the one this process reuses for a second.
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(200);
    const sys = await p.login('sysadmin');
    const users = (await p.request({ method: 'GET', url: '/api/users?q=hetang.officer3', cookie: sys })).json();
    const r = await p.request({
      method: 'POST',
      url: `/api/users/${users[0].id}/disable`,
      cookie: sys,
      body: { disabled: true },
    });
    expect(r.statusCode).toBe(200);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    expect((await login('hetang.officer3', DEMO_PASSWORD)).json().code).toBe('ACCOUNT_DISABLED');
  });
});

describe('accounts', () => {
  it('the system administrator creates a user under the password policy; the security administrator grants the role; the new user signs in', async () => {
    const sys = await p.login('sysadmin');
    const agencies = (await p.request({ method: 'GET', url: '/api/agencies', cookie: sys })).json();
    const duruan = agencies.find((a: { shortName: string }) => a.shortName === '杜阮镇');
    const weak = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: { username: 'duruan.new', name: '新同事', agencyId: duruan.id, password: 'Password@123' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    const withName = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: { username: 'duruan.new', name: '新同事', agencyId: duruan.id, password: 'Xy9#duruan.new!' },
    });
    expect(withName.statusCode).toBe(400);
    const ok = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: { username: 'duruan.new', name: '新同事', agencyId: duruan.id, password: 'Kq7#mW2!vR9z' },
    });
    expect(ok.statusCode).toBe(201);
    const sec = await p.login('secadmin');
    expect(
      (
        await p.request({
          method: 'PUT',
          url: `/api/users/${ok.json().id}/roles`,
          cookie: sec,
          body: { roles: ['officer'] },
        })
      ).statusCode,
    ).toBe(200);
    expect((await login('duruan.new', 'Kq7#mW2!vR9z')).json().status).toBe('ok');
  });

  it('三权分立: the system administrator cannot grant administrator roles; the security administrator cannot create users', async () => {
    const sys = await p.login('sysadmin');
    const agencies = (await p.request({ method: 'GET', url: '/api/agencies', cookie: sys })).json();
    const res = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: {
        username: 'sneaky',
        name: '某',
        agencyId: agencies[0].id,
        roles: ['auditAdmin'],
        password: 'Kq7#mW2!vR9z',
      },
    });
    expect(res.statusCode).toBe(400);
    const sec = await p.login('secadmin');
    const res2 = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sec,
      body: { username: 'sneaky2', name: '某', agencyId: agencies[0].id, password: 'Kq7#mW2!vR9z' },
    });
    expect(res2.statusCode).toBe(403);
    expect((await p.request({ method: 'GET', url: '/api/audit', cookie: sec })).statusCode).toBe(403);
  });

  it('ZHIFA_REQUIRE_2FA=1 makes everyone enrol a second factor at first sign-in (QR code)', async () => {
    const strict = await createTestPlatform({ config: { require2fa: true } });
    try {
      const res = await strict.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: 'duruan.officer1', password: DEMO_PASSWORD },
      });
      const body = res.json();
      expect(body.status).toBe('enrolmentRequired');
      expect(body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      const secret = new URL(body.otpauthUrl).searchParams.get('secret')!;
      const code = generateSync({ secret, epoch: Math.floor(strict.clock.now.getTime() / 1000) });
      const done = await strict.request({
        method: 'POST',
        url: '/api/auth/totp',
        cookie: cookieOf(res),
        body: { code },
      });
      expect(done.statusCode).toBe(200);
      expect(done.json().user.totpEnabled).toBe(true);
    } finally {
      await strict.close();
    }
  });
});
