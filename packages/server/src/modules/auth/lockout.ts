import type { Tx } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/** The one answer for a wrong user name or password: it never says which, nor how many tries are left. */
export const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');

export function lockedError(until: Date) {
  const hhmm = until.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  });
  return new AppError(423, 'ACCOUNT_LOCKED', `账号因连续登录失败已被锁定，请于 ${hhmm} 后重试，或联系安全管理员解锁`, {
    lockedUntil: until.toISOString(),
  });
}

interface Counter {
  failed_attempts: number;
  locked_until: Date | null;
}

/** The counter after one more failure: a lock that has run out starts the count again. */
export function nextFailure(app: AppContext, row: Counter, now: Date): { failures: number; lockedUntil: Date | null } {
  const { maxFailures, lockMinutes } = app.config.lockout;
  const lockExpired = row.locked_until !== null && new Date(row.locked_until) <= now;
  const failures = (lockExpired ? 0 : row.failed_attempts) + 1;
  return failures >= maxFailures
    ? { failures, lockedUntil: new Date(now.getTime() + lockMinutes * 60_000) }
    : { failures, lockedUntil: null };
}

/**
 * Count a wrong password (sign-in, password change) or code against a real account; on the last
 * allowed failure lock it and end its sessions, since whoever holds one may be the guesser.
 */
export async function countFailure(app: AppContext, tx: Tx, user: { id: string } & Counter, now: Date) {
  const next = nextFailure(app, user, now);
  await tx
    .updateTable('users')
    .set({ failed_attempts: next.lockedUntil ? 0 : next.failures, locked_until: next.lockedUntil })
    .where('id', '=', user.id)
    .execute();
  if (next.lockedUntil) await tx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  return next;
}

/** The same counting for a user name that does not exist, so its answers look like a real one's. */
export async function countUnknownFailure(app: AppContext, tx: Tx, username: string, now: Date) {
  const row = await tx
    .selectFrom('unknown_login_failures')
    .selectAll()
    .where('username', '=', username)
    .forUpdate()
    .executeTakeFirst();
  const next = nextFailure(app, row ?? { failed_attempts: 0, locked_until: null }, now);
  const values = {
    failed_attempts: next.lockedUntil ? 0 : next.failures,
    locked_until: next.lockedUntil,
    updated_at: now,
  };
  await tx
    .insertInto('unknown_login_failures')
    .values({ username, ...values })
    .onConflict((oc) => oc.column('username').doUpdateSet(values))
    .execute();
  // Made-up names are the attacker's choice: forget those quiet for a day, so the table stays small.
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await tx
    .deleteFrom('unknown_login_failures')
    .where('updated_at', '<', dayAgo)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
  return next;
}

export async function unknownLockedUntil(app: AppContext, username: string, now: Date): Promise<Date | null> {
  const row = await app.db
    .selectFrom('unknown_login_failures')
    .select('locked_until')
    .where('username', '=', username)
    .executeTakeFirst();
  return row?.locked_until && new Date(row.locked_until) > now ? new Date(row.locked_until) : null;
}
