// 案卷评查 routes. Reads need oversight:read (an agency head sees the own agency's files and
// results); standards, plans, draws, scores and rectifications need oversight:review. The agency
// head answers a rectification as a correction notice (correction:reply).
import {
  createPlanBody,
  drawPlanBody,
  drawResult,
  fileReviewView,
  idParams,
  idResult,
  listRectificationsQuery,
  planDetailView,
  rectificationBody,
  rectificationListView,
  rectificationStatusResult,
  replyRectificationBody,
  reviewRectificationBody,
  reviewPlanListView,
  reviewResultsView,
  reviewStandardListView,
  saveStandardBody,
  scoreReviewBody,
  scoreReviewResult,
  workbookResponse,
} from '@zhifa/contract';
import { defineRead, defineWrite, type RouteSpec } from '../../platform/route';
import { sendWorkbook } from '../../shared/workbook-reply';
import { addRectification } from './add-rectification';
import { replyRectification, reviewRectification } from './answer-rectification';
import { createPlan } from './create-plan';
import { drawPlan } from './draw-plan';
import { exportResults } from './export-results';
import { listPlans, listStandards, planDetail, planResults, reviewDetail } from './queries';
import { listRectifications } from './rectification-queries';
import { createStandard, updateStandard } from './save-standard';
import { scoreFile } from './score-file';

const tags = ['案卷评查'];

export const reviewRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/review-standards',
    access: 'oversight:read',
    summary: '评查标准',
    tags,
    response: reviewStandardListView,
    handler: (ctx) => listStandards(ctx.app.db),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/review-standards',
    access: 'oversight:review',
    summary: '新增评查标准（分值合计 100，含全部法定否决项）',
    tags,
    body: saveStandardBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'reviewStandard.created',
    handler: (ctx) => createStandard(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/review-standards/:id',
    access: 'oversight:review',
    summary: '修改评查标准（已建计划沿用原标准）',
    tags,
    params: idParams,
    body: saveStandardBody,
    response: idResult,
    auditEvent: 'reviewStandard.updated',
    handler: (ctx) => updateStandard(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/review-plans',
    access: 'oversight:read',
    summary: '评查计划',
    tags,
    response: reviewPlanListView,
    handler: (ctx) => listPlans(ctx.app.db, ctx.scope()),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/review-plans',
    access: 'oversight:review',
    summary: '新建评查计划（期间内结案的案件，每个执法主体抽取若干件）',
    tags,
    body: createPlanBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'reviewPlan.created',
    handler: (ctx) => createPlan(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/review-plans/:id',
    access: 'oversight:read',
    summary: '评查计划及抽取的案卷',
    tags,
    params: idParams,
    response: planDetailView,
    handler: (ctx) => planDetail(ctx.app.db, ctx.scope(), ctx.params.id),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/review-plans/:id/draw',
    access: 'oversight:review',
    summary: '随机抽取案卷（记录随机种子，可复现）并自动预评分',
    tags,
    params: idParams,
    body: drawPlanBody,
    response: drawResult,
    auditEvent: 'reviewPlan.drawn',
    handler: (ctx) => drawPlan(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/review-plans/:id/results',
    access: 'oversight:read',
    summary: '评查结果（按执法主体、按评查项目）',
    tags,
    params: idParams,
    response: reviewResultsView,
    handler: (ctx) => planResults(ctx.app.db, ctx.scope(), ctx.params.id),
  }),
  defineRead({
    method: 'GET',
    url: '/api/review-plans/:id/export',
    access: 'oversight:read',
    summary: '导出评查结果（Excel）',
    tags,
    params: idParams,
    response: workbookResponse,
    handler: async (ctx) => {
      const out = await exportResults(ctx.app, ctx.scope(), ctx.params.id);
      await ctx.auditRead({ eventType: 'reviewPlan.exported', objectType: 'reviewPlan', objectId: ctx.params.id });
      return sendWorkbook(ctx.reply, `评查结果.xlsx`, `review-results.xlsx`, out);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/file-reviews/:id',
    access: 'oversight:read',
    summary: '一份案卷的评查（含自动预评分）',
    tags,
    params: idParams,
    response: fileReviewView,
    handler: async (ctx) => {
      const r = await reviewDetail(ctx.app.db, ctx.params.id);
      ctx.authorize(r.location);
      return r.view;
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/file-reviews/:id',
    access: 'oversight:review',
    summary: '评分、否决项、评语与等次',
    tags,
    params: idParams,
    body: scoreReviewBody,
    response: scoreReviewResult,
    auditEvent: 'fileReview.scored',
    handler: (ctx) => scoreFile(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/file-reviews/:id/rectifications',
    access: 'oversight:review',
    summary: '下达整改（限期）',
    tags,
    params: idParams,
    body: rectificationBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'reviewRectification.created',
    handler: (ctx) => addRectification(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/rectifications',
    access: 'oversight:read',
    summary: '案卷评查整改任务（执法主体看本单位的，监督机关看辖区的）',
    tags,
    query: listRectificationsQuery,
    response: rectificationListView,
    handler: (ctx) => listRectifications(ctx.app.db, ctx.scope(), ctx.app.today(), ctx.query),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/rectifications/:id/reply',
    access: 'correction:reply',
    summary: '回复整改任务（整改情况）',
    tags,
    params: idParams,
    body: replyRectificationBody,
    response: rectificationStatusResult,
    auditEvent: 'reviewRectification.replied',
    handler: (ctx) => replyRectification(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/rectifications/:id/review',
    access: 'oversight:review',
    summary: '审查整改回复：认可或退回',
    tags,
    params: idParams,
    body: reviewRectificationBody,
    response: rectificationStatusResult,
    auditEvent: 'reviewRectification.reviewed',
    handler: (ctx) => reviewRectification(ctx),
  }),
];
