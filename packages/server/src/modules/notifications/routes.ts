import {
  idParams,
  listNotificationsQuery,
  markAllReadBody,
  markedReadResult,
  notificationListView,
  okResponse,
  unreadCountView,
} from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import { defineRead, defineWrite, type RouteSpec } from '../../platform/route';
import { listNotifications, unreadCount } from './queries';

const tags = ['消息中心'];

export const notificationRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/notifications',
    access: 'authenticated',
    summary: '我的消息（预警、监督意见书、期限、待办）',
    tags,
    query: listNotificationsQuery,
    response: notificationListView,
    handler: ({ app, actor, query }) => listNotifications(app.db, actor!.userId, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/notifications/unread-count',
    access: 'authenticated',
    summary: '我的未读消息数',
    tags,
    response: unreadCountView,
    handler: async ({ app, actor }) => ({ unread: await unreadCount(app.db, actor!.userId) }),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/notifications/:id/read',
    access: 'authenticated',
    summary: '标记一条消息为已读',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'notification.read',
    handler: async (ctx) => {
      // Only the owner's own row: another user's id is 404, as if it did not exist.
      const row = await ctx.tx
        .updateTable('notifications')
        .set({ read_at: ctx.uow.now })
        .where('id', '=', ctx.params.id)
        .where('user_id', '=', ctx.actor!.userId)
        .returning(['id'])
        .executeTakeFirst();
      if (!row) throw notFound('消息不存在');
      ctx.audited({ objectType: 'notification', objectId: row.id });
      return { ok: true as const };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/notifications/read-all',
    access: 'authenticated',
    summary: '全部标记为已读（截至所见时刻）',
    tags,
    body: markAllReadBody,
    response: markedReadResult,
    auditEvent: 'notification.readAll',
    handler: async (ctx) => {
      const rows = await ctx.tx
        .updateTable('notifications')
        .set({ read_at: ctx.uow.now })
        .where('user_id', '=', ctx.actor!.userId)
        .where('read_at', 'is', null)
        .where('created_at', '<=', new Date(ctx.body.upTo))
        .returning(['id'])
        .execute();
      ctx.audited({ objectType: 'notification', details: { marked: rows.length } });
      return { marked: rows.length };
    },
  }),
];
