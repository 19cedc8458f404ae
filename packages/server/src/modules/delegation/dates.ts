import type { AppContext } from '../../platform/context';

/** Today in China Standard Time (UTC+8): a decision takes effect at Beijing midnight. */
export function chinaToday(app: AppContext): string {
  return new Date(app.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
