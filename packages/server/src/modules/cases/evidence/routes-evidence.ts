import {
  evidenceDetailView,
  evidenceFileResponse,
  evidenceLedgerView,
  evidenceListView,
  evidenceUploadResult,
  idParams,
} from '@zhifa/contract';
import { defineRead, defineWrite, type RouteContext } from '../../../platform/route';
import { caseEvidence } from './evidence-queries';
import { foldRow, loadActions, loadCaseRow } from '../load-case';
import {
  evidenceView,
  ledgerOf,
  loadEvidence,
  location,
  openEvidence,
  openEvidencePreview,
  recordCustody,
} from './read-evidence';
import { caseCommandPreload } from '../commands/command-snapshot';
import { receiveEvidence, registerEvidence } from './upload-evidence';

const tags = ['案件办理'];

/**
 * Streams a stored evidence file after the custody ledger and the audit log recorded the look
 * (security.md §4.2(6)): nothing is sent if recording fails.
 */
async function sendEvidenceFile(
  ctx: RouteContext<{ id: string }, unknown, undefined>,
  open: typeof openEvidence,
  event: 'viewed' | 'downloaded',
) {
  const e = await loadEvidence(ctx.app, ctx.params.id);
  ctx.authorize(location(e));
  const file = open(ctx.app, e);
  try {
    await recordCustody(ctx.app, e, ctx.actor!, event, { ip: ctx.ip, requestId: ctx.requestId });
  } catch (err) {
    file.stream.destroy();
    throw err;
  }
  ctx.reply
    .type(file.contentType)
    .header('content-disposition', file.disposition)
    .header('content-length', String(e.size))
    .header('x-content-sha256', e.sha256);
  return ctx.reply.send(file.stream);
}

export const evidenceRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/cases/:id/evidence',
    access: 'evidence:upload',
    summary:
      '上传证据（multipart：sha256、kind、title、capturedAt、location?、officerIds?、source?，文件字段 file；服务器校验 SHA-256）',
    tags,
    params: idParams,
    response: evidenceUploadResult,
    successStatus: 201,
    auditEvent: 'evidence.uploaded',
    // The file streams to the store before any transaction opens (a transaction must not wait on
    // a slow upload); the unit of work then writes case action, evidence, ledger and audit.
    receive: (ctx) => receiveEvidence(ctx),
    preload: (ctx) => caseCommandPreload(ctx.params.id, ctx.actor!.personId),
    handler: (ctx) => registerEvidence(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/evidence',
    access: 'evidence:read',
    summary: '案件证据清单',
    tags,
    params: idParams,
    response: evidenceListView,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      const state = foldRow(row, await loadActions(ctx.app.db, row.id));
      return { items: await caseEvidence(ctx.app.db, row.id, state) };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/evidence/:id',
    access: 'evidence:read',
    summary: '查看证据信息（记入证据保管链和审计日志）',
    tags,
    params: idParams,
    response: evidenceDetailView,
    handler: async (ctx) => {
      const e = await loadEvidence(ctx.app, ctx.params.id);
      ctx.authorize(location(e));
      await recordCustody(ctx.app, e, ctx.actor!, 'viewed', { ip: ctx.ip, requestId: ctx.requestId });
      return evidenceView(e);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/evidence/:id/content',
    access: 'evidence:read',
    summary: '下载证据文件（记入证据保管链和审计日志）',
    tags,
    params: idParams,
    response: evidenceFileResponse,
    handler: (ctx) => sendEvidenceFile(ctx, openEvidence, 'downloaded'),
  }),
  defineRead({
    method: 'GET',
    url: '/api/evidence/:id/preview',
    access: 'evidence:read',
    summary: '查看证据照片（缩略图与预览，内联显示；记入证据保管链和审计日志）',
    tags,
    params: idParams,
    response: evidenceFileResponse,
    handler: (ctx) => sendEvidenceFile(ctx, openEvidencePreview, 'viewed'),
  }),
  defineRead({
    method: 'GET',
    url: '/api/evidence/:id/ledger',
    access: 'evidence:read',
    summary: '证据保管链（哈希链校验结果）',
    tags,
    params: idParams,
    response: evidenceLedgerView,
    handler: async (ctx) => {
      const e = await loadEvidence(ctx.app, ctx.params.id);
      ctx.authorize(location(e));
      return ledgerOf(ctx.app, e);
    },
  }),
];
