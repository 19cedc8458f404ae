import { z } from 'zod';
import { defineRead, defineWrite } from '../../platform/route';
import { idParams, text, uuid } from '../../platform/schemas';
import { createPerson } from './create-person';
import { listPeople } from './list-people';
import { personDetail } from './person-detail';
import { readIdentity } from './read-identity';
import {
  account,
  certificateView,
  CERT_FILTERS,
  personBody,
  personListItem,
  personUpdateBody,
  POSTS,
  tags,
  trainingView,
} from './schemas';
import { updatePerson } from './update-person';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const personRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/people',
    access: 'person:read',
    summary: '执法人员列表（身份证号、电话均为脱敏显示）',
    tags,
    query: z.strictObject({
      agencyId: uuid.optional(),
      post: z.enum(POSTS).optional(),
      certificateStatus: z.enum(CERT_FILTERS).optional(),
      expiring: bool.optional(),
      active: bool.optional(),
      q: text(50).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).max(100_000).default(0),
    }),
    response: z.object({ total: z.number().int(), items: z.array(personListItem) }),
    handler: ({ app, query, scope }) => listPeople(app, scope(), query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/people/:id',
    access: 'person:read',
    summary: '执法人员详情（执法证、培训记录、用户账号）',
    tags,
    params: idParams,
    response: z.object({
      id: z.string(),
      name: z.string(),
      agencyId: z.string(),
      agencyName: z.string(),
      agencyShortName: z.string(),
      teamId: z.string().nullable(),
      teamName: z.string().nullable(),
      post: z.enum(POSTS),
      idNumberMasked: z.string().nullable(),
      phoneMasked: z.string().nullable(),
      hasLegalQualification: z.boolean(),
      legalReviewer: z.boolean(),
      active: z.boolean(),
      certificateStatus: z.string(),
      certificateStatusLabel: z.string(),
      certificates: z.array(certificateView),
      training: z.array(trainingView),
      trainingYear: z.object({
        year: z.number(),
        hours: z.number(),
        required: z.number(),
        shortfall: z.number(),
        met: z.boolean(),
      }),
      accounts: z.array(account),
      permissions: z.object({ manage: z.boolean(), viewIdentity: z.boolean() }),
    }),
    handler: ({ app, actor, params, authorize }) => personDetail(app, actor!, params.id, (r) => authorize(r)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/people/:id/identity',
    access: 'person:viewIdentity',
    summary: '查看完整身份证号与电话（每次查看均记入审计日志）',
    tags,
    params: idParams,
    response: z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() }),
    handler: (ctx) => readIdentity(ctx.app, ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/people',
    access: 'person:manage',
    summary: '登记执法人员（身份证号按 GB 11643 校验，加密存储）',
    tags,
    body: personBody,
    response: z.object({ id: z.string() }),
    successStatus: 201,
    auditEvent: 'person.created',
    handler: (ctx) => createPerson(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/people/:id',
    access: 'person:manage',
    summary: '修改执法人员信息（不填身份证号、电话则保持不变）',
    tags,
    params: idParams,
    body: personUpdateBody,
    response: z.object({ id: z.string() }),
    auditEvent: 'person.updated',
    handler: (ctx) => updatePerson(ctx),
  }),
];
