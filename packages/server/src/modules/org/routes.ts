import { isValidCreditCode, validateCreditCode } from '@zhifa/domain';
import { badRequest, notFound } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import {
  agencyBody,
  agencyListView,
  idParams,
  idResult,
  listAgenciesQuery,
  regionListView,
  teamBody,
} from '@zhifa/contract';

const tags = ['组织机构'];
function assertCreditCode(code: string | null | undefined) {
  if (!code) return;
  if (!isValidCreditCode(code)) {
    const r = validateCreditCode(code);
    throw badRequest('INVALID_CREDIT_CODE', r.ok ? '统一社会信用代码无效' : r.message);
  }
}

export const orgRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/regions',
    access: 'region:read',
    summary: '行政区划列表',
    tags,
    response: regionListView,
    handler: async ({ app }) => {
      const rows = await app.db.selectFrom('regions').selectAll().orderBy('code').execute();
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
        provisional: r.provisional,
      }));
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/agencies',
    access: 'agency:read',
    summary: '执法主体列表（含执法队）',
    tags,
    query: listAgenciesQuery,
    response: agencyListView,
    handler: async ({ app, query }) => {
      let q = app.db
        .selectFrom('agencies')
        .innerJoin('regions', 'regions.code', 'agencies.region_code')
        .selectAll('agencies')
        .select('regions.name as region_name');
      if (query.kind) q = q.where('agencies.kind', '=', query.kind);
      if (query.q) q = q.where('agencies.name', 'like', `%${query.q.replace(/[%_\\]/g, '\\$&')}%`);
      const rows = await q.orderBy('agencies.region_code').orderBy('agencies.name').execute();
      const teams = await app.db.selectFrom('teams').selectAll().execute();
      return rows.map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.short_name,
        kind: a.kind,
        regionCode: a.region_code,
        regionName: a.region_name,
        parentId: a.parent_id,
        creditCode: a.credit_code,
        docPrefix: a.doc_prefix,
        domains: a.domains,
        teams: teams.filter((t) => t.agency_id === a.id).map((t) => ({ id: t.id, name: t.name })),
      }));
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/agencies',
    access: 'agency:manage',
    summary: '新增执法主体',
    tags,
    body: agencyBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'agency.created',
    handler: async ({ tx, body, audited }) => {
      assertCreditCode(body.creditCode);
      const regionExists = await tx
        .selectFrom('regions')
        .select('code')
        .where('code', '=', body.regionCode)
        .executeTakeFirst();
      if (!regionExists) throw badRequest('UNKNOWN_REGION', `行政区划 ${body.regionCode} 不存在`);
      const row = await tx
        .insertInto('agencies')
        .values({
          name: body.name,
          short_name: body.shortName,
          kind: body.kind,
          region_code: body.regionCode,
          parent_id: body.parentId ?? null,
          credit_code: body.creditCode ?? null,
          doc_prefix: body.docPrefix,
          domains: body.domains,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audited({ objectType: 'agency', objectId: row.id, details: { name: body.name } });
      return { id: row.id };
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/agencies/:id',
    access: 'agency:manage',
    summary: '修改执法主体',
    tags,
    params: idParams,
    body: agencyBody,
    response: idResult,
    auditEvent: 'agency.updated',
    handler: async ({ tx, params, body, audited }) => {
      assertCreditCode(body.creditCode);
      const r = await tx
        .updateTable('agencies')
        .set({
          name: body.name,
          short_name: body.shortName,
          kind: body.kind,
          region_code: body.regionCode,
          parent_id: body.parentId ?? null,
          credit_code: body.creditCode ?? null,
          doc_prefix: body.docPrefix,
          domains: body.domains,
        })
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound();
      audited({ objectType: 'agency', objectId: params.id });
      return { id: params.id };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/agencies/:id/teams',
    access: 'agency:manage',
    summary: '新增执法队',
    tags,
    params: idParams,
    body: teamBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'team.created',
    handler: async ({ tx, params, body, audited }) => {
      const a = await tx.selectFrom('agencies').select('id').where('id', '=', params.id).executeTakeFirst();
      if (!a) throw notFound();
      const row = await tx
        .insertInto('teams')
        .values({ agency_id: params.id, name: body.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      audited({ objectType: 'team', objectId: row.id, details: { agencyId: params.id } });
      return { id: row.id };
    },
  }),
];
