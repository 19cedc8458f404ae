// The rules on a schedule, in-process (main.ts starts it; tests never do). A run still going when
// the next tick comes is not overlapped.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../platform/context';
import { runAlertRules } from './run-rules';

type Log = Pick<FastifyBaseLogger, 'info' | 'error'>;

export function scheduleAlertRuns(app: AppContext, log: Log, intervalMs: number) {
  if (intervalMs <= 0) return { stop: () => Promise.resolve() };
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runAlertRules(app, { trigger: 'schedule' })
      .then((r) => log.info({ opened: r.opened, resolved: r.resolved, failed: r.failed.length }, '预警规则已运行'))
      .catch((err: unknown) => log.error({ err: (err as Error).message }, '预警规则运行出错'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
