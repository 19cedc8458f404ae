// Deadlines that appear or move with time alone (the domain's deadlinesRefreshOn: the court
// application period once a fine is overdue) reach case_deadlines on a schedule, not only at the
// case's next action. Each case due is re-folded from its log and re-projected in a transaction of
// its own, holding the row lock a command would, so it never interleaves with a command.
import type { FastifyBaseLogger } from 'fastify';
import { appendAudit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { loadCalendar } from '../../../shared/calendar-store';
import { loadCaseConfig } from '../../../shared/case-config';
import { foldRow, loadActions, loadCaseRow } from '../load-case';
import { projectDeadlinesOnly } from './project';

export const REFRESH_EVENT = 'case.deadlinesRefreshed';
const HOUR = 3_600_000;

export interface RefreshReport {
  today: string;
  /** Cases whose refresh date had come. */
  due: number;
  refreshed: number;
  /** A command recomputed the date between the selection and the lock. */
  skipped: number;
  failed: string[];
}

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Refresh every case whose deadlines_refresh_on is today or earlier, in keyset batches by id. */
export async function refreshDueDeadlines(
  app: AppContext,
  options: { batchSize?: number; log?: Log } = {},
): Promise<RefreshReport> {
  const log = options.log ?? silent;
  const batchSize = options.batchSize ?? 500;
  const today = app.today();
  const [config, calendar] = await Promise.all([loadCaseConfig(app.db), loadCalendar(app.db)]);
  const report: RefreshReport = { today, due: 0, refreshed: 0, skipped: 0, failed: [] };
  let after: string | null = null;
  for (;;) {
    let q = app.db
      .selectFrom('cases')
      .select('id')
      .where('deadlines_refresh_on', '<=', today)
      .orderBy('id')
      .limit(batchSize);
    if (after) q = q.where('id', '>', after);
    const ids = (await q.execute()).map((r) => r.id);
    for (const caseId of ids) {
      report.due += 1;
      try {
        const done = await app.db.transaction().execute(async (tx) => {
          const row = await loadCaseRow(tx, caseId, true);
          // Read under the lock: a command that committed meanwhile has already set a new date.
          const current = await tx
            .selectFrom('cases')
            .select('deadlines_refresh_on')
            .where('id', '=', caseId)
            .executeTakeFirstOrThrow();
          if (current.deadlines_refresh_on === null || current.deadlines_refresh_on > today) return false;
          const state = foldRow(row, await loadActions(tx, caseId));
          await projectDeadlinesOnly({
            tx,
            caseId,
            agencyId: row.agencyId,
            state,
            type: 'refreshDeadlines',
            payload: {},
            party: null,
            domain: null,
            calendar,
            config,
            today,
            now: app.now(),
          });
          return true;
        });
        if (done) report.refreshed += 1;
        else report.skipped += 1;
      } catch (err) {
        // One failing case must not stop the others; its date stays due, so the next run tries again.
        report.failed.push(caseId);
        log.warn({ caseId, err: (err as Error).message }, '案件期限刷新失败');
      }
    }
    if (ids.length < batchSize) break;
    after = ids[ids.length - 1]!;
  }
  if (report.due > 0) {
    await app.db.transaction().execute((tx) =>
      appendAudit(tx, app.keys.auditSeal, {
        eventType: REFRESH_EVENT,
        outcome: report.failed.length > 0 ? 'failure' : 'success',
        objectType: 'case',
        details: {
          today,
          due: report.due,
          refreshed: report.refreshed,
          skipped: report.skipped,
          failed: report.failed.length,
          failedCaseIds: report.failed.slice(0, 20),
        },
      }),
    );
    log.info({ ...report, failed: report.failed.length }, '案件期限已按日期刷新');
  }
  return report;
}

export interface DeadlineRefreshSchedule {
  /** Clears the timer and waits for a run in progress (call before closing the database). */
  stop(): Promise<void>;
}

/** Run once now (the server has just migrated) and then every hour; never throws. */
export function scheduleDeadlineRefresh(app: AppContext, log: Log, intervalMs = HOUR): DeadlineRefreshSchedule {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return; // a slow run is still going: skip rather than overlap
    running = refreshDueDeadlines(app, { log })
      .then(() => undefined)
      .catch((err: unknown) => log.error({ err: (err as Error).message }, '案件期限定时刷新出错'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
