import { z } from 'zod';
import { defineRead, defineWrite } from '../../platform/route';
import { idParams, text } from '../../platform/schemas';
import { certificateLocation } from './certificate-location';
import { certificateQrPng, verifyUrl } from './certificate-qr';
import { listCertificateReminders } from './certificate-reminders';
import { certificateStatusBody, changeCertificateStatus } from './change-certificate-status';
import { createCertificate, updateCertificate } from './save-certificate';
import { certificateBody, tags } from './schemas';
import { verifyCertificate } from './verify-certificate';

export const certificateRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/people/:id/certificates',
    access: 'person:manage',
    summary: '登记行政执法证',
    tags,
    params: idParams,
    body: certificateBody,
    response: z.object({ id: z.string() }),
    successStatus: 201,
    auditEvent: 'certificate.created',
    handler: (ctx) => createCertificate(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/certificates/:id',
    access: 'person:manage',
    summary: '修改行政执法证信息',
    tags,
    params: idParams,
    body: certificateBody,
    response: z.object({ id: z.string() }),
    auditEvent: 'certificate.updated',
    handler: (ctx) => updateCertificate(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/certificates/:id/status',
    access: 'person:manage',
    summary: '暂扣、吊销或恢复行政执法证（须填写理由）',
    tags,
    params: idParams,
    body: certificateStatusBody,
    response: z.object({ id: z.string(), status: z.string() }),
    auditEvent: 'certificate.statusChanged',
    handler: (ctx) => changeCertificateStatus(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/certificates/reminders',
    access: 'person:read',
    summary: '执法证到期提醒（60 天、30 天两级）',
    tags,
    response: z.object({
      today: z.string(),
      items: z.array(
        z.object({
          certificateId: z.string(),
          number: z.string(),
          validTo: z.string(),
          daysLeft: z.number().int(),
          tier: z.union([z.literal(30), z.literal(60)]),
          personId: z.string(),
          personName: z.string(),
          agencyId: z.string(),
          agencyName: z.string(),
        }),
      ),
    }),
    handler: ({ app, scope }) => listCertificateReminders(app, scope()),
  }),
  defineRead({
    method: 'GET',
    url: '/api/certificates/:id/qr',
    access: 'person:read',
    summary: '执法证公示二维码（PNG，指向公开核验页 /verify/<token>）',
    tags,
    params: idParams,
    response: z.any().describe('image/png'),
    handler: async ({ app, params, authorize, req, reply }) => {
      const cert = await certificateLocation(app.db, params.id);
      authorize(cert);
      reply.type('image/png').header('cache-control', 'no-store');
      return certificateQrPng(verifyUrl(req, cert.verify_token));
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/public/certificates/:token',
    access: 'public',
    summary: '执法证公开核验（事中公示：仅姓名、执法主体、证号、执法领域、当前是否有效）',
    tags: ['公开'],
    params: z.strictObject({ token: text(64, 16).regex(/^[A-Za-z0-9_-]+$/, '核验码格式不正确') }),
    response: z.strictObject({
      name: z.string(),
      agency: z.string(),
      certificateNumber: z.string(),
      domains: z.array(z.string()),
      validNow: z.boolean(),
      status: z.string(),
    }),
    handler: ({ app, params }) => verifyCertificate(app, params.token),
  }),
];
