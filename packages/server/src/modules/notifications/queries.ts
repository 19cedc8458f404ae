import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function listNotifications(
  db: Kysely<DB>,
  userId: string,
  q: { unread?: 'true' | 'false'; limit: number; offset: number },
) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (q.unread === 'true') base = base.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    base
      .select(['id', 'kind', 'title', 'body', 'href', 'created_at', 'read_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    unreadCount(db, userId),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      href: r.href,
      createdAt: new Date(r.created_at).toISOString(),
      readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    })),
    total: Number(total.n),
    unread,
  };
}

export async function unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
