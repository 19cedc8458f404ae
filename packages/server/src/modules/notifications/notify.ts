// Putting notifications in people's centres: one row per user and source, so a source that is
// raised again (the next rule run) does not notify twice.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { NotificationKind } from '../../db/tables/oversight';
import { notificationSender } from './sender';

export interface NewNotification {
  kind: NotificationKind;
  sourceKey: string;
  title: string;
  body?: string | null;
  href?: string | null;
}

/** Accounts of the agency's heads (执法主体负责人), the people who answer for its alerts and notices. */
export async function agencyHeadUsers(db: Kysely<DB>, agencyIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (agencyIds.length === 0) return out;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('agency_id', 'in', [...new Set(agencyIds)])
    .where('disabled', '=', false)
    .where((eb) => eb(eb.val('agencyHead'), '=', eb.fn.any('roles')))
    .execute();
  for (const r of rows) out.set(r.agency_id!, [...(out.get(r.agency_id!) ?? []), r.id]);
  return out;
}

/** Accounts of the given people (enforcing officers of a case). */
export async function usersOfPersons(db: Kysely<DB>, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'person_id'])
    .where('person_id', 'in', [...new Set(personIds)])
    .where('disabled', '=', false)
    .execute();
  return new Map(rows.map((r) => [r.person_id!, r.id]));
}

/** County supervisors (司法局执法监督人员): they hear of what no single agency answers for. */
export async function supervisorUsers(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('disabled', '=', false)
    .where((eb) => eb(eb.val('countySupervisor'), '=', eb.fn.any('roles')))
    .execute();
  return rows.map((r) => r.id);
}

/** Insert notifications for the users (duplicates of a user and source are skipped). Returns how many were new. */
export async function notifyUsers(
  db: Kysely<DB>,
  userIds: readonly string[],
  n: NewNotification,
  at: Date,
): Promise<number> {
  const users = [...new Set(userIds)];
  if (users.length === 0) return 0;
  const rows = await db
    .insertInto('notifications')
    .values(
      users.map((u) => ({
        user_id: u,
        kind: n.kind,
        source_key: n.sourceKey,
        title: n.title.slice(0, 300),
        body: n.body ?? null,
        href: n.href ?? null,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'source_key']).doNothing())
    .returning('user_id')
    .execute();
  return rows.length;
}

/** Hand urgent notifications to the outside sender (after the rows are committed). */
export async function sendOutside(userIds: readonly string[], n: NewNotification): Promise<void> {
  const sender = notificationSender();
  for (const userId of new Set(userIds)) {
    await sender.send({ userId, title: n.title, body: n.body ?? null, channel: 'sms' });
  }
}
