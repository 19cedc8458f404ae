import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, unauthorized } from '../../platform/errors';
import { loadMe, type Me } from './current-user';
import { completeSecondFactor, sessionRow } from './sessions';
import { decryptTotpSecret, verifyTotp } from './totp';

/** TOTP step: confirms enrolment on first use, then completes the sign-in with a new session id. */
export async function confirmSecondFactor(app: AppContext, req: FastifyRequest, reply: FastifyReply, code: string): Promise<Me> {
  const session = await sessionRow(app, req);
  if (!session || !session.second_factor_pending) throw unauthorized('请先输入用户名和密码', 'SECOND_FACTOR_NOT_PENDING');
  const now = app.now();
  // The password step must have been recent: a half-signed-in session lives five minutes.
  if (now.getTime() - new Date(session.created_at).getTime() > 5 * 60_000) {
    await app.db.deleteFrom('sessions').where('id', '=', session.id).execute();
    throw unauthorized('验证超时，请重新登录', 'SECOND_FACTOR_EXPIRED');
  }
  const user = await app.db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirstOrThrow();
  if (user.locked_until && new Date(user.locked_until) > now) throw new AppError(423, 'ACCOUNT_LOCKED', '账号已被锁定，请联系安全管理员');
  const secret = user.totp_secret_enc ? decryptTotpSecret(app, user.totp_secret_enc) : null;
  const valid = secret !== null && (await verifyTotp(secret, code, now));
  const base = {
    actorId: user.id,
    actorName: user.name,
    actorRole: user.roles[0] ?? null,
    agencyId: user.agency_id,
    sourceIp: req.ip,
    objectType: 'user',
    objectId: user.id,
    requestId: req.id,
  };
  if (!valid) {
    const failures = user.failed_attempts + 1;
    const lockNow = failures >= app.config.lockout.maxFailures;
    await app.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({
          failed_attempts: lockNow ? 0 : failures,
          locked_until: lockNow ? new Date(now.getTime() + app.config.lockout.lockMinutes * 60_000) : null,
        })
        .where('id', '=', user.id)
        .execute();
      await appendAudit(tx, app.keys.auditSeal, { ...base, eventType: 'auth.secondFactor', outcome: 'failure', details: { failures } });
      if (lockNow) await appendAudit(tx, app.keys.auditSeal, { ...base, eventType: 'auth.lockout', outcome: 'success' });
    });
    throw new AppError(401, 'INVALID_SECOND_FACTOR', '动态验证码错误');
  }
  await app.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ totp_enabled: true, failed_attempts: 0, last_login_at: now })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(tx, app.keys.auditSeal, {
      ...base,
      eventType: 'auth.login',
      outcome: 'success',
      details: { secondFactor: user.totp_enabled ? 'totp' : 'totpEnrolled' },
    });
  });
  await completeSecondFactor(app, req, reply, user.id);
  return loadMe(app, user.id);
}
