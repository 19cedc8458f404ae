import readline from 'node:readline/promises';
import { isAdminRole, isRole } from '@zhifa/domain';
import { appendAudit } from '../platform/audit';
import { verifyPassword } from '../modules/auth/passwords';
import { decryptTotpSecret, verifyTotp } from '../modules/auth/totp';
import { fail, openForCli } from './open';

/**
 * `npm run admin:account -- <disable|enable|reset-second-factor> <username>`: change an
 * administrator's account, which no administrator may do alone (三权分立). Run on the server;
 * two other administrators, of two different administrator roles, confirm with their password
 * and current code. Non-interactive: ZHIFA_APPROVER1_USERNAME / _PASSWORD / _CODE and APPROVER2.
 */
const ACTIONS = ['disable', 'enable', 'reset-second-factor'] as const;
type Action = (typeof ACTIONS)[number];

const [action, username] = process.argv.slice(2) as [Action | undefined, string | undefined];
if (!action || !ACTIONS.includes(action) || !username)
  fail(`用法：npm run admin:account -- <${ACTIONS.join('|')}> <用户名>`, 2);

const { app, database, release } = await openForCli({ readOnly: false });
const rl = process.stdin.isTTY ? readline.createInterface({ input: process.stdin, output: process.stdout }) : null;
try {
  const target = await app.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!target) fail(`用户 ${username} 不存在`);
  if (!target.roles.some((r) => isRole(r) && isAdminRole(r)))
    fail(`${username} 不是管理员账号：请由系统管理员或安全管理员在平台上操作`);

  const approvers: { id: string; username: string; role: string }[] = [];
  for (const n of [1, 2]) {
    const ask = async (suffix: string, label: string) =>
      process.env[`ZHIFA_APPROVER${n}_${suffix}`] || (rl ? await rl.question(`第 ${n} 位确认人${label}：`) : '');
    const who = await ask('USERNAME', '用户名');
    const approver = await app.db.selectFrom('users').selectAll().where('username', '=', who).executeTakeFirst();
    const role = approver?.roles.find((r) => isRole(r) && isAdminRole(r));
    if (!approver || !role || approver.disabled || approver.id === target.id)
      fail(`确认人 ${who} 须是另一位在用的管理员`);
    if (approvers.some((a) => a.role === role)) fail('两位确认人须分属不同的管理员角色');
    const password = await ask('PASSWORD', '密码');
    const code = await ask('CODE', '动态验证码');
    const secret = approver.totp_secret_enc ? decryptTotpSecret(app, approver.totp_secret_enc) : null;
    const lastStep = approver.totp_last_counter === null ? null : Number(approver.totp_last_counter);
    const step = secret ? await verifyTotp(secret, code, app.now(), lastStep) : null;
    if (!(await verifyPassword(approver.password_hash, password)) || step === null) {
      await app.db.transaction().execute((tx) =>
        appendAudit(tx, app.keys.auditSeal, {
          actorId: approver.id,
          actorName: approver.name,
          actorRole: role,
          eventType: 'admin.accountChange',
          outcome: 'failure',
          objectType: 'user',
          objectId: target.id,
          details: { action, reason: 'approverNotVerified', via: 'admin:account' },
        }),
      );
      fail(`确认人 ${who} 的密码或动态验证码不正确`);
    }
    await app.db.updateTable('users').set({ totp_last_counter: step }).where('id', '=', approver.id).execute();
    approvers.push({ id: approver.id, username: approver.username, role });
  }

  await app.db.transaction().execute(async (tx) => {
    if (action === 'disable')
      await tx.updateTable('users').set({ disabled: true }).where('id', '=', target.id).execute();
    if (action === 'enable')
      await tx
        .updateTable('users')
        .set({ disabled: false, reenabled_at: app.now(), idle_warned_at: null })
        .where('id', '=', target.id)
        .execute();
    if (action === 'reset-second-factor') {
      await tx
        .updateTable('users')
        .set({ totp_enabled: false, totp_secret_enc: null, totp_last_counter: null })
        .where('id', '=', target.id)
        .execute();
    }
    if (action !== 'enable') await tx.deleteFrom('sessions').where('user_id', '=', target.id).execute();
    await appendAudit(tx, app.keys.auditSeal, {
      actorId: approvers[0].id,
      actorName: approvers[0].username,
      actorRole: approvers[0].role,
      eventType: 'admin.accountChange',
      outcome: 'success',
      objectType: 'user',
      objectId: target.id,
      details: { action, username: target.username, approvers: approvers.map((a) => a.username), via: 'admin:account' },
    });
  });
  process.stdout.write(
    `已对管理员 ${target.username} 执行：${action}（确认人：${approvers.map((a) => a.username).join('、')}）\n`,
  );
} finally {
  rl?.close();
  await database.close();
  release();
}
