// Demo data for 事后公示: the demo county's decisions opened their tasks as they were seeded (the
// case commands do it); the ones the detector passed are published here by their agency's head,
// through the same use case the staff route runs, so the portal has something to show. 杜阮镇's
// most recent one waits for its head to publish it; the one whose facts carry health information stays
// held by the detector for review.
import { sql } from 'kysely';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { UnitOfWork } from '../platform/unit-of-work';
import { publishRendition } from '../modules/disclosure/publish-rendition';

export async function seedDisclosureDemo(tx: Tx, app: AppContext): Promise<void> {
  const pending = await tx
    .selectFrom('disclosure_renditions as d')
    .innerJoin('users', (j) => j.onRef('users.agency_id', '=', 'd.agency_id'))
    .innerJoin('agencies', 'agencies.id', 'd.agency_id')
    .select(['d.id', 'users.id as head_id', 'agencies.short_name'])
    .where('d.status', '=', 'pending')
    .where(sql<boolean>`${'agencyHead'} = any(users.roles)`)
    .orderBy('d.decided_on', 'desc')
    .orderBy('d.id')
    .execute();
  // 杜阮镇's newest waits (decisions of several townships fall on the same day).
  const waiting = pending.find((r) => r.short_name === '杜阮镇')?.id;
  const seen = new Set<string>(waiting ? [waiting] : []);
  for (const row of pending) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const uow = new UnitOfWork(app, tx, null);
    await publishRendition(uow, row.head_id, row.id, () => undefined);
  }
}
