import {
  idParams,
  idResult,
  listPeopleQuery,
  peoplePageView,
  personBody,
  personDetailView,
  personIdentityView,
  personUpdateBody,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { createPerson } from './create-person';
import { listPeople } from './list-people';
import { personDetail } from './person-detail';
import { readIdentity } from './read-identity';
import { updatePerson } from './update-person';

const tags = ['执法人员'];

export const personRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/people',
    access: 'person:read',
    summary: '执法人员列表（身份证号、电话均为脱敏显示）',
    tags,
    query: listPeopleQuery,
    response: peoplePageView,
    handler: ({ app, query, scope }) => listPeople(app, scope(), query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/people/:id',
    access: 'person:read',
    summary: '执法人员详情（执法证、培训记录、用户账号）',
    tags,
    params: idParams,
    response: personDetailView,
    handler: ({ app, actor, params, authorize }) => personDetail(app, actor!, params.id, (r) => authorize(r)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/people/:id/identity',
    access: 'person:viewIdentity',
    summary: '查看完整身份证号与电话（每次查看均记入审计日志）',
    tags,
    params: idParams,
    response: personIdentityView,
    handler: (ctx) => readIdentity(ctx.app, ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/people',
    access: 'person:manage',
    summary: '登记执法人员（身份证号按 GB 11643 校验，加密存储）',
    tags,
    body: personBody,
    response: idResult,
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
    response: idResult,
    auditEvent: 'person.updated',
    handler: (ctx) => updatePerson(ctx),
  }),
];
