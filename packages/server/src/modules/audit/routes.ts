import { auditPageView, auditQuery, auditVerificationView, workbookResponse } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type * as z from 'zod';
import type { DB } from '../../db/schema';
import { sendWorkbook } from '../../shared/workbook-reply';
import { AUDIT_EXPORT_MAX_ROWS, auditWorkbook } from './audit-excel';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../platform/audit';
import { readCheckpoint } from '../../platform/audit-checkpoint';
import { defineRead } from '../../platform/route';
import { describeEntries } from './describe-entries';

const tags = ['审计'];

type AuditQuery = Omit<z.infer<typeof auditQuery>, 'limit'>;

function filtered(db: Kysely<DB>, query: AuditQuery) {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.eventType) q = q.where('event_type', 'like', `${query.eventType.replace(/[%_\\]/g, '\\$&')}%`);
  if (query.actor) q = q.where('actor_name', '=', query.actor);
  if (query.outcome) q = q.where('outcome', '=', query.outcome);
  if (query.from) q = q.where('at', '>=', new Date(`${query.from}T00:00:00+08:00`));
  if (query.to) q = q.where('at', '<', new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000));
  return q;
}

export const auditRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/audit',
    access: 'audit:read',
    summary: '审计日志（按序号倒序，键集分页）',
    tags,
    query: auditQuery,
    response: auditPageView,
    handler: async ({ app, query }) => {
      let q = filtered(app.db, query);
      if (query.before) q = q.where(sql<boolean>`seq < ${query.before}::bigint`);
      const rows = await q
        .orderBy('seq', 'desc')
        .limit(query.limit + 1)
        .execute();
      const page = rows.slice(0, query.limit);
      return {
        items: await describeEntries(
          app.db,
          page.map((r) => ({
            seq: String(r.seq),
            at: new Date(r.at).toISOString(),
            actorName: r.actor_name,
            actorRole: r.actor_role,
            agencyId: r.agency_id,
            sourceIp: r.source_ip,
            eventType: r.event_type,
            objectType: r.object_type,
            objectId: r.object_id,
            outcome: r.outcome,
            requestId: r.request_id,
            details: r.details,
          })),
        ),
        nextBefore: rows.length > query.limit ? String(page[page.length - 1].seq) : null,
      };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/audit/export',
    access: 'audit:read',
    summary: '导出审计日志（Excel，按筛选条件，对象与操作以名称和文字显示）',
    tags,
    query: auditQuery,
    response: workbookResponse,
    handler: async ({ app, query, reply, auditRead }) => {
      const { limit: _limit, before: _before, ...filter } = query;
      const rows = await filtered(app.db, filter).orderBy('seq', 'desc').limit(AUDIT_EXPORT_MAX_ROWS).execute();
      const data = await auditWorkbook(app.db, rows, app.today());
      await auditRead({ eventType: 'audit.exported', objectType: 'audit', details: { rows: rows.length, filter } });
      return sendWorkbook(reply, `审计日志-${app.today()}.xlsx`, `audit-${app.today()}.xlsx`, data);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/audit/verify',
    access: 'audit:verify',
    summary: '校验审计日志哈希链，报告第一处断点',
    tags,
    response: auditVerificationView,
    handler: async ({ app }) => {
      let checkpoint;
      try {
        checkpoint = readCheckpoint(app.config.keyDir, app.keys.auditSeal);
      } catch (err) {
        // A checkpoint that does not verify is itself a finding, reported like a broken link.
        const report = await verifyAuditChain(app.db, app.keys.auditSeal);
        return { ...report, ok: false, firstBroken: { seq: report.lastSeq ?? '0', reason: (err as Error).message } };
      }
      return verifyAuditChain(app.db, app.keys.auditSeal, undefined, checkpoint);
    },
  }),
];
