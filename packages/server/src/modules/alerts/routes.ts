import {
  acknowledgeAlertBody,
  alertListView,
  alertRuleListView,
  alertRunView,
  idParams,
  latestAlertRunView,
  listAlertsQuery,
  okResponse,
  recheckAlertResult,
  startAlertRunBody,
} from '@zhifa/contract';
import { ALERT_RULE_IDS, ALERT_RULES, type ActiveAlertRuleId } from '@zhifa/domain';
import { conflict, notFound } from '../../platform/errors';
import { defineRead, defineWrite, type RouteSpec } from '../../platform/route';
import { findAlert, latestRun, listAlerts, runView } from './queries';
import { executeRun } from './run-rules';
import { recheckRule } from './recheck-rule';
import { RULE_LIST, RULES } from './rules/index';

const tags = ['执法预警'];

export const alertRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/alerts',
    access: 'alert:read',
    summary: '预警列表（按规则、状态、执法主体、案件筛选；附各状态数量）',
    tags,
    query: listAlertsQuery,
    response: alertListView,
    handler: ({ app, scope, query }) => listAlerts(app.db, scope(), query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/alerts/rules',
    access: 'alert:read',
    summary: '预警规则（名称、说明、法律依据、严重程度）',
    tags,
    response: alertRuleListView,
    handler: () =>
      ALERT_RULE_IDS.map((id) => {
        const r = ALERT_RULES[id];
        return {
          id,
          title: r.title,
          description: r.description,
          legalBasis: r.legalBasis,
          severity: r.severity,
          planned: 'planned' in r,
        };
      }),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/alerts/:id/acknowledge',
    access: 'alert:handle',
    summary: '知悉预警（记录处理说明；情况消除后自动关闭）',
    tags,
    params: idParams,
    body: acknowledgeAlertBody,
    response: okResponse,
    auditEvent: 'alert.acknowledged',
    handler: async (ctx) => {
      const a = await findAlert(ctx.tx, ctx.params.id);
      if (!a) throw notFound('预警不存在');
      ctx.authorize({ agencyId: a.agency_id, regionCode: a.region_code });
      if (a.status !== 'open') throw conflict('ALERT_NOT_OPEN', '只有待处理的预警可以标记为已知悉');
      await ctx.tx
        .updateTable('alerts')
        .set({
          status: 'acknowledged',
          acknowledged_at: ctx.uow.now,
          acknowledged_by: ctx.actor!.userId,
          acknowledged_note: ctx.body.note ?? null,
        })
        .where('id', '=', a.id)
        .execute();
      ctx.audited({ objectType: 'alert', objectId: a.id, details: { rule: a.rule } });
      return { ok: true as const };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/alerts/runs/latest',
    access: 'alert:read',
    summary: '最近一次预警规则运行（进度与结果）',
    tags,
    response: latestAlertRunView,
    handler: ({ app }) => latestRun(app.db),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/alerts/runs',
    access: 'alert:run',
    summary: '立即运行全部预警规则（后台运行，查询进度）',
    tags,
    response: alertRunView,
    body: startAlertRunBody,
    successStatus: 202,
    auditEvent: 'alert.runRequested',
    handler: async (ctx) => {
      const row = await ctx.tx
        .insertInto('alert_runs')
        .values({
          trigger: 'manual',
          requested_by: ctx.actor!.userId,
          requested_at: ctx.uow.now,
          rules_total: ctx.body.rules === 'all' ? RULE_LIST.length : ctx.body.rules.length,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      // The run starts once this row is committed; the page polls GET /api/alerts/runs/latest.
      const only =
        ctx.body.rules === 'all' ? undefined : ctx.body.rules.filter((r): r is ActiveAlertRuleId => r in RULES);
      ctx.afterCommit(() => void executeRun(ctx.app, row.id, only).catch(() => undefined));
      ctx.audited({ objectType: 'alert_run', objectId: row.id });
      return runView(row);
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/alerts/:id/recheck',
    access: 'alert:handle',
    summary: '复核预警：立即重新运行该预警的规则，情况已消除则自动关闭',
    tags,
    params: idParams,
    response: recheckAlertResult,
    auditEvent: 'alert.rechecked',
    handler: async (ctx) => {
      const a = await findAlert(ctx.tx, ctx.params.id);
      if (!a) throw notFound('预警不存在');
      ctx.authorize({ agencyId: a.agency_id, regionCode: a.region_code });
      const rechecked = await recheckRule(ctx.app, ctx.tx, a.rule, ctx.uow.now, ctx.uow.today);
      const after = await findAlert(ctx.tx, a.id);
      ctx.afterCommit(() => void rechecked.send());
      ctx.audited({ objectType: 'alert', objectId: a.id, details: { rule: a.rule, status: after!.status } });
      return { status: after!.status };
    },
  }),
];
