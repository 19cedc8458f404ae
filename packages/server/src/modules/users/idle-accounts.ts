import { sql } from 'kysely';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { forgetSessions } from '../auth/sessions';

/**
 * Idle accounts (等保 8.1.4.2c; security.md S9): an account unused for `warnDays` (80) is
 * warned once — an audit event the system administrator's user list shows — and at
 * `disableDays` (90) it is disabled. "Used" is the last sign-in, or the creation or
 * re-enabling of the account when later. Sign-in applies the same rule (sign-in.ts).
 */
export async function sweepIdleAccounts(app: AppContext): Promise<{ warned: string[]; disabled: string[] }> {
  const policy = app.config.idleAccounts;
  if (!policy) return { warned: [], disabled: [] };
  const now = app.now();
  const lastUse = sql<Date>`greatest(users.last_login_at, users.created_at, users.reenabled_at)`;
  const cutoff = (days: number) => new Date(now.getTime() - days * 86_400_000);
  return app.db.transaction().execute(async (tx) => {
    const disabled = await tx
      .updateTable('users')
      .set({ disabled: true })
      .where('disabled', '=', false)
      .where(lastUse, '<=', cutoff(policy.disableDays))
      .returning(['id', 'username'])
      .execute();
    const warned = await tx
      .updateTable('users')
      .set({ idle_warned_at: now })
      .where('disabled', '=', false)
      .where(lastUse, '<=', cutoff(policy.warnDays))
      .where((eb) => eb.or([eb('idle_warned_at', 'is', null), eb('idle_warned_at', '<', lastUse)]))
      .returning(['id', 'username'])
      .execute();
    for (const u of disabled) {
      await tx.deleteFrom('sessions').where('user_id', '=', u.id).execute();
      await appendAudit(tx, app.keys.auditSeal, {
        eventType: 'user.idleDisabled',
        outcome: 'success',
        objectType: 'user',
        objectId: u.id,
        details: { username: u.username, days: policy.disableDays },
      });
    }
    for (const u of warned) {
      await appendAudit(tx, app.keys.auditSeal, {
        eventType: 'user.idleWarning',
        outcome: 'success',
        objectType: 'user',
        objectId: u.id,
        details: { username: u.username, days: policy.warnDays, disableAfterDays: policy.disableDays },
      });
    }
    if (disabled.length) forgetSessions(app);
    return { warned: warned.map((u) => u.username), disabled: disabled.map((u) => u.username) };
  });
}

/** Hourly sweep; null when idle accounts are not enforced in this deployment. */
export function scheduleIdleAccountSweep(
  app: AppContext,
  log: { error: (o: object, m: string) => void },
): { stop: () => void } | null {
  if (!app.config.idleAccounts) return null;
  const run = () => void sweepIdleAccounts(app).catch((err: unknown) => log.error({ err }, '闲置账号检查失败'));
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
