// The publication period ends publication by itself (市场监管公示规定 第13条; configurable): rows whose
// end date has come are marked expired. Run on a schedule and before staff lists; the public pages
// also treat a row past its end date as expired on read, so a late sweep never shows one.
import type { Db } from '../../db/schema';
import type { AppContext } from '../../platform/context';

export async function expireEndedPublications(db: Db, today: string, now: Date): Promise<number> {
  const r = await db
    .updateTable('disclosure_renditions')
    .set({ status: 'expired', expired_at: now, updated_at: now })
    .where('status', '=', 'published')
    .where('publication_ends_on', '<=', today)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

interface Log {
  error: (obj: object, msg: string) => void;
}

/** The hourly sweep (main.ts): ends publications whose period is over. */
export function scheduleExpirySweep(app: AppContext, log: Log, intervalMs = 3_600_000): { stop(): void } {
  const tick = () =>
    void expireEndedPublications(app.db, app.today(), app.now()).catch((err: unknown) =>
      log.error({ err: (err as Error).message }, '公示期满定时处理出错'),
    );
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
