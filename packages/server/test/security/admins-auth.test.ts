// Issue 10 (outside probe), findings 1, 2, 5, 6: each test replays the attack and sees it refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { listDemoAccounts } from '../../src/demo/seed';
import { cookieOf, createTestPlatform, DEMO_PASSWORD, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

const login = (username: string, password: string, headers?: Record<string, string>) =>
  p.request({ method: 'POST', url: '/api/auth/login', body: { username, password }, headers });

async function userId(username: string) {
  return (await p.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
    .id;
}

async function audits(eventType: string, objectId?: string) {
  let q = p.app.db.selectFrom('audit_log').selectAll().where('event_type', '=', eventType);
  if (objectId) q = q.where('object_id', '=', objectId);
  return q.orderBy('seq').execute();
}

describe('finding 1: 三权分立 between the three administrators', () => {
  it('the system administrator cannot create an account with a business role (the supervisor role that reads full ID numbers)', async () => {
    const sys = await p.login('sysadmin');
    const agencies = (await p.request({ method: 'GET', url: '/api/agencies', cookie: sys })).json();
    const withRole = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: {
        username: 'probe.super',
        name: '探测',
        agencyId: agencies[0].id,
        roles: ['countySupervisor'],
        password: 'Kq7#mW2!vR9z',
      },
    });
    expect(withRole.statusCode).toBe(400);
    expect(
      await p.app.db.selectFrom('users').select('id').where('username', '=', 'probe.super').executeTakeFirst(),
    ).toBeUndefined();

    // Without roles the account is created but can do nothing until the security administrator grants a role.
    const created = await p.request({
      method: 'POST',
      url: '/api/users',
      cookie: sys,
      body: { username: 'probe.super', name: '探测', agencyId: agencies[0].id, password: 'Kq7#mW2!vR9z' },
    });
    expect(created.statusCode).toBe(201);
    const roleless = await login('probe.super', 'Kq7#mW2!vR9z');
    expect(roleless.statusCode).toBe(403);
    expect(roleless.json().code).toBe('NO_ROLE');
    // The system administrator cannot grant it one either.
    const grantBySys = await p.request({
      method: 'PUT',
      url: `/api/users/${created.json().id}/roles`,
      cookie: sys,
      body: { roles: ['countySupervisor'] },
    });
    expect(grantBySys.statusCode).toBe(403);

    const sec = await p.login('secadmin');
    const grant = await p.request({
      method: 'PUT',
      url: `/api/users/${created.json().id}/roles`,
      cookie: sec,
      body: { roles: ['officer'] },
    });
    expect(grant.statusCode).toBe(200);
    expect((await login('probe.super', 'Kq7#mW2!vR9z')).json().status).toBe('ok');
    // Removing every role is the security administrator's too; the account then cannot sign in.
    expect(
      (
        await p.request({
          method: 'PUT',
          url: `/api/users/${created.json().id}/roles`,
          cookie: sec,
          body: { roles: [] },
        })
      ).statusCode,
    ).toBe(200);
    expect((await login('probe.super', 'Kq7#mW2!vR9z')).statusCode).toBe(403);
  });

  it('the system administrator cannot disable the security or the audit administrator; each attempt is audited', async () => {
    const sys = await p.login('sysadmin');
    for (const target of ['secadmin', 'auditadmin']) {
      const id = await userId(target);
      const res = await p.request({
        method: 'POST',
        url: `/api/users/${id}/disable`,
        cookie: sys,
        body: { disabled: true },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ADMIN_ACCOUNT_PROTECTED');
      expect(res.json().message).toMatch(/三权分立/);
      const row = await p.app.db.selectFrom('users').select('disabled').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.disabled).toBe(false);
      const denied = await audits('user.disabledChanged', id);
      expect(denied.at(-1)).toMatchObject({ outcome: 'denied', actor_role: 'systemAdmin' });
    }
    expect(
      (await p.request({ method: 'GET', url: '/api/auth/me', cookie: await p.login('secadmin') })).statusCode,
    ).toBe(200);
  });

  it("the security administrator cannot change the audit administrator's roles, grant an administrator role or reset an administrator's second factor", async () => {
    const sec = await p.login('secadmin');
    const audit = await userId('auditadmin');
    const demote = await p.request({
      method: 'PUT',
      url: `/api/users/${audit}/roles`,
      cookie: sec,
      body: { roles: ['officer'] },
    });
    expect(demote.statusCode).toBe(403);
    expect(demote.json().code).toBe('ADMIN_ACCOUNT_PROTECTED');
    const row = await p.app.db.selectFrom('users').select('roles').where('id', '=', audit).executeTakeFirstOrThrow();
    expect(row.roles).toEqual(['auditAdmin']);
    expect((await audits('user.rolesChanged', audit)).at(-1)).toMatchObject({
      outcome: 'denied',
      actor_role: 'securityAdmin',
    });

    const reset = await p.request({ method: 'POST', url: `/api/users/${audit}/reset-second-factor`, cookie: sec });
    expect(reset.statusCode).toBe(403);
    expect((await audits('auth.secondFactorReset', audit)).at(-1)).toMatchObject({ outcome: 'denied' });

    const officer = await userId('hetang.officer2');
    const promote = await p.request({
      method: 'PUT',
      url: `/api/users/${officer}/roles`,
      cookie: sec,
      body: { roles: ['auditAdmin'] },
    });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().code).toBe('ADMIN_ROLE_GRANT');
    expect((await audits('user.rolesChanged', officer)).at(-1)).toMatchObject({ outcome: 'denied' });
  });

  it('the audit administrator changes no account at all (denial audited)', async () => {
    const aud = await p.login('auditadmin');
    const sys = await userId('sysadmin');
    const res = await p.request({
      method: 'POST',
      url: `/api/users/${sys}/disable`,
      cookie: aud,
      body: { disabled: true },
    });
    expect(res.statusCode).toBe(403);
    expect(
      (await audits('access.denied')).some(
        (r) => r.actor_role === 'auditAdmin' && r.object_id === 'POST /api/users/:id/disable',
      ),
    ).toBe(true);
  });
});

