import {
  agencyHistoryView,
  agencyItemsView,
  consistencyView,
  createDecisionBody,
  dateQuery,
  decisionDetailView,
  decisionSummaryListView,
  exercisableParams,
  exercisableView,
  groupBody,
  groupListView,
  idleQuery,
  idleView,
  idParams,
  idResult,
  listDecisionsQuery,
  okResponse,
  townshipListView,
  townshipParams,
  workbookResponse,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { sendWorkbook } from '../catalogue/routes';
import { consistencyReport } from './consistency';
import { createDecision } from './create-decision';
import { chinaToday } from './dates';
import { isItemExercisable } from './exercisable';
import { idleReport } from './idle-items';
import { publicListWorkbook } from './public-list';
import {
  agencyHistory,
  agencyItemsOn,
  decisionDetail,
  findTownship,
  listDecisions,
  listGroups,
  townshipsWithCounts,
} from './queries';
import { createGroup, deleteGroup, updateGroup } from './save-group';

const tags = ['赋权管理'];

export const delegationRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/delegation/townships',
    access: 'delegation:read',
    summary: '乡镇（街道）及其分类、当日可行使事项数',
    tags,
    response: townshipListView,
    handler: ({ app }) => townshipsWithCounts(app.db, chinaToday(app)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/groups',
    access: 'delegation:read',
    summary: '乡镇分类（一类乡镇、一张清单）',
    tags,
    response: groupListView,
    handler: ({ app }) => listGroups(app.db),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/delegation/groups',
    access: 'delegation:manage',
    summary: '新增乡镇分类',
    tags,
    body: groupBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'townshipGroup.created',
    handler: (ctx) => createGroup(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/delegation/groups/:id',
    access: 'delegation:manage',
    summary: '修改乡镇分类及成员（不影响已作出的决定）',
    tags,
    params: idParams,
    body: groupBody,
    response: idResult,
    auditEvent: 'townshipGroup.updated',
    handler: (ctx) => updateGroup(ctx),
  }),
  defineWrite({
    method: 'DELETE',
    url: '/api/delegation/groups/:id',
    access: 'delegation:manage',
    summary: '删除乡镇分类（不影响已作出的决定）',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'townshipGroup.deleted',
    handler: (ctx) => deleteGroup(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/decisions',
    access: 'delegation:read',
    summary: '赋权、补充赋权与收回决定',
    tags,
    query: listDecisionsQuery,
    response: decisionSummaryListView,
    handler: ({ app, query }) => listDecisions(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/decisions/:id',
    access: 'delegation:read',
    summary: '决定详情（事项、乡镇）',
    tags,
    params: idParams,
    response: decisionDetailView,
    handler: ({ app, params }) => decisionDetail(app.db, params.id),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/delegation/decisions',
    access: 'delegation:manage',
    summary: '登记赋权、补充赋权或收回决定（须有文号，登记后不可修改）',
    tags,
    body: createDecisionBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'delegation.decided',
    handler: (ctx) => createDecision(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/agencies/:agencyId/items',
    access: 'delegation:read',
    summary: '乡镇某日可行使的事项清单（默认今天）',
    tags,
    params: townshipParams,
    query: dateQuery,
    response: agencyItemsView,
    handler: async ({ app, params, query }) =>
      agencyItemsOn(app.db, await findTownship(app.db, params.agencyId), query.date ?? chinaToday(app)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/agencies/:agencyId/items/:code',
    access: 'delegation:read',
    summary: '乡镇某日能否行使某事项',
    tags,
    params: exercisableParams,
    query: dateQuery,
    response: exercisableView,
    handler: async ({ app, params, query }) => {
      const date = query.date ?? chinaToday(app);
      return {
        agencyId: params.agencyId,
        code: params.code,
        date,
        exercisable: await isItemExercisable(app.db, params.agencyId, params.code, date),
      };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/agencies/:agencyId/history',
    access: 'delegation:read',
    summary: '乡镇赋权清单的变化历史',
    tags,
    params: townshipParams,
    response: agencyHistoryView,
    handler: async ({ app, params }) => agencyHistory(app.db, await findTownship(app.db, params.agencyId)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/agencies/:agencyId/export',
    access: 'delegation:read',
    summary: '导出乡镇赋权事项清单（公示用 Excel）',
    tags,
    params: townshipParams,
    query: dateQuery,
    response: workbookResponse,
    handler: async ({ app, params, query, reply, auditRead }) => {
      const township = await findTownship(app.db, params.agencyId);
      const date = query.date ?? chinaToday(app);
      const data = await publicListWorkbook(app.db, township, date);
      await auditRead({
        eventType: 'delegation.listExported',
        objectType: 'agency',
        objectId: township.id,
        details: { date },
      });
      return sendWorkbook(reply, `${township.name}赋权事项清单-${date}.xlsx`, `delegated-items-${date}.xlsx`, data);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/idle',
    access: 'delegation:read',
    summary: '零执法事项：赋权后 N 个月无案件、无检查的事项（默认 12 个月）',
    tags,
    query: idleQuery,
    response: idleView,
    handler: ({ app, query }) => idleReport(app.db, query.asOf ?? chinaToday(app), query.months),
  }),
  defineRead({
    method: 'GET',
    url: '/api/delegation/consistency',
    access: 'delegation:read',
    summary: '乡镇清单一致性检查（目录中存在、非县级保留）',
    tags,
    query: dateQuery,
    response: consistencyView,
    handler: ({ app, query }) => consistencyReport(app.db, query.date ?? chinaToday(app)),
  }),
];
