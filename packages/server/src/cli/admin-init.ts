import readline from 'node:readline/promises';
import { validateRoleSet, type AdminRole } from '@zhifa/domain';
import { appendAudit } from '../platform/audit';
import { assertPasswordPolicy, hashPassword } from '../modules/auth/passwords';
import { type AppError } from '../platform/errors';
import { fail, openForCli } from './open';

/**
 * `npm run admin:init`: create the three administrator accounts (系统、安全、审计) with fresh
 * credentials. Required before first use in production, where no default account exists.
 * Non-interactive use: ZHIFA_ADMIN_<ROLE>_USERNAME / _PASSWORD environment variables.
 */
const ROLES: { role: AdminRole; label: string; env: string; fallback: string }[] = [
  { role: 'systemAdmin', label: '系统管理员', env: 'SYSTEM', fallback: 'sysadmin' },
  { role: 'securityAdmin', label: '安全管理员', env: 'SECURITY', fallback: 'secadmin' },
  { role: 'auditAdmin', label: '审计管理员', env: 'AUDIT', fallback: 'auditadmin' },
];

const { app, database, release } = await openForCli({ readOnly: false });
try {
  const existing = await app.db.selectFrom('users').select(['username', 'roles']).execute();
  const rl = process.stdin.isTTY ? readline.createInterface({ input: process.stdin, output: process.stdout }) : null;
  for (const r of ROLES) {
    if (existing.some((u) => u.roles.includes(r.role))) {
      process.stdout.write(`${r.label}已存在，跳过。\n`);
      continue;
    }
    const username =
      process.env[`ZHIFA_ADMIN_${r.env}_USERNAME`] ||
      (rl ? (await rl.question(`${r.label}用户名 [${r.fallback}]：`)) || r.fallback : r.fallback);
    const password =
      process.env[`ZHIFA_ADMIN_${r.env}_PASSWORD`] ||
      (rl ? await rl.question(`${r.label}密码（至少 12 位，含三类字符）：`) : '');
    if (!password) fail(`缺少${r.label}密码：请交互运行，或设置 ZHIFA_ADMIN_${r.env}_PASSWORD`);
    try {
      assertPasswordPolicy(password, username);
    } catch (err) {
      fail(`${r.label}密码不符合要求：${(err as AppError).message}`);
    }
    const check = validateRoleSet([r.role]);
    if (!check.ok) fail(check.message);
    await app.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('users')
        .values({
          username,
          name: r.label,
          agency_id: null,
          roles: [r.role],
          password_hash: await hashPassword(password),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(tx, app.keys.auditSeal, {
        eventType: 'user.created',
        outcome: 'success',
        objectType: 'user',
        objectId: row.id,
        details: { username, roles: [r.role], via: 'admin:init' },
      });
    });
    process.stdout.write(`已创建${r.label}：${username}（首次登录时绑定动态验证码）\n`);
  }
  rl?.close();
} finally {
  await database.close();
  release();
}