describe('finding 2: forwarded addresses, rate limit, lockout, one answer', () => {
  it('a forged X-Forwarded-For is not believed: 25 tries from "new" addresses are rate-limited by the real peer and audited with it', async () => {
    const limited = await createTestPlatform({ config: { loginRateLimit: { max: 10, windowMs: 60_000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await limited.request({
          method: 'POST',
          url: '/api/auth/login',
          body: { username: `nobody${i}`, password: 'wrong-password-x' },
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.filter((s) => s === 429).length).toBe(15);
      const rows = await limited.app.db
        .selectFrom('audit_log')
        .select('source_ip')
        .where('event_type', '=', 'auth.login')
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.source_ip === '127.0.0.1')).toBe(true);
    } finally {
      await limited.close();
    }
  });

  it('X-Forwarded-For is believed from a listed proxy only (ZHIFA_TRUSTED_PROXIES)', async () => {
    const proxied = await createTestPlatform({ config: { trustedProxies: ['127.0.0.1'] } });
    try {
      await proxied.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: 'nobody', password: 'wrong-password-x' },
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
      const row = await proxied.app.db
        .selectFrom('audit_log')
        .select('source_ip')
        .where('event_type', '=', 'auth.login')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(row.source_ip).toBe('198.51.100.7');
    } finally {
      await proxied.close();
    }
  });

  it('an unknown user and an existing user get the same answers, and neither learns the attempts left', async () => {
    const answers = async (username: string) => {
      const out: { status: number; body: Record<string, unknown> }[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(username, `wrong-${i}-password`);
        const body = res.json();
        out.push({
          status: res.statusCode,
          body: {
            code: body.code,
            message: String(body.message).replace(/\d{2}:\d{2}/, 'HH:MM'),
            details: body.details ? Object.keys(body.details) : [],
          },
        });
      }
      return out;
    };
    const real = await answers('tangxia.officer3');
    const ghost = await answers('tangxia.officer9');
    expect(ghost).toEqual(real);
    expect(real.slice(0, 4).every((a) => a.status === 401 && a.body.code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(real[4].status).toBe(423);
    expect(JSON.stringify(real)).not.toMatch(/remaining|再失败/);
  });

  it('wrong current passwords on /api/auth/password count toward the lockout and end the session at the lock', async () => {
    const cookie = await p.login('chaolian.officer2');
    for (let i = 0; i < 4; i++) {
      const res = await p.request({
        method: 'POST',
        url: '/api/auth/password',
        cookie,
        body: { currentPassword: `guess-${i}-x`, newPassword: 'Zt5#pQ8!kM3w' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('WRONG_PASSWORD');
    }
    const fifth = await p.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      body: { currentPassword: 'guess-5-x', newPassword: 'Zt5#pQ8!kM3w' },
    });
    expect(fifth.statusCode).toBe(423);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    expect((await login('chaolian.officer2', DEMO_PASSWORD)).statusCode).toBe(423);
    expect((await audits('auth.lockout', await userId('chaolian.officer2'))).length).toBe(1);
  });
});

describe('finding 5: a TOTP code works once', () => {
  it('the same code a second time within its 30 seconds is refused and audited', async () => {
    const secret = (await listDemoAccounts(p.app)).find((a) => a.username === 'auditadmin')!.totpSecret!;
    await p.app.db.updateTable('users').set({ totp_last_counter: null }).where('username', '=', 'auditadmin').execute();
    const code = generateSync({ secret, epoch: Math.floor(p.clock.now.getTime() / 1000) });
    const first = await login('auditadmin', DEMO_PASSWORD);
    const ok = await p.request({ method: 'POST', url: '/api/auth/totp', cookie: cookieOf(first), body: { code } });
    expect(ok.statusCode).toBe(200);
    const second = await login('auditadmin', DEMO_PASSWORD);
    const replay = await p.request({ method: 'POST', url: '/api/auth/totp', cookie: cookieOf(second), body: { code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('SECOND_FACTOR_REUSED');
    const failures = await audits('auth.secondFactor', await userId('auditadmin'));
    expect(failures.at(-1)).toMatchObject({ outcome: 'failure' });
    expect(failures.at(-1)!.details).toMatchObject({ reason: 'codeReused' });
  });
});

describe('finding 6: sessions end when the password changes; older sessions at a new sign-in', () => {
  it('a password change signs out every other session of the account, not the one that changed it', async () => {
    const laptop = await p.login('huanshi.officer1');
    const phone = await p.login('huanshi.officer1');
    const res = await p.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie: laptop,
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'Zt5#pQ8!kM3w' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().endedSessions).toBe(1);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: phone })).statusCode).toBe(401);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: laptop })).statusCode).toBe(200);
  });

  it('by default a new sign-in says how many other sessions are open and can end them', async () => {
    const old = await p.login('huanshi.officer2');
    const res = await login('huanshi.officer2', DEMO_PASSWORD);
    expect(res.json().otherSessions).toBe(1);
    const fresh = cookieOf(res);
    const ended = await p.request({ method: 'POST', url: '/api/auth/sessions/end-others', cookie: fresh, body: {} });
    expect(ended.json()).toEqual({ ended: 1 });
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: old })).statusCode).toBe(401);
    expect((await p.request({ method: 'GET', url: '/api/auth/me', cookie: fresh })).statusCode).toBe(200);
  });

  it('ZHIFA_SESSIONS_ON_LOGIN=end ends the older sessions at sign-in', async () => {
    const strict = await createTestPlatform({ config: { sessionsOnLogin: 'end' } });
    try {
      const old = await strict.login('baisha.officer3');
      const res = await strict.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: 'baisha.officer3', password: DEMO_PASSWORD },
      });
      expect(res.json().otherSessions).toBe(0);
      expect((await strict.request({ method: 'GET', url: '/api/auth/me', cookie: old })).statusCode).toBe(401);
      expect((await strict.request({ method: 'GET', url: '/api/auth/me', cookie: cookieOf(res) })).statusCode).toBe(
        200,
      );
    } finally {
      await strict.close();
    }
  });
});
