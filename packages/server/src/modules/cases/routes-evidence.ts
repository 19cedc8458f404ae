import { z } from 'zod';
import { defineRead, defineWrite } from '../../platform/route';
import { idParams } from '../../platform/schemas';
import { caseEvidence } from './evidence-queries';
import { foldRow, loadActions, loadCaseRow } from './load-case';
import { evidenceView, ledgerOf, loadEvidence, location, openEvidence, recordCustody } from './read-evidence';
import { evidenceView as evidenceListItem, tags } from './schemas';
import { caseCommandPreload } from './command-snapshot';
import { receiveEvidence, registerEvidence } from './upload-evidence';

const evidenceDetail = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  sha256: z.string(),
  size: z.number(),
  mimeType: z.string(),
  fileName: z.string().nullable(),
  capturedAt: z.string(),
  location: z.string().nullable(),
  officerIds: z.array(z.string()),
  illegal: z.object({ reason: z.string() }).nullable(),
  uploadedAt: z.string(),
});

export const evidenceRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/cases/:id/evidence',
    access: 'evidence:upload',
    summary:
      '上传证据（multipart：sha256、kind、title、capturedAt、location?、officerIds?、source?，文件字段 file；服务器校验 SHA-256）',
    tags,
    params: idParams,
    response: z.object({ id: z.string(), sha256: z.string() }),
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
    response: z.object({ items: z.array(evidenceListItem) }),
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
    response: evidenceDetail,
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
    response: z.any().describe('application/octet-stream'),
    handler: async (ctx) => {
      const e = await loadEvidence(ctx.app, ctx.params.id);
      ctx.authorize(location(e));
      const file = openEvidence(ctx.app, e);
      try {
        await recordCustody(ctx.app, e, ctx.actor!, 'downloaded', { ip: ctx.ip, requestId: ctx.requestId });
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
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/evidence/:id/ledger',
    access: 'evidence:read',
    summary: '证据保管链（哈希链校验结果）',
    tags,
    params: idParams,
    response: z.object({
      items: z.array(
        z.object({
          seq: z.number().int(),
          event: z.string(),
          contentSha256: z.string(),
          metadataSha256: z.string(),
          actorName: z.string().nullable(),
          at: z.string(),
          sourceIp: z.string().nullable(),
          details: z.unknown(),
          prevHash: z.string(),
          hash: z.string(),
        }),
      ),
      chain: z.object({ ok: z.boolean(), rows: z.number().int(), brokenAt: z.number().int().nullable() }),
    }),
    handler: async (ctx) => {
      const e = await loadEvidence(ctx.app, ctx.params.id);
      ctx.authorize(location(e));
      return ledgerOf(ctx.app, e);
    },
  }),
];
