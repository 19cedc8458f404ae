// The publication period ends publication by itself (市场监管公示规定 第13条; configurable): rows whose
// end date has come are marked expired. Run on a schedule and before staff lists; the public pages
// also treat a row past its end date as expired on read, so a late sweep never shows one.
import type { Db } from '../../db/schema';

export async function expireEndedPublications(db: Db, today: string, now: Date): Promise<number> {
  const r = await db
    .updateTable('disclosure_renditions')
    .set({ status: 'expired', expired_at: now, updated_at: now })
    .where('status', '=', 'published')
    .where('publication_ends_on', '<=', today)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
