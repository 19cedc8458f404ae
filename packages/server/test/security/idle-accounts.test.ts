// Issue 10, finding 10: accounts unused for 90 days are disabled, with a warning at 80.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { sweepIdleAccounts } from '../../src/modules/users/idle-accounts';
import { createTestPlatform, DEMO_PASSWORD, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ config: { idleAccounts: { warnDays: 80, disableDays: 90 } } });
});
afterAll(async () => {
  await p?.close();
});

const DAY = 24 * 60;
const login = (username: string, password = DEMO_PASSWORD) =>
  p.request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
const disabled = async (username: string) =>
  (await p.app.db.selectFrom('users').select('disabled').where('username', '=', username).executeTakeFirstOrThrow())
    .disabled;

describe('idle accounts (等保 8.1.4.2c)', () => {
  it('production enforces 90/80 days by default; demo and test modes only when asked', () => {
    expect(loadConfig({ ZHIFA_MODE: 'production' }).idleAccounts).toEqual({ warnDays: 80, disableDays: 90 });
    expect(loadConfig({ ZHIFA_MODE: 'demo' }).idleAccounts).toBeNull();
    expect(loadConfig({ ZHIFA_MODE: 'demo', ZHIFA_IDLE_DISABLE_DAYS: '60' }).idleAccounts).toEqual({
      warnDays: 50,
      disableDays: 60,
    });
  });

  it('warned once at 80 days, disabled at 90 unless used in between; the sign-in itself also applies the rule', async () => {
    expect((await login('hetang.officer1')).statusCode).toBe(200);
    p.clock.advanceMinutes(81 * DAY);
    const first = await sweepIdleAccounts(p.app);
    expect(first.warned).toEqual(expect.arrayContaining(['hetang.officer1', 'hetang.officer2', 'sysadmin']));
    expect(first.disabled).toEqual([]);
    expect((await sweepIdleAccounts(p.app)).warned).toEqual([]);
    const warnings = await p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'user.idleWarning')
      .execute();
    expect(warnings.filter((w) => JSON.stringify(w.details).includes('"hetang.officer1"'))).toHaveLength(1);
    // The system administrator's user list shows the warning.
    const list = await p.request({
      method: 'GET',
      url: '/api/users?q=hetang.officer2',
      cookie: await p.login('sysadmin'),
    });
    expect(list.json()[0].idleWarnedAt).not.toBeNull();

    // Used on day 85: the count starts again.
    p.clock.advanceMinutes(4 * DAY);
    expect((await login('hetang.officer1')).statusCode).toBe(200);
    await p.login('sysadmin');

    p.clock.advanceMinutes(6 * DAY);
    const second = await sweepIdleAccounts(p.app);
    expect(second.disabled).toContain('hetang.officer2');
    expect(second.disabled).not.toContain('hetang.officer1');
    expect(second.disabled).not.toContain('sysadmin');
    expect(await disabled('hetang.officer2')).toBe(true);

    // Between sweeps the sign-in disables an idle account by itself; a wrong password learns nothing.
    await p.app.db.updateTable('users').set({ disabled: false }).where('username', '=', 'hetang.officer3').execute();
    expect((await login('hetang.officer3', 'wrong-password-1')).json().code).toBe('INVALID_CREDENTIALS');
    const idle = await login('hetang.officer3');
    expect(idle.statusCode).toBe(403);
    expect(idle.json().code).toBe('ACCOUNT_IDLE_DISABLED');
    expect(await disabled('hetang.officer3')).toBe(true);

    // The system administrator re-enables; the count restarts from then.
    const sys = await p.login('sysadmin');
    const id = (
      await p.app.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'hetang.officer2')
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (await p.request({ method: 'POST', url: `/api/users/${id}/disable`, cookie: sys, body: { disabled: false } }))
        .statusCode,
    ).toBe(200);
    expect((await sweepIdleAccounts(p.app)).disabled).not.toContain('hetang.officer2');
    expect((await login('hetang.officer2')).statusCode).toBe(200);
  });
});
