import {
  correctionListView,
  correctionStatusResult,
  correctionView,
  idParams,
  issueCorrectionBody,
  issuedCorrectionResult,
  listCorrectionsQuery,
  pdfResponse,
  replyCorrectionBody,
  reviewCorrectionBody,
} from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import { defineRead, defineWrite, type RouteSpec } from '../../platform/route';
import { replyCorrection, reviewCorrection } from './answer-correction';
import { issueCorrection } from './issue-correction';
import { correctionDetail, findCorrection, listCorrections } from './queries';
import { renderNoticePdf } from './render-notice-pdf';

const tags = ['执法监督意见书'];

export const correctionRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/correction-notices',
    access: 'correction:read',
    summary: '执法监督意见书列表（按状态、执法主体筛选）',
    tags,
    query: listCorrectionsQuery,
    response: correctionListView,
    handler: ({ app, query, scope }) => listCorrections(app.db, scope(), app.today(), query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/correction-notices/:id',
    access: 'correction:read',
    summary: '执法监督意见书详情（意见、整改要求、回复与审查经过）',
    tags,
    params: idParams,
    response: correctionView,
    handler: async ({ app, params, authorize }) => {
      const r = await findCorrection(app.db, params.id);
      if (!r) throw notFound('执法监督意见书不存在');
      authorize({ agencyId: r.agency_id, regionCode: r.region_code });
      return correctionDetail(r, app.today());
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/correction-notices/:id/pdf',
    access: 'correction:read',
    summary: '执法监督意见书 PDF（编号、执法主体、所涉案件、问题、整改要求与期限）',
    tags,
    params: idParams,
    response: pdfResponse,
    handler: async (ctx) => {
      const r = await findCorrection(ctx.app.db, ctx.params.id);
      if (!r) throw notFound('执法监督意见书不存在');
      ctx.authorize({ agencyId: r.agency_id, regionCode: r.region_code });
      const { pdf, fileName } = await renderNoticePdf(r);
      await ctx.auditRead({ eventType: 'correction.printed', objectType: 'correction_notice', objectId: r.id });
      return ctx.reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="notice.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/correction-notices',
    access: 'correction:issue',
    summary: '制发执法监督意见书（编号，通知执法主体负责人）',
    tags,
    body: issueCorrectionBody,
    response: issuedCorrectionResult,
    successStatus: 201,
    auditEvent: 'correction.issued',
    handler: (ctx) => issueCorrection(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/correction-notices/:id/reply',
    access: 'correction:reply',
    summary: '回复执法监督意见书（整改情况）',
    tags,
    params: idParams,
    body: replyCorrectionBody,
    response: correctionStatusResult,
    auditEvent: 'correction.replied',
    handler: (ctx) => replyCorrection(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/correction-notices/:id/review',
    access: 'correction:issue',
    summary: '审查整改回复：认可或退回',
    tags,
    params: idParams,
    body: reviewCorrectionBody,
    response: correctionStatusResult,
    auditEvent: 'correction.reviewed',
    handler: (ctx) => reviewCorrection(ctx),
  }),
];
