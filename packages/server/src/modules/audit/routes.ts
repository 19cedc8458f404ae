import { auditPageView, auditQuery, auditVerificationView } from '@zhifa/contract';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../platform/audit';
import { readCheckpoint } from '../../platform/audit-checkpoint';
import { defineRead } from '../../platform/route';

const tags = ['审计'];

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
      let q = app.db.selectFrom('audit_log').selectAll();
      if (query.eventType) q = q.where('event_type', 'like', `${query.eventType.replace(/[%_\\]/g, '\\$&')}%`);
      if (query.actor) q = q.where('actor_name', '=', query.actor);
      if (query.outcome) q = q.where('outcome', '=', query.outcome);
      if (query.from) q = q.where('at', '>=', new Date(`${query.from}T00:00:00+08:00`));
      if (query.to) q = q.where('at', '<', new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000));
      if (query.before) q = q.where(sql<boolean>`seq < ${query.before}::bigint`);
      const rows = await q
        .orderBy('seq', 'desc')
        .limit(query.limit + 1)
        .execute();
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((r) => ({
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
        nextBefore: rows.length > query.limit ? String(page[page.length - 1].seq) : null,
      };
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
