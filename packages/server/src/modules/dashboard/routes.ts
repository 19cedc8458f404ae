// 监督驾驶舱 routes: one read per figure, and each figure's table as Excel. The data scope is the
// access module's for oversight:read (county roles: their region; an agency head: the own agency).
import {
  dashboardAgenciesView,
  dashboardDisclosureView,
  dashboardDomainsView,
  dashboardExportQuery,
  dashboardIdleView,
  dashboardItemsView,
  dashboardOfficersView,
  dashboardOverdueView,
  dashboardQuery,
  dashboardReviewsView,
  dashboardTrainingView,
  workbookResponse,
  type DashboardFigure,
} from '@zhifa/contract';
import type { z } from 'zod';
import { defineRead, type RouteSpec } from '../../platform/route';
import { sendWorkbook } from '../../shared/workbook-reply';
import { exportFigure } from './export-figure';
import { cachedFigure } from './figure-cache';
import { readFigure } from './read-figure';

const tags = ['监督驾驶舱'];

function figureRoute(figure: DashboardFigure, summary: string, response: z.ZodType) {
  return defineRead({
    method: 'GET',
    url: `/api/dashboard/${figure}`,
    access: 'oversight:read',
    summary,
    tags,
    query: dashboardQuery,
    response,
    handler: (ctx) => {
      const scope = ctx.scope();
      // The day is part of the key: overdue steps and idle items are counted as of today.
      const key = JSON.stringify([figure, scope, ctx.query, ctx.app.today()]);
      return cachedFigure(ctx.app, key, () => readFigure(ctx.app, scope, figure, ctx.query));
    },
  });
}

export const dashboardRoutes: RouteSpec[] = [
  figureRoute('agencies', '各执法主体立案、决定、结案与罚款（无案件的也列出，为 0）', dashboardAgenciesView),
  figureRoute('domains', '各执法领域立案、决定、结案与罚款', dashboardDomainsView),
  figureRoute('items', '各执法事项立案、决定、结案与罚款（前 50 项）', dashboardItemsView),
  figureRoute('officers', '执法人员办案量（期间内承办的案件数）', dashboardOfficersView),
  figureRoute('overdue', '今日逾期的办案环节', dashboardOverdueView),
  figureRoute('reviews', '案卷评查合格率', dashboardReviewsView),
  figureRoute('idle', '零执法赋权事项（12 个月无执法记录）', dashboardIdleView),
  figureRoute('training', '执法人员培训学时达标情况（期间结束所在年度）', dashboardTrainingView),
  figureRoute('disclosure', '行政处罚决定公示按时率（期间内到期的公示任务）', dashboardDisclosureView),
  defineRead({
    method: 'GET',
    url: '/api/dashboard/export',
    access: 'oversight:read',
    summary: '导出驾驶舱的一张统计表（Excel）',
    tags,
    query: dashboardExportQuery,
    response: workbookResponse,
    handler: async (ctx) => {
      const { figure, ...filter } = ctx.query;
      const out = await exportFigure(ctx.app, ctx.scope(), figure, filter);
      // An export takes data out of the platform: it is on the record like a change.
      await ctx.auditRead({
        eventType: 'dashboard.exported',
        objectType: 'dashboard',
        details: { figure, ...filter, rows: out.rows },
      });
      return sendWorkbook(ctx.reply, `${out.title}.xlsx`, `dashboard-${figure}.xlsx`, out.data);
    },
  }),
];
