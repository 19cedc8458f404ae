// The platform's one clock. `app.now()` is the instant (injectable: tests and the browser-test
// clock move it); `app.today()` is the date in China Standard Time (UTC+8, no daylight saving),
// because deadlines, certificates, decisions and training years turn at Beijing midnight whatever
// the host's time zone.

/** The calendar date in China Standard Time of an instant (YYYY-MM-DD). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The minute in China Standard Time of an instant (YYYY-MM-DDTHH:mm), as records state their times. */
export function chinaMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
