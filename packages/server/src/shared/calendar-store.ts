import { createCalendar, CN_HOLIDAYS_2024_2026, type Calendar } from '@zhifa/domain';
import type { AppContext } from '../platform/context';
import type { Db } from '../db/schema';

/** Ship the State Council holiday notices for 2024–2026 into the database once. */
export async function ensureHolidayCalendar(app: AppContext): Promise<void> {
  const existing = await app.db.selectFrom('calendar_entries').select('date').limit(1).execute();
  if (existing.length > 0) return;
  await app.db
    .insertInto('calendar_entries')
    .values(CN_HOLIDAYS_2024_2026.map((e) => ({ date: e.date, kind: e.kind, name: e.name ?? null })))
    .onConflict((oc) => oc.column('date').doNothing())
    .execute();
}

let cached: { at: number; calendar: Calendar } | null = null;

/** The calendar as a transaction sees it (no cache): for the transaction that loads a year. */
export async function readCalendar(db: Db): Promise<Calendar> {
  const rows = await db.selectFrom('calendar_entries').selectAll().execute();
  return createCalendar(rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name ?? undefined })));
}

/** The calendar as loaded by administrators; cached briefly because every deadline asks for it. */
export async function loadCalendar(db: Db): Promise<Calendar> {
  if (cached && Date.now() - cached.at < 30_000) return cached.calendar;
  const calendar = await readCalendar(db);
  cached = { at: Date.now(), calendar };
  return calendar;
}

export function invalidateCalendarCache() {
  cached = null;
}
