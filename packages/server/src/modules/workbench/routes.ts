import { z } from 'zod';
import type { RouteSpec } from '../../platform/route';
import { defineRead } from '../../platform/route';
import { workbench } from './workbench';

const item = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  due: z.string().optional(),
  status: z.string().optional(),
  href: z.string(),
});

export const workbenchRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/workbench',
    access: 'workbench:read',
    summary: '工作台：待办、临近或逾期的期限、我的案件（按角色）',
    tags: ['工作台'],
    response: z.object({ todo: z.array(item), deadlines: z.array(item), cases: z.array(item) }),
    handler: async (ctx) => workbench(ctx.app, ctx.actor!),
  }),
];
