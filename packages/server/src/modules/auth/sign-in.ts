import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRole, requiresSecondFactor, type Role } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { loadMe, type Me } from './current-user';
import { decoyHash, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { encryptTotpSecret, enrolmentPayload, newTotpSecret } from './totp';

export type SignInResult =
  | { status: 'ok'; user: Me }
  | { status: 'secondFactorRequired' }
  | { status: 'enrolmentRequired'; otpauthUrl: string; qrDataUrl: string };

const INVALID = () => new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');

function lockedError(until: Date) {
  const hhmm = until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  return new AppError(423, 'ACCOUNT_LOCKED', `账号因连续登录失败已被锁定，请于 ${hhmm} 后重试，或联系安全管理员解锁`, {
    lockedUntil: until.toISOString(),
  });
}

interface Audit {
  tx: Tx;
  event: string;
  outcome: 'success' | 'failure';
  user?: { id: string; name: string; roles: string[]; agency_id: string | null } | null;
  details?: Record<string, unknown>;
}

/**
 * Password step of sign-in. Failures are counted and audited in their own committed
 * transaction before the error goes back, so a refused attempt is never lost.
 */
export async function signIn(app: AppContext, req: FastifyRequest, reply: FastifyReply, username: string, password: string): Promise<SignInResult> {
  const now = app.now();
  const audit = ({ tx, event, outcome, user, details }: Audit) =>
    appendAudit(tx, app.keys.auditSeal, {
      actorId: user?.id ?? null,
      actorName: user?.name ?? null,
      actorRole: user?.roles[0] ?? null,
      agencyId: user?.agency_id ?? null,
      sourceIp: req.ip,
      eventType: event,
      objectType: 'user',
      objectId: user?.id ?? null,
      outcome,
      requestId: req.id,
      details: { username, ...details },
    });

  const user = await app.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    await app.db.transaction().execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', details: { reason: 'unknownUser' } }));
    throw INVALID();
  }
  if (user.disabled) {
    await app.db.transaction().execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'disabled' } }));
    throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系系统管理员');
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    // During the lock even the right password is refused, and it is not checked at all.
    await app.db.transaction().execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'locked' } }));
    throw lockedError(new Date(user.locked_until));
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok) {
    const { maxFailures, lockMinutes } = app.config.lockout;
    const lockExpired = user.locked_until !== null && new Date(user.locked_until) <= now;
    const failures = (lockExpired ? 0 : user.failed_attempts) + 1;
    const lockNow = failures >= maxFailures;
    const until = new Date(now.getTime() + lockMinutes * 60_000);
    await app.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('users')
        .set({ failed_attempts: lockNow ? 0 : failures, locked_until: lockNow ? until : null })
        .where('id', '=', user.id)
        .execute();
      await audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'badPassword', failures } });
      if (lockNow) await audit({ tx, event: 'auth.lockout', outcome: 'success', user, details: { until: until.toISOString() } });
    });
    if (lockNow) throw lockedError(until);
    throw new AppError(401, 'INVALID_CREDENTIALS', `用户名或密码错误，再失败 ${maxFailures - failures} 次账号将被锁定`, {
      remainingAttempts: maxFailures - failures,
    });
  }

  const roles = user.roles.filter(isRole) as Role[];
  const needsSecondFactor = requiresSecondFactor(roles, app.config.require2fa);
  let enrolment: { otpauthUrl: string; qrDataUrl: string } | null = null;
  await app.db.transaction().execute(async (tx) => {
    const patch: { failed_attempts: number; locked_until: null; last_login_at?: Date; totp_secret_enc?: string } = {
      failed_attempts: 0,
      locked_until: null,
    };
    if (!needsSecondFactor) patch.last_login_at = now;
    if (needsSecondFactor && !user.totp_enabled) {
      // First sign-in of someone who must have a second factor: enrol now (QR code on the page).
      const secret = newTotpSecret();
      patch.totp_secret_enc = encryptTotpSecret(app, secret);
      enrolment = await enrolmentPayload(user.username, secret);
    }
    await tx.updateTable('users').set(patch).where('id', '=', user.id).execute();
    await audit({
      tx,
      event: needsSecondFactor ? 'auth.password' : 'auth.login',
      outcome: 'success',
      user,
      details: needsSecondFactor ? { secondFactor: user.totp_enabled ? 'required' : 'enrolment' } : {},
    });
  });
  await createSession(app, reply, req, user.id, needsSecondFactor);
  if (enrolment) return { status: 'enrolmentRequired', ...(enrolment as { otpauthUrl: string; qrDataUrl: string }) };
  if (needsSecondFactor) return { status: 'secondFactorRequired' };
  return { status: 'ok', user: await loadMe(app, user.id) };
}
