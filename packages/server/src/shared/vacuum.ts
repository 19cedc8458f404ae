import type { AppContext } from '../platform/context';

/** PGlite has no autovacuum: vacuum on a schedule (and after bulk imports, see `vacuumNow`). */
export function scheduleVacuum(app: AppContext): NodeJS.Timeout | null {
  if (app.database.kind !== 'pglite') return null;
  const timer = setInterval(() => {
    void vacuumNow(app).catch(() => undefined);
  }, app.config.vacuumIntervalMinutes * 60_000);
  timer.unref();
  return timer;
}

export async function vacuumNow(app: AppContext): Promise<void> {
  if (app.database.kind !== 'pglite') return;
  await app.database.exec('VACUUM (ANALYZE)');
}
