import type { FastifyRequest } from 'fastify';
import { appendAudit, type AuditEntry } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { SessionActor } from '../../platform/route';
import { countFailure, lockedError } from './lockout';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords';
import { endOtherSessions, forgetSessions } from './sessions';

/**
 * Change one's own password. A wrong current password counts toward the lockout like a wrong
 * sign-in; a change ends every other session of the account (whoever else held one must
 * sign in again with the new password).
 */
export async function changePassword(
  app: AppContext,
  req: FastifyRequest,
  actor: SessionActor,
  current: string,
  next: string,
) {
  const now = app.now();
  const user = await app.db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const entry = (
    eventType: string,
    outcome: AuditEntry['outcome'],
    details: Record<string, unknown> = {},
  ): AuditEntry => ({
    actorId: user.id,
    actorName: user.name,
    actorRole: actor.primaryRole,
    agencyId: user.agency_id,
    sourceIp: req.ip,
    eventType,
    objectType: 'user',
    objectId: user.id,
    outcome,
    requestId: req.id,
    details,
  });
  if (!(await verifyPassword(user.password_hash, current))) {
    const failure = await app.db.transaction().execute(async (tx) => {
      const n = await countFailure(app, tx, user, now);
      await appendAudit(
        tx,
        app.keys.auditSeal,
        entry('auth.passwordChanged', 'failure', { reason: 'badPassword', failures: n.failures }),
      );
      if (n.lockedUntil)
        await appendAudit(
          tx,
          app.keys.auditSeal,
          entry('auth.lockout', 'success', { until: n.lockedUntil.toISOString() }),
        );
      return n;
    });
    forgetSessions(app);
    if (failure.lockedUntil) throw lockedError(failure.lockedUntil);
    throw new AppError(400, 'WRONG_PASSWORD', '当前密码不正确');
  }
  assertPasswordPolicy(next, user.username);
  const hash = await hashPassword(next);
  const endedSessions = await app.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: now, failed_attempts: 0 })
      .where('id', '=', user.id)
      .execute();
    const ended = await endOtherSessions(app, tx, user.id, actor.sessionId);
    await appendAudit(tx, app.keys.auditSeal, entry('auth.passwordChanged', 'success', { endedSessions: ended }));
    return ended;
  });
  return { ok: true as const, endedSessions };
}
