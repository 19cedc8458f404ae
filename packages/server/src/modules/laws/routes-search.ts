import { sql } from 'kysely';
import {
  findQuery,
  findResultView,
  idParams,
  idResult,
  savedThesaurusEntryView,
  thesaurusEntryBody,
  thesaurusEntryListView,
  thesaurusQuery,
} from '@zhifa/contract';
import type { RouteSpec } from '../../platform/route';
import { defineRead, defineWrite } from '../../platform/route';
import { searchLibrary } from './search/search-library';
import { createThesaurusEntry, updateThesaurusEntry } from './search/save-thesaurus-entry';
import { deleteThesaurusEntry } from './search/delete-thesaurus-entry';

const tags = ['法律法规库'];

export const lawSearchRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/laws/find',
    access: 'law:read',
    summary: '执法检索：按执法人员常用说法查找执法事项与法条（分词、同义词表、现行版本）',
    tags,
    query: findQuery,
    response: findResultView,
    handler: ({ app, query, actor }) =>
      searchLibrary(app.db, {
        q: query.q,
        date: query.date ?? app.today(),
        limit: query.limit,
        agencyId: actor?.agencyId ?? null,
      }),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/thesaurus',
    access: 'law:read',
    summary: '执法同义词表',
    tags,
    query: thesaurusQuery,
    response: thesaurusEntryListView,
    handler: async ({ app, query }) => {
      let qb = app.db
        .selectFrom('search_thesaurus')
        .select(['id', 'term', 'expansions', 'domain', 'note', 'source', 'updated_at'])
        .orderBy('domain')
        .orderBy('term');
      const q = query.q?.trim();
      if (q) {
        const like = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
        qb = qb.where(sql<boolean>`(term like ${like} or domain like ${like} or expansions::text like ${like})`);
      }
      const rows = await qb.execute();
      return rows.map((r) => ({
        id: r.id,
        term: r.term,
        expansions: r.expansions,
        domain: r.domain,
        note: r.note,
        source: r.source,
        updatedAt: r.updated_at.toISOString(),
      }));
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/laws/thesaurus',
    access: 'law:manage',
    summary: '新增同义词条',
    tags,
    body: thesaurusEntryBody,
    response: savedThesaurusEntryView,
    successStatus: 201,
    auditEvent: 'law.thesaurus.created',
    handler: async ({ app, tx, body, actor, audited }) => {
      const r = await createThesaurusEntry(tx, body, actor?.userId ?? null, app.now());
      audited({
        objectType: 'search_thesaurus',
        objectId: r.id,
        details: { term: r.term, expansions: r.expansions, domain: r.domain },
      });
      return r;
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/laws/thesaurus/:id',
    access: 'law:manage',
    summary: '修改同义词条',
    tags,
    params: idParams,
    body: thesaurusEntryBody,
    response: savedThesaurusEntryView,
    auditEvent: 'law.thesaurus.updated',
    handler: async ({ app, tx, params, body, actor, audited }) => {
      const { before, ...r } = await updateThesaurusEntry(tx, params.id, body, actor?.userId ?? null, app.now());
      audited({
        objectType: 'search_thesaurus',
        objectId: r.id,
        details: { before, after: { term: r.term, expansions: r.expansions, domain: r.domain } },
      });
      return r;
    },
  }),
  defineWrite({
    method: 'DELETE',
    url: '/api/laws/thesaurus/:id',
    access: 'law:manage',
    summary: '删除同义词条',
    tags,
    params: idParams,
    response: idResult,
    auditEvent: 'law.thesaurus.deleted',
    handler: async ({ tx, params, audited }) => {
      const r = await deleteThesaurusEntry(tx, params.id);
      audited({
        objectType: 'search_thesaurus',
        objectId: r.id,
        details: { term: r.term, expansions: r.expansions, domain: r.domain },
      });
      return { id: r.id };
    },
  }),
];
