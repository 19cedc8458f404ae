import { workbenchView } from '@zhifa/contract';
import type { RouteSpec } from '../../platform/route';
import { defineRead } from '../../platform/route';
import { workbench } from './workbench';

export const workbenchRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/workbench',
    access: 'workbench:read',
    summary: '工作台：待办、临近或逾期的期限、我的案件（按角色）',
    tags: ['工作台'],
    response: workbenchView,
    handler: async (ctx) => workbench(ctx.app, ctx.actor!),
  }),
];
