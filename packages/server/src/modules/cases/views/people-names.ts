// Names for the ids the case state refers to (officers, presiders, reviewers, heads), so pages
// need not look people up one by one.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collect(value: unknown, out: Set<string>, depth = 0) {
  if (depth > 8) return;
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) value.forEach((v) => collect(v, out, depth + 1));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collect(v, out, depth + 1));
}

export async function peopleNamed(db: Kysely<DB>, ...sources: unknown[]): Promise<{ id: string; name: string }[]> {
  const ids = new Set<string>();
  sources.forEach((s) => collect(s, ids));
  if (ids.size === 0) return [];
  const list = [...ids];
  const [persons, users] = await Promise.all([
    db.selectFrom('persons').select(['id', 'name']).where('id', 'in', list).execute(),
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', list).execute(),
  ]);
  const names = new Map<string, string>();
  users.forEach((u) => names.set(u.id, u.name));
  persons.forEach((p) => names.set(p.id, p.name));
  return [...names].map(([id, name]) => ({ id, name }));
}
