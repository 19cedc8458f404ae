// The audit log read by people: each entry names its object (the case number, the person's or
// user's name, the agency) instead of a UUID, and a case action by its Chinese label with its
// details in words. The stored entry is unchanged (the hash chain covers it); this is a reading.
import { CASE_ACTIONS, CASE_STATUSES, isCaseActionType, statusLabel, type CaseStatus } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface AuditRowRef {
  objectType: string | null;
  objectId: string | null;
  eventType: string;
  details: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function namesOf(db: Kysely<DB>, rows: readonly AuditRowRef[]): Promise<Map<string, string>> {
  const ids = (type: string) => [
    ...new Set(
      rows.filter((r) => r.objectType === type && r.objectId && UUID.test(r.objectId)).map((r) => r.objectId!),
    ),
  ];
  const out = new Map<string, string>();
  const cases = ids('case');
  if (cases.length)
    for (const r of await db.selectFrom('cases').select(['id', 'number', 'title']).where('id', 'in', cases).execute())
      out.set(`case:${r.id}`, `${r.number} ${r.title}`);
  const users = ids('user');
  if (users.length)
    for (const r of await db.selectFrom('users').select(['id', 'name', 'username']).where('id', 'in', users).execute())
      out.set(`user:${r.id}`, `${r.name}（${r.username}）`);
  const persons = ids('person');
  if (persons.length)
    for (const r of await db.selectFrom('persons').select(['id', 'name']).where('id', 'in', persons).execute())
      out.set(`person:${r.id}`, r.name);
  const agencies = ids('agency');
  if (agencies.length)
    for (const r of await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', agencies).execute())
      out.set(`agency:${r.id}`, r.name);
  const leads = ids('lead');
  if (leads.length)
    for (const r of await db.selectFrom('leads').select(['id', 'number']).where('id', 'in', leads).execute())
      out.set(`lead:${r.id}`, `案源 ${r.number}`);
  return out;
}

/** A case command's details in words: 「办理：作出处理决定（第 12 步），案件状态：已作出处罚决定」. */
export function describeDetails(eventType: string, details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const d = details as Record<string, unknown>;
  if (eventType === 'case.command' || eventType === 'case.created') {
    const type = typeof d.type === 'string' && isCaseActionType(d.type) ? CASE_ACTIONS[d.type].label : null;
    const status =
      typeof d.status === 'string' && d.status in CASE_STATUSES ? statusLabel(d.status as CaseStatus) : null;
    const parts = [
      type ? `办理：${type}` : null,
      typeof d.number === 'string' ? `案号：${d.number}` : null,
      typeof d.seq === 'number' ? `第 ${d.seq} 步` : null,
      status ? `案件状态：${status}` : null,
    ].filter(Boolean);
    return parts.length ? parts.join('，') : null;
  }
  return null;
}

export async function describeEntries<T extends AuditRowRef>(
  db: Kysely<DB>,
  rows: readonly T[],
): Promise<(T & { objectName: string | null; summary: string | null })[]> {
  const names = await namesOf(db, rows);
  return rows.map((r) => ({
    ...r,
    objectName: r.objectType && r.objectId ? (names.get(`${r.objectType}:${r.objectId}`) ?? null) : null,
    summary: describeDetails(r.eventType, r.details),
  }));
}
