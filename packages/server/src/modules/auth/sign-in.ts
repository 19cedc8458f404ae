import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRole, requiresSecondFactor, type Role } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Me } from '@zhifa/contract';
import { loadMe } from './current-user';
import { decoyHash, verifyPassword } from './passwords';
import { countFailure, countUnknownFailure, invalidCredentials, lockedError, unknownLockedUntil } from './lockout';
import { afterSignIn, createSession, forgetSessions } from './sessions';
import { encryptTotpSecret, enrolmentPayload, newTotpSecret } from './totp';

export type SignInResult =
  | { status: 'ok'; user: Me; otherSessions: number }
  | { status: 'secondFactorRequired' }
  | { status: 'enrolmentRequired'; otpauthUrl: string; qrDataUrl: string };

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
export async function signIn(
  app: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  username: string,
  password: string,
): Promise<SignInResult> {
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
    // An unknown name is counted and locked like a real account, so the answers never tell them apart.
    await verifyPassword(await decoyHash(), password);
    const locked = await unknownLockedUntil(app, username, now);
    if (locked) {
      await app.db
        .transaction()
        .execute((tx) =>
          audit({ tx, event: 'auth.login', outcome: 'failure', details: { reason: 'unknownUser', locked: true } }),
        );
      throw lockedError(locked);
    }
    const next = await app.db.transaction().execute(async (tx) => {
      const n = await countUnknownFailure(app, tx, username, now);
      await audit({
        tx,
        event: 'auth.login',
        outcome: 'failure',
        details: { reason: 'unknownUser', failures: n.failures },
      });
      return n;
    });
    if (next.lockedUntil) throw lockedError(next.lockedUntil);
    throw invalidCredentials();
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    // During the lock even the right password is refused, and it is not checked at all.
    await app.db
      .transaction()
      .execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'locked' } }));
    throw lockedError(new Date(user.locked_until));
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok) {
    const next = await app.db.transaction().execute(async (tx) => {
      const n = await countFailure(app, tx, user, now);
      await audit({
        tx,
        event: 'auth.login',
        outcome: 'failure',
        user,
        details: { reason: 'badPassword', failures: n.failures },
      });
      if (n.lockedUntil)
        await audit({
          tx,
          event: 'auth.lockout',
          outcome: 'success',
          user,
          details: { until: n.lockedUntil.toISOString() },
        });
      return n;
    });
    forgetSessions(app);
    if (next.lockedUntil) throw lockedError(next.lockedUntil);
    throw invalidCredentials();
  }
  // Only someone who knows the password learns that the account is disabled or has no role yet.
  const idle = idleDays(app, user, now);
  if (!user.disabled && idle !== null && idle >= app.config.idleAccounts!.disableDays) {
    await app.db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ disabled: true }).where('id', '=', user.id).execute();
      await audit({ tx, event: 'user.idleDisabled', outcome: 'success', user, details: { idleDays: idle } });
    });
    throw new AppError(403, 'ACCOUNT_IDLE_DISABLED', `账号已 ${idle} 天未使用，按规定已停用，请联系系统管理员启用`);
  }
  if (user.disabled) {
    await app.db
      .transaction()
      .execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'disabled' } }));
    throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系系统管理员');
  }
  if (!user.roles.some(isRole)) {
    await app.db
      .transaction()
      .execute((tx) => audit({ tx, event: 'auth.login', outcome: 'failure', user, details: { reason: 'noRole' } }));
    throw new AppError(403, 'NO_ROLE', '账号尚未授予角色，请联系安全管理员');
  }

  const roles: Role[] = user.roles.filter(isRole);
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
  const sessionId = await createSession(app, reply, req, user.id, needsSecondFactor);
  if (enrolment) return { status: 'enrolmentRequired', ...(enrolment as { otpauthUrl: string; qrDataUrl: string }) };
  if (needsSecondFactor) return { status: 'secondFactorRequired' };
  const otherSessions = await afterSignIn(app, user.id, sessionId);
  return { status: 'ok', user: await loadMe(app, user.id), otherSessions };
}

/** Days since the account was last used (or created, or re-enabled); null when idle accounts are not enforced. */
export function idleDays(
  app: AppContext,
  user: { last_login_at: Date | null; created_at: Date; reenabled_at: Date | null },
  now: Date,
): number | null {
  if (!app.config.idleAccounts) return null;
  const since = Math.max(
    ...[user.last_login_at, user.created_at, user.reenabled_at]
      .filter((d): d is Date => d !== null)
      .map((d) => new Date(d).getTime()),
  );
  return Math.floor((now.getTime() - since) / 86_400_000);
}
