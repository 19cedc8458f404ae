import type { AppContext } from '../../platform/context';

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving): certificates expire and
 * training years turn at Beijing midnight whatever the host's time zone.
 */
export function chinaToday(app: AppContext): string {
  return new Date(app.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
