// Newly opened alerts reach people: the agency's heads, the case's officers or whoever the rule
// names; alerts no agency answers for reach the county's supervisors. Grave ones also go out by
// SMS through the one sender.
import { ALERT_RULES } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { agencyHeadUsers, notifyUsers, sendOutside, supervisorUsers, usersOfPersons } from '../notifications/notify';
import type { AlertRule, Finding } from './rules/rule';

/** Returns the outside messages to send once the rows are committed. */
export async function notifyOpened(
  db: Kysely<DB>,
  rule: AlertRule,
  opened: Finding[],
  now: Date,
): Promise<() => Promise<void>> {
  const outside: (() => Promise<void>)[] = [];
  if (opened.length === 0) return () => Promise.resolve();
  const def = ALERT_RULES[rule.id];
  const heads = await agencyHeadUsers(
    db,
    opened.flatMap((f) => (f.agencyId ? [f.agencyId] : [])),
  );
  const persons = await usersOfPersons(
    db,
    opened.flatMap((f) => f.notifyPersonIds ?? []),
  );
  const supervisors = opened.some((f) => !f.agencyId) ? await supervisorUsers(db) : [];
  for (const f of opened) {
    const users = [
      ...(f.agencyId ? (heads.get(f.agencyId) ?? []) : supervisors),
      ...(f.notifyPersonIds ?? []).flatMap((p) => (persons.has(p) ? [persons.get(p)!] : [])),
      ...(f.notifyUserIds ?? []),
    ];
    const n = {
      kind: 'alert' as const,
      sourceKey: `alert:${rule.id}:${f.subjectKey}:${now.toISOString().slice(0, 10)}`,
      title: `【${def.title}】${f.title}`,
      body: def.description,
      href: f.caseId ? `/cases/${f.caseId}` : `/oversight/alerts?rule=${rule.id}`,
    };
    await notifyUsers(db, users, n, now);
    if (def.severity === 'high') outside.push(() => sendOutside(users, n));
  }
  return async () => {
    for (const send of outside) await send();
  };
}
