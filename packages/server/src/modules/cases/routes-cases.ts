import {
  caseDetailView,
  caseFileView as caseFileSchema,
  casePageView,
  commandBody,
  commandResult,
  idParams,
  listCasesQuery,
  workbookResponse,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { assertStrictPayload } from './commands/assert-strict-payload';
import { caseActorOf } from './case-actor';
import { caseDetail } from './views/case-detail';
import { caseFileView } from './views/case-file';
import { caseCommandPreload } from './commands/command-snapshot';
import { executeCaseCommand } from './commands/execute-command';
import { commandResponse } from './commands/command-response';
import { listCases } from './views/list-cases';
import { exportCaseLedger } from './views/export-cases';
import { sendWorkbook } from '../../shared/workbook-reply';
import { foldRow, loadActions, loadCaseRow } from './load-case';

const tags = ['案件办理'];

export const caseCoreRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/cases/export',
    access: 'case:read',
    summary: '导出案件台账（Excel，按列表的筛选条件，全部页）',
    tags,
    query: listCasesQuery,
    response: workbookResponse,
    handler: async (ctx) => {
      const { after: _after, limit: _limit, ...filter } = ctx.query;
      const out = await exportCaseLedger(ctx.app, ctx.scope(), caseActorOf(ctx.actor!), filter);
      // An export takes data out of the platform: it is on the record like a change.
      await ctx.auditRead({ eventType: 'case.exported', objectType: 'case', details: { rows: out.rows, filter } });
      return sendWorkbook(ctx.reply, `案件台账-${ctx.app.today()}.xlsx`, `cases-${ctx.app.today()}.xlsx`, out.data);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/cases',
    access: 'case:read',
    summary: '案件列表（按更新时间倒序，游标分页；可按状态、程序、本人承办、逾期、关键词筛选）',
    tags,
    query: listCasesQuery,
    response: casePageView,
    handler: async (ctx) => listCases(ctx.app, ctx.scope(), caseActorOf(ctx.actor!), ctx.query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/cases/:id',
    access: 'case:read',
    summary: '案件详情：当前状态、办理记录、可办理的操作、期限、文书、证据',
    tags,
    params: idParams,
    response: caseDetailView,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      return caseDetail(ctx.app, ctx.app.db, row, caseActorOf(ctx.actor!));
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/cases/:id/commands',
    // case:read, not case:handle: reviewers (case:review) and heads (case:approve) act on cases
    // too. Who may take which action is the procedure's action table (roles, 办审定分离), checked
    // by decide(); the server adds only that the actor belongs to the case's agency.
    access: 'case:read',
    summary: '办理案件：提交一项程序操作（乐观并发：expectedVersion；幂等：commandId）',
    tags,
    params: idParams,
    body: commandBody,
    response: commandResult,
    auditEvent: 'case.command',
    // The row lock serialises commands on one case (read committed; the version check then sees
    // the winner's version); the command id is claimed in the same statement.
    preload: (ctx) => {
      // Refused before the transaction opens: an unknown key never costs a lock.
      assertStrictPayload(ctx.body.type, ctx.body.payload);
      return caseCommandPreload(ctx.params.id, ctx.actor!.personId);
    },
    handler: async (ctx) => {
      const locked = ctx.preloaded;
      const { row } = locked;
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      const out = await executeCaseCommand(
        ctx.uow,
        caseActorOf(ctx.actor!),
        row.id,
        { type: ctx.body.type, payload: ctx.body.payload, expectedVersion: ctx.body.expectedVersion },
        locked,
      );
      ctx.audited({
        objectType: 'case',
        objectId: row.id,
        details: { type: ctx.body.type, seq: out.seq, version: out.version, status: out.status },
      });
      return commandResponse(out);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/case-file',
    access: 'case:read',
    summary: '案卷：正卷、副卷的排列顺序、页码和档案号',
    tags,
    params: idParams,
    response: caseFileSchema,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      return caseFileView(row, foldRow(row, await loadActions(ctx.app.db, row.id)));
    },
  }),
];
