// 考核评议 routes: the year's scores (oversight:read, within the reader's scope), the weights
// (read by all who evaluate, set with oversight:review) and the Excel export.
import {
  evaluationQuery,
  evaluationView,
  saveWeightsBody,
  weightsView as weightsSchema,
  workbookResponse,
} from '@zhifa/contract';
import { defineRead, defineWrite, type RouteSpec } from '../../platform/route';
import { sendWorkbook } from '../../shared/workbook-reply';
import { evaluateYear } from './evaluate-year';
import { exportEvaluation } from './export-evaluation';
import { loadWeights, saveWeights, weightsView } from './weights';

const tags = ['考核评议'];

export const evaluationRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/evaluation',
    access: 'oversight:read',
    summary: '年度考核评议：各执法主体得分、排名与每项指标的计算数据',
    tags,
    query: evaluationQuery,
    response: evaluationView,
    handler: (ctx) => evaluateYear(ctx.app, ctx.scope(), ctx.query.year),
  }),
  defineRead({
    method: 'GET',
    url: '/api/evaluation/weights',
    access: 'oversight:read',
    summary: '考核指标与权重',
    tags,
    response: weightsSchema,
    handler: async (ctx) => weightsView(await loadWeights(ctx.app.db)),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/evaluation/weights',
    access: 'oversight:review',
    summary: '设置考核指标权重（合计 100）',
    tags,
    body: saveWeightsBody,
    response: weightsSchema,
    auditEvent: 'evaluation.weightsSaved',
    handler: (ctx) => saveWeights(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/evaluation/export',
    access: 'oversight:read',
    summary: '导出年度考核评议（Excel）',
    tags,
    query: evaluationQuery,
    response: workbookResponse,
    handler: async (ctx) => {
      const data = await exportEvaluation(ctx.app, ctx.scope(), ctx.query.year);
      await ctx.auditRead({
        eventType: 'evaluation.exported',
        objectType: 'evaluation',
        details: { year: ctx.query.year },
      });
      return sendWorkbook(ctx.reply, `${ctx.query.year}年度考核评议.xlsx`, `evaluation-${ctx.query.year}.xlsx`, data);
    },
  }),
];
