// The public portal (事前公示) and the public complaint form: no sign-in, server-rendered pages
// (html.ts), cached by ETag with a short max-age; and the staff routes that read complaint leads.
import {
  complainantIdentityView,
  complaintPhotoParams,
  complaintPhotoResponse,
  complaintStatusQuery,
  htmlPage,
  idParams,
  leadComplaintView,
  portalAgencyParams,
} from '@zhifa/contract';
import { z } from 'zod';
import { defineRead, defineWrite } from '../../platform/route';
import { remedyBodies } from '../cases/commands/remedies';
import { complaintStatus } from './complaints/complaint-status';
import { MAX_PHOTOS, receiveComplaint, recentFromSource, type ReceivedComplaint } from './complaints/receive-complaint';
import {
  complainantIdentity,
  complaintView,
  loadComplaintOfLead,
  loadPhoto,
  sendPhoto,
} from './complaints/staff-views';
import { submitComplaint } from './complaints/submit-complaint';
import { FORM_COOKIE, formToken, newChallenge, newFormCookie, sourceHash } from './complaints/tokens';
import { sendPage } from '../../shared/public-html';
import { agencyPage } from './pages/agency';
import { complaintFormPage } from './pages/complaint-form';
import { homePage } from './pages/home';
import { receiptPage } from './pages/receipt';
import { statusPage } from './pages/status';
import { officersOn, powersOn, publicAgencies, publicAgency, townships } from './queries';

const tags = ['公示平台'];
/** Public pages may be reused for a minute: a revoked item is gone within a minute of its day. */
const MAX_AGE = 60;

const formQuery = z.strictObject({ township: z.string().uuid().optional() });

export const portalRoutes = [
  defineRead({
    method: 'GET',
    url: '/public',
    access: 'public',
    summary: '公示平台首页：本县（区）各执法主体',
    tags,
    response: htmlPage,
    handler: async ({ app, req, reply }) =>
      sendPage(req, reply, homePage(await publicAgencies(app.db)), { maxAge: MAX_AGE }),
  }),
  defineRead({
    method: 'GET',
    url: '/public/agencies/:id',
    access: 'public',
    summary: '执法主体事前公示：职权、执法人员、程序、音像记录事项、抽查事项、救济途径、投诉方式',
    tags,
    params: portalAgencyParams,
    response: htmlPage,
    handler: async ({ app, req, reply, params }) => {
      const today = app.today();
      const agency = await publicAgency(app.db, params.id);
      const [powers, officers, remedies] = await Promise.all([
        powersOn(app.db, agency, today),
        officersOn(app.db, agency.id, today),
        remedyBodies(app.db, agency),
      ]);
      return sendPage(req, reply, agencyPage({ agency, today, powers, officers, remedies }), { maxAge: MAX_AGE });
    },
  }),
  defineRead({
    method: 'GET',
    url: '/public/complaints',
    access: 'public',
    summary: '投诉举报表单',
    tags,
    query: formQuery,
    response: htmlPage,
    handler: async (ctx) => {
      const { app, req, reply, query } = ctx;
      let cookie = req.cookies[FORM_COOKIE];
      if (!cookie || !/^[A-Za-z0-9_-]{24}$/.test(cookie)) {
        cookie = newFormCookie();
        reply.setCookie(FORM_COOKIE, cookie, {
          path: '/public/complaints',
          httpOnly: true,
          sameSite: 'strict',
          secure: req.protocol === 'https',
        });
      }
      const [places, recent] = await Promise.all([townships(app.db), recentFromSource(ctx, sourceHash(app, ctx.ip))]);
      const body = complaintFormPage({
        formToken: formToken(app, cookie),
        townships: places,
        selectedTownship: query.township ?? null,
        challenge: recent >= app.config.complaints.challengeAfter ? newChallenge(app) : null,
        maxPhotos: MAX_PHOTOS,
        photoMaxMb: Math.round(app.config.complaints.photoMaxBytes / 1024 / 1024),
      });
      return sendPage(req, reply, body, { maxAge: 0 });
    },
  }),
  defineWrite<undefined, undefined, undefined, typeof htmlPage, undefined, ReceivedComplaint>({
    method: 'POST',
    url: '/public/complaints',
    access: 'public',
    summary: '提交投诉举报（multipart：字段及最多 5 张照片 photos）；转为受理单位的案源',
    tags,
    response: htmlPage,
    successStatus: 201,
    auditEvent: 'complaint.submitted',
    receive: receiveComplaint,
    handler: async (ctx) => {
      const result = await submitComplaint(ctx);
      return sendPage(
        ctx.req,
        ctx.reply,
        receiptPage({ receiptCode: result.receiptCode, agencyName: result.agencyName, submittedOn: ctx.uow.today }),
        { maxAge: 0 },
      );
    },
  }),
  defineRead({
    method: 'GET',
    url: '/public/complaints/status',
    access: 'public',
    summary: '凭回执码查询投诉处理进度',
    tags,
    query: complaintStatusQuery,
    response: htmlPage,
    rateLimited: true,
    handler: async ({ app, req, reply, query }) => {
      const code = query.code?.trim() ?? '';
      const result = code ? await complaintStatus(app, code) : 'invalid';
      return sendPage(req, reply, statusPage({ code, result }), { maxAge: 0 });
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/leads/:id/complaint',
    access: 'lead:read',
    summary: '公众投诉案源：投诉内容、照片清单、投诉人（已遮蔽）',
    tags: ['案源管理'],
    params: idParams,
    response: leadComplaintView,
    handler: async ({ app, params, authorize, actor }) => {
      const row = await loadComplaintOfLead(app, params.id);
      authorize({ agencyId: row.agency_id, regionCode: row.region_code });
      return complaintView(app, row, actor!);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/leads/:id/complainant',
    access: 'lead:viewComplainant',
    summary: '查看公众投诉人完整身份（每次查看写入审计日志）',
    tags: ['案源管理'],
    params: idParams,
    response: complainantIdentityView,
    handler: async ({ app, params, authorize, auditRead }) => {
      const row = await loadComplaintOfLead(app, params.id);
      authorize({ agencyId: row.agency_id, regionCode: row.region_code });
      await auditRead({ eventType: 'complaint.identityViewed', objectType: 'lead', objectId: row.lead_id });
      return complainantIdentity(app, row);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/complaint-photos/:id',
    access: 'lead:read',
    summary: '下载公众投诉照片（仅作附件下载，不在页面内打开）',
    tags: ['案源管理'],
    params: complaintPhotoParams,
    response: complaintPhotoResponse,
    handler: async ({ app, params, authorize, auditRead, reply }) => {
      const photo = await loadPhoto(app, params.id);
      authorize({ agencyId: photo.agency_id, regionCode: photo.region_code });
      await auditRead({ eventType: 'complaint.photoDownloaded', objectType: 'lead', objectId: photo.lead_id });
      return sendPhoto(app, reply, photo);
    },
  }),
];
