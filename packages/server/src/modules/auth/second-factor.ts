import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, unauthorized } from '../../platform/errors';
import type { Me } from '@zhifa/contract';
import { loadMe } from './current-user';
import { countFailure } from './lockout';
import { afterSignIn, completeSecondFactor, forgetSessions, sessionRow } from './sessions';
import { decryptTotpSecret, verifyTotp } from './totp';

/** TOTP step: confirms enrolment on first use, then completes the sign-in with a new session id. */
export async function confirmSecondFactor(
  app: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  code: string,
): Promise<{ user: Me; otherSessions: number }> {
  const session = await sessionRow(app, req);
  if (!session || !session.second_factor_pending)
    throw unauthorized('请先输入用户名和密码', 'SECOND_FACTOR_NOT_PENDING');
  const now = app.now();
  // The password step must have been recent: a half-signed-in session lives five minutes.
  if (now.getTime() - new Date(session.created_at).getTime() > 5 * 60_000) {
    await app.db.deleteFrom('sessions').where('id', '=', session.id).execute();
    throw unauthorized('验证超时，请重新登录', 'SECOND_FACTOR_EXPIRED');
  }
  const user = await app.db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirstOrThrow();
  if (user.locked_until && new Date(user.locked_until) > now)
    throw new AppError(423, 'ACCOUNT_LOCKED', '账号已被锁定，请联系安全管理员');
  const secret = user.totp_secret_enc ? decryptTotpSecret(app, user.totp_secret_enc) : null;
  const lastStep = user.totp_last_counter === null ? null : Number(user.totp_last_counter);
  const step = secret === null ? null : await verifyTotp(secret, code, now, lastStep);
  const valid = step !== null;
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
    const reused = secret !== null && lastStep !== null && (await verifyTotp(secret, code, now)) !== null;
    await app.db.transaction().execute(async (tx) => {
      const next = await countFailure(app, tx, user, now);
      await appendAudit(tx, app.keys.auditSeal, {
        ...base,
        eventType: 'auth.secondFactor',
        outcome: 'failure',
        details: { failures: next.failures, ...(reused ? { reason: 'codeReused' } : {}) },
      });
      if (next.lockedUntil)
        await appendAudit(tx, app.keys.auditSeal, { ...base, eventType: 'auth.lockout', outcome: 'success' });
    });
    forgetSessions(app);
    if (reused) throw new AppError(401, 'SECOND_FACTOR_REUSED', '该动态验证码已使用过，请等待下一个验证码');
    throw new AppError(401, 'INVALID_SECOND_FACTOR', '动态验证码错误');
  }
  const claimed = await app.db.transaction().execute(async (tx) => {
    // The step is claimed with a condition, so two requests racing with one code cannot both pass.
    const row = await tx
      .updateTable('users')
      .set({ totp_enabled: true, failed_attempts: 0, last_login_at: now, totp_last_counter: step })
      .where('id', '=', user.id)
      .where((eb) => eb.or([eb('totp_last_counter', 'is', null), eb('totp_last_counter', '<', String(step))]))
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await appendAudit(tx, app.keys.auditSeal, {
      ...base,
      eventType: 'auth.login',
      outcome: 'success',
      details: { secondFactor: user.totp_enabled ? 'totp' : 'totpEnrolled' },
    });
    return true;
  });
  if (!claimed) throw new AppError(401, 'SECOND_FACTOR_REUSED', '该动态验证码已使用过，请等待下一个验证码');
  const sessionId = await completeSecondFactor(app, req, reply, user.id);
  const otherSessions = await afterSignIn(app, user.id, sessionId);
  return { user: await loadMe(app, user.id), otherSessions };
}
