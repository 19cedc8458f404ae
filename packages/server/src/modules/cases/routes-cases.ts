import {
  caseDetailView,
  caseFileView as caseFileSchema,
  casePageView,
  commandBody,
  commandResult,
  createCaseBody,
  createCaseResult,
  idParams,
  listCasesQuery,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { assertStrictPayload } from './assert-strict-payload';
import { assertLeadOpen, createCase } from './create-case';
import { caseActorOf } from './case-actor';
import { caseDetail } from './case-detail';
import { caseFileView } from './case-file';
import { lockCaseForCommand } from './command-snapshot';
import { executeCaseCommand } from './execute-command';
import { commandEnv, commandResponse } from './command-env';
import { listCases } from './list-cases';
import { foldRow, loadActions, loadCaseRow } from './load-case';
import { markLeadFiled } from '../leads/lead-events';

const tags = ['案件办理'];

export const caseCoreRoutes = [
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
  defineWrite({
    method: 'POST',
    url: '/api/cases',
    access: 'case:handle',
    summary: '新建案件：简易程序当场处罚（decideOnTheSpot）或普通程序立案申请（fileCase）',
    tags,
    body: createCaseBody,
    response: createCaseResult,
    successStatus: 201,
    auditEvent: 'case.created',
    handler: async (ctx) => {
      assertStrictPayload(ctx.body.procedure === 'summary' ? 'decideOnTheSpot' : 'fileCase', ctx.body.payload);
      const env = commandEnv(ctx);
      const leadId = typeof ctx.body.payload.leadId === 'string' ? ctx.body.payload.leadId : undefined;
      if (leadId) await assertLeadOpen(ctx.tx, env.actor, leadId);
      const out = await createCase(env, {
        procedure: ctx.body.procedure,
        payload: ctx.body.payload,
        ...(leadId ? { leadId } : {}),
      });
      if (leadId)
        await markLeadFiled(
          ctx.tx,
          leadId,
          out.caseId,
          { userId: env.actor.userId, name: env.actor.name },
          env.today,
          env.now,
        );
      ctx.audited({
        objectType: 'case',
        objectId: out.caseId,
        details: { number: out.number, procedure: ctx.body.procedure, type: out.state.history[0]?.type },
      });
      return { id: out.caseId, number: out.number, ...commandResponse(out) };
    },
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
    claimsCommand: true,
    handler: async (ctx) => {
      assertStrictPayload(ctx.body.type, ctx.body.payload);
      // The row lock serialises commands on one case (read committed; the version check below
      // then sees the winner's version).
      const locked = await lockCaseForCommand(ctx.tx, ctx.params.id, ctx.actor!.personId, ctx.commandClaim);
      const { row } = locked;
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      // Nothing after the command locks anything: its last statement may take the audit chain's lock.
      const env = { ...commandEnv(ctx), lastLockTaken: true };
      const out = await executeCaseCommand(
        env,
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
