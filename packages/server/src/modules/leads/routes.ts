import { z } from 'zod';
import { defineRead, defineWrite } from '../../platform/route';
import { idParams, isoDate, text, uuid } from '../../platform/schemas';
import { createLead } from './create-lead';
import { leadDetail, listLeads, loadLead } from './list-leads';
import { vetLead } from './vet-lead';

const tags = ['案源管理'];
const SOURCES = ['inspection', 'complaint', 'hotline', 'transfer', 'patrol', 'monitoring'] as const;
const STATUSES = ['pending', 'filed', 'closed', 'merged'] as const;

const lead = z.object({
  id: z.string(),
  number: z.string(),
  source: z.string(),
  sourceLabel: z.string(),
  receivedAt: z.string(),
  summary: z.string(),
  location: z.string().nullable(),
  partyName: z.string().nullable(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  vetDue: z.string().nullable(),
  vettingStatus: z.string(),
  overdue: z.boolean(),
  caseId: z.string().nullable(),
  mergedInto: z.string().nullable(),
  closeReason: z.string().nullable(),
  agencyId: z.string(),
  updatedAt: z.string(),
});

export const leadRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/leads',
    access: 'lead:read',
    summary: '案源列表（游标分页；可按状态、来源、关键词筛选；超过核查期限的标记逾期）',
    tags,
    query: z.strictObject({
      status: z.enum(STATUSES).optional(),
      source: z.enum(SOURCES).optional(),
      q: text(100).optional(),
      after: text(300).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({ items: z.array(lead), next: z.string().nullable() }),
    handler: async (ctx) => listLeads(ctx.app, ctx.scope(), ctx.query),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/leads',
    access: 'lead:manage',
    summary: '登记案源',
    tags,
    body: z.strictObject({
      commandId: text(100).optional(),
      source: z.enum(SOURCES),
      receivedAt: isoDate,
      summary: text(5000, 1),
      location: text(500).optional(),
      partyName: text(200).optional(),
      itemCode: text(100).optional(),
      reporter: text(200).optional(),
    }),
    response: z.object({ id: z.string(), number: z.string() }),
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
    response: lead.extend({
      history: z.array(
        z.object({
          seq: z.number().int(),
          at: z.string(),
          actorName: z.string().nullable(),
          event: z.string(),
          eventLabel: z.string(),
          details: z.unknown(),
        }),
      ),
    }),
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
    body: z.strictObject({
      commandId: text(100).optional(),
      decision: z.enum(['file', 'close', 'merge']),
      reason: text(2000, 1),
      mergeInto: uuid.optional(),
      filing: z.record(z.string().max(100), z.unknown()).optional(),
    }),
    response: z.object({ caseId: z.string().optional(), caseNumber: z.string().optional() }),
    auditEvent: 'lead.vetted',
    handler: (ctx) => vetLead(ctx),
  }),
];
