import { deadlineMovesQuery, deadlineMovesView, deadlinesQuery, openDeadlinesView, queueView } from '@zhifa/contract';
import { defineRead } from '../../../platform/route';
import { caseActorOf } from '../case-actor';
import { listDeadlines } from './deadlines';
import { listDeadlineMoves } from './list-deadline-moves';
import { approvalQueue, reviewQueue } from './queues';

const tags = ['案件办理'];

export const queueRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/queues/review',
    access: 'case:review',
    summary: '法制审核待办：待审核案件、待安排和待主持的听证',
    tags,
    response: queueView,
    handler: async (ctx) => ({ items: await reviewQueue(ctx.app, ctx.scope(), caseActorOf(ctx.actor!)) }),
  }),
  defineRead({
    method: 'GET',
    url: '/api/queues/approval',
    access: 'case:approve',
    summary: '负责人待审批：立案、回避、先行登记保存、强制措施、移送、决定签发、结案、备案、延期',
    tags,
    response: queueView,
    handler: async (ctx) => ({ items: await approvalQueue(ctx.app, ctx.scope(), caseActorOf(ctx.actor!)) }),
  }),
  defineRead({
    method: 'GET',
    url: '/api/deadlines',
    access: 'case:read',
    summary: '临近和已逾期的办案期限（dueWithin 个工作日内到期或已逾期）',
    tags,
    query: deadlinesQuery,
    response: openDeadlinesView,
    handler: async (ctx) => {
      const viewer = ctx.query.mine === 'true' ? caseActorOf(ctx.actor!) : null;
      return {
        items: await listDeadlines(ctx.app, ctx.scope(), {
          dueWithin: ctx.query.dueWithin,
          ...(viewer ? { personId: viewer.personId } : {}),
        }),
      };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/deadline-moves',
    access: 'case:read',
    summary: '导入节假日安排后重算变动的办案期限（暂算期限的原日期与新日期）',
    tags,
    query: deadlineMovesQuery,
    response: deadlineMovesView,
    handler: async (ctx) => ({ items: await listDeadlineMoves(ctx.app, ctx.scope(), ctx.query) }),
  }),
];
