import {
  correctionBody,
  correctionResult,
  documentListView,
  documentPdfQuery,
  documentSettingsBody,
  documentSettingsView,
  idParams,
  pdfResponse,
  signedCopyResult,
} from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import { defineRead, defineWrite, type RouteContext } from '../../platform/route';
import { foldRow, loadActions, loadCaseRow } from '../cases/load-case';
import { correctDocument } from './correct-document';
import { latestVersion, loadDocument, versionPdf } from './document-queries';
import { agencyLocation, getDocumentSettings, updateDocumentSettings } from './document-settings';
import { listCaseDocuments } from './list-documents';
import { renderCaseFile } from './render-case-file';
import { ensureFirstVersion } from './render-document';
import { receiveSignedCopy, registerSignedCopy } from './upload-signed-copy';

const tags = ['文书'];

function sendPdf(ctx: RouteContext<unknown, unknown, unknown>, fileName: string, pdf: Buffer, sha256?: string) {
  const reply = ctx.reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'private, no-store');
  if (sha256) reply.header('x-content-sha256', sha256);
  return reply.send(pdf);
}

export const documentRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/documents',
    access: 'case:read',
    summary: '案件文书：版本、核验码、公开地址与签收件',
    tags,
    params: idParams,
    response: documentListView,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      return { items: await listCaseDocuments(ctx.app, row.id) };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/documents/:id/pdf',
    access: 'case:read',
    summary: '文书 PDF（默认最新版本；首次打印时生成并存档，此后原样提供）',
    tags,
    params: idParams,
    query: documentPdfQuery,
    response: pdfResponse,
    handler: async (ctx) => {
      const { app } = ctx;
      const doc = await loadDocument(app.db, ctx.params.id);
      ctx.authorize({ agencyId: doc.agencyId, regionCode: doc.regionCode });
      const latest = await latestVersion(app.db, doc.id);
      // Never printed: this request is the first print (asked for as the latest or as version 1).
      if (latest === 0 && (ctx.query.version ?? 1) === 1)
        await ensureFirstVersion(app, doc, ctx.actor, { ip: ctx.ip, requestId: ctx.requestId });
      const version = ctx.query.version ?? Math.max(latest, 1);
      const stored = await versionPdf(app.db, doc.id, version);
      if (!stored) throw notFound(`文书没有第 ${version} 版`, 'VERSION_NOT_FOUND');
      return sendPdf(
        ctx,
        `${doc.title}${doc.number ? `-${doc.number}` : ''}-v${version}.pdf`,
        Buffer.from(stored.pdf),
        stored.sha256,
      );
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/documents/:id/corrections',
    access: 'case:handle',
    summary: '更正文书：按当前记录生成新版本并载明理由，原版本保留可查',
    tags,
    params: idParams,
    body: correctionBody,
    response: correctionResult,
    successStatus: 201,
    auditEvent: 'document.corrected',
    handler: async (ctx) => {
      const r = await correctDocument(ctx.uow, ctx.params.id, ctx.body.reason, ctx.actor!.userId, (d) =>
        ctx.authorize(d),
      );
      ctx.audited({
        objectType: 'document',
        objectId: ctx.params.id,
        details: { version: r.version, reason: ctx.body.reason },
      });
      return r;
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/documents/:id/signed-copies',
    access: 'evidence:upload',
    summary: '上传签收件（multipart：文件字段 file，表单字段 commandId；作为证据登记并记录哈希）',
    tags,
    params: idParams,
    response: signedCopyResult,
    successStatus: 201,
    auditEvent: 'document.signedCopyUploaded',
    receive: (ctx) => receiveSignedCopy(ctx),
    handler: (ctx) => registerSignedCopy(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/case-file.pdf',
    access: 'case:read',
    summary: '案卷 PDF：封面、卷内目录（页号）、正卷与副卷文书及证据图片',
    tags,
    params: idParams,
    response: pdfResponse,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      const state = foldRow(row, await loadActions(ctx.app.db, row.id));
      const pdf = await renderCaseFile(ctx.app, row, state);
      return sendPdf(ctx, `${row.number}-案卷.pdf`, pdf);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/agencies/:id/document-settings',
    access: 'agency:read',
    summary: '文书设置：机关代字、各类文书代字、罚没款收款账户',
    tags,
    params: idParams,
    response: documentSettingsView,
    handler: async (ctx) => {
      const a = await agencyLocation(ctx.app.db, ctx.params.id);
      ctx.authorize(a);
      return getDocumentSettings(ctx.app.db, a.agencyId);
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/agencies/:id/document-settings',
    access: 'document:configure',
    summary: '修改文书设置（此后签发的文号使用新代字）',
    tags,
    params: idParams,
    body: documentSettingsBody,
    response: documentSettingsView,
    auditEvent: 'document.settingsUpdated',
    handler: async (ctx) => {
      const a = await agencyLocation(ctx.tx, ctx.params.id);
      ctx.authorize(a);
      const r = await updateDocumentSettings(ctx.uow, a.agencyId, ctx.body);
      ctx.audited({
        objectType: 'agency',
        objectId: a.agencyId,
        details: {
          docPrefix: ctx.body.docPrefix,
          series: ctx.body.series,
          payee: ctx.body.payee === undefined ? undefined : !!ctx.body.payee,
        },
      });
      return r;
    },
  }),
];
