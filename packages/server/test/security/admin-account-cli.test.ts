// Finding 1, the second administrators' approval: `npm run admin:account` changes an
// administrator's account only with two other administrators (of different roles) confirming.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSecret, generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/bootstrap';
import { loadConfig, REPO_ROOT } from '../../src/config';
import { hashPassword } from '../../src/modules/auth/passwords';
import { encryptTotpSecret } from '../../src/modules/auth/totp';

const PASSWORD = 'Kq7#mW2!vR9z-admin';

describe('npm run admin:account', () => {
  it('disables the audit administrator only when the system and security administrators both confirm; the change is audited with both', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-admins-'));
    const env = { ...process.env, ZHIFA_DATA_DIR: dir, ZHIFA_MODE: 'production', DATABASE_URL: '' };
    const config = loadConfig(env);
    const opened = await openPlatform(config);
    const secrets: Record<string, string> = {};
    for (const [username, role] of [
      ['sys', 'systemAdmin'],
      ['sec', 'securityAdmin'],
      ['aud', 'auditAdmin'],
    ] as const) {
      secrets[username] = generateSecret();
      await opened.app.db
        .insertInto('users')
        .values({
          username,
          name: username,
          agency_id: null,
          roles: [role],
          password_hash: await hashPassword(PASSWORD),
          totp_secret_enc: encryptTotpSecret(opened.app, secrets[username]),
          totp_enabled: true,
        })
        .execute();
    }
    await opened.database.close();
    opened.release();
    // A code works once: a later attempt takes the next step's code (the server allows one step of drift).
    const code = (u: string, step = 0) =>
      generateSync({ secret: secrets[u], epoch: Math.floor(Date.now() / 1000) + step * 30 });
    const run = (approvers: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
          '--conditions=source',
          'packages/server/src/cli/admin-account.ts',
          'disable',
          'aud',
        ],
        {
          cwd: REPO_ROOT,
          env: { ...env, ...approvers },
          encoding: 'utf8',
        },
      );
    const disabled = async () => {
      const o = await openPlatform(config);
      const row = await o.app.db
        .selectFrom('users')
        .select('disabled')
        .where('username', '=', 'aud')
        .executeTakeFirstOrThrow();
      const audits = await o.app.db
        .selectFrom('audit_log')
        .selectAll()
        .where('event_type', '=', 'admin.accountChange')
        .orderBy('seq')
        .execute();
      await o.database.close();
      o.release();
      return { disabled: row.disabled, audits };
    };

    // One administrator alone (the second confirmation wrong) changes nothing, and the attempt is audited.
    const alone = run({
      ZHIFA_APPROVER1_USERNAME: 'sys',
      ZHIFA_APPROVER1_PASSWORD: PASSWORD,
      ZHIFA_APPROVER1_CODE: code('sys'),
      ZHIFA_APPROVER2_USERNAME: 'sec',
      ZHIFA_APPROVER2_PASSWORD: 'wrong-password',
      ZHIFA_APPROVER2_CODE: code('sec'),
    });
    expect(alone.status).toBe(1);
    let state = await disabled();
    expect(state.disabled).toBe(false);
    expect(state.audits.at(-1)).toMatchObject({ outcome: 'failure' });

    // Twice the same role is not two administrators' approval.
    const sameRole = run({
      ZHIFA_APPROVER1_USERNAME: 'sec',
      ZHIFA_APPROVER1_PASSWORD: PASSWORD,
      ZHIFA_APPROVER1_CODE: code('sec'),
      ZHIFA_APPROVER2_USERNAME: 'sec',
      ZHIFA_APPROVER2_PASSWORD: PASSWORD,
      ZHIFA_APPROVER2_CODE: code('sec'),
    });
    expect(sameRole.status).toBe(1);
    expect((await disabled()).disabled).toBe(false);

    const both = run({
      ZHIFA_APPROVER1_USERNAME: 'sys',
      ZHIFA_APPROVER1_PASSWORD: PASSWORD,
      ZHIFA_APPROVER1_CODE: code('sys', 1),
      ZHIFA_APPROVER2_USERNAME: 'sec',
      ZHIFA_APPROVER2_PASSWORD: PASSWORD,
      ZHIFA_APPROVER2_CODE: code('sec', 1),
    });
    expect(both.status, both.stderr).toBe(0);
    state = await disabled();
    expect(state.disabled).toBe(true);
    expect(state.audits.at(-1)).toMatchObject({ outcome: 'success' });
    expect(state.audits.at(-1)!.details).toMatchObject({ action: 'disable', approvers: ['sys', 'sec'] });
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
