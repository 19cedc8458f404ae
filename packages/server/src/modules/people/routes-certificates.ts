import {
  certificateBody,
  certificateQrResponse,
  certificateRemindersView,
  certificateStatusBody,
  certificateStatusResult,
  idParams,
  idResult,
  publicCertificateView,
  verifyTokenParams,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { certificateLocation } from './certificate-location';
import { certificateQrPng, verifyUrl } from './certificate-qr';
import { listCertificateReminders } from './certificate-reminders';
import { changeCertificateStatus } from './change-certificate-status';
import { createCertificate, updateCertificate } from './save-certificate';
import { verifyCertificate } from './verify-certificate';

const tags = ['执法人员'];

export const certificateRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/people/:id/certificates',
    access: 'person:manage',
    summary: '登记行政执法证',
    tags,
    params: idParams,
    body: certificateBody,
    response: idResult,
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
    response: idResult,
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
    response: certificateStatusResult,
    auditEvent: 'certificate.statusChanged',
    handler: (ctx) => changeCertificateStatus(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/certificates/reminders',
    access: 'person:read',
    summary: '执法证到期提醒（60 天、30 天两级）',
    tags,
    response: certificateRemindersView,
    handler: ({ app, scope }) => listCertificateReminders(app, scope()),
  }),
  defineRead({
    method: 'GET',
    url: '/api/certificates/:id/qr',
    access: 'person:read',
    summary: '执法证公示二维码（PNG，指向公开核验页 /verify/<token>）',
    tags,
    params: idParams,
    response: certificateQrResponse,
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
    params: verifyTokenParams,
    response: publicCertificateView,
    handler: ({ app, params }) => verifyCertificate(app, params.token),
  }),
];
