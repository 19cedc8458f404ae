import {
  createLeadBody,
  createLeadResult,
  idParams,
  leadDetailView,
  leadPageView,
  listLeadsQuery,
  vetLeadBody,
  vetLeadResult,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { createLead } from './create-lead';
import { leadDetail, listLeads, loadLead } from './list-leads';
import { vetLead } from './vet-lead';

const tags = ['案源管理'];

export const leadRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/leads',
    access: 'lead:read',
    summary: '案源列表（游标分页；可按状态、来源、关键词筛选；超过核查期限的标记逾期）',
    tags,
    query: listLeadsQuery,
    response: leadPageView,
    handler: async (ctx) => listLeads(ctx.app, ctx.scope(), ctx.query),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/leads',
    access: 'lead:manage',
    summary: '登记案源',
    tags,
    body: createLeadBody,
    response: createLeadResult,
    successStatus: 201,
    auditEvent: 'lead.created',
    handler: (ctx) => createLead(ctx),
  }),
  defineRead({
    method: 'GET',
    url: '/api/leads/:id',
    access: 'lead:read',
    summary: '案源详情及处理经过',
    tags,
    params: idParams,
    response: leadDetailView,
    handler: async (ctx) => {
      const row = await loadLead(ctx.app, ctx.params.id);
      ctx.authorize({ agencyId: row.agency_id, regionCode: row.region_code });
      return leadDetail(ctx.app, row);
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/leads/:id/vet',
    access: 'lead:manage',
    summary: '核查案源：立案（提交立案申请）、不予立案办结或合并重复案源',
    tags,
    params: idParams,
    body: vetLeadBody,
    response: vetLeadResult,
    auditEvent: 'lead.vetted',
    handler: (ctx) => vetLead(ctx),
  }),
];
