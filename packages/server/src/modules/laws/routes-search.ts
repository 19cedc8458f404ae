import { sql } from 'kysely';
import { z } from 'zod';
import { LAW_LEVELS } from '@zhifa/domain';
import type { RouteSpec } from '../../platform/route';
import { defineRead, defineWrite } from '../../platform/route';
import { isoDate, text, uuid } from '../../platform/schemas';
import { searchLibrary } from './search/search-library';
import { createThesaurusEntry, updateThesaurusEntry } from './search/save-thesaurus-entry';
import { deleteThesaurusEntry } from './search/delete-thesaurus-entry';

const tags = ['法律法规库'];

const reason = z.object({
  term: z.string(),
  kind: z.enum(['phrase', 'words', 'title', 'fuzzy']),
  matched: z.string(),
  thesaurus: z.object({ id: z.string(), term: z.string(), expansions: z.array(z.string()) }).nullable(),
});
const relation = z.enum(['inForce', 'older', 'newer']);

export const findResultSchema = z.object({
  q: z.string(),
  date: z.string(),
  terms: z.array(z.string()),
  /** Typos and partial words read as the library's word (烧考 → 烧烤). */
  corrections: z.array(z.object({ typed: z.string(), word: z.string() })),
  thesaurus: z.array(
    z.object({ id: z.string(), term: z.string(), expansions: z.array(z.string()), domain: z.string() }),
  ),
  /** True when a word was found nowhere and trigram look-alikes stand in for it. */
  fuzzy: z.boolean(),
  items: z.array(
    z.object({
      itemId: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      domain: z.string(),
      active: z.boolean(),
      /** Delegated to the searching officer's township on the date. */
      delegated: z.boolean(),
      highlights: z.array(z.string()),
      reasons: z.array(reason),
      articles: z.array(
        z.object({ articleId: z.string().nullable(), citation: z.string(), role: z.enum(['basis', 'penalty']) }),
      ),
      score: z.number(),
    }),
  ),
  articles: z.array(
    z.object({
      articleId: z.string(),
      lawId: z.string(),
      versionId: z.string(),
      shortTitle: z.string(),
      lawTitle: z.string(),
      level: z.enum(LAW_LEVELS),
      label: z.string(),
      heading: z.string(),
      citation: z.string(),
      snippet: z.string(),
      highlights: z.array(z.string()),
      reasons: z.array(reason),
      /** An article that sets a penalty (罚则, 法律责任). */
      penalty: z.boolean(),
      citedBy: z.array(
        z.object({
          itemId: z.string(),
          code: z.string(),
          name: z.string(),
          role: z.enum(['basis', 'penalty']),
          delegated: z.boolean(),
        }),
      ),
      version: z.object({ versionDate: z.string(), validFrom: z.string(), validTo: z.string().nullable(), relation }),
      otherVersions: z.array(z.object({ versionId: z.string(), versionDate: z.string(), relation })),
      score: z.number(),
    }),
  ),
});

const entrySchema = z.object({
  id: z.string(),
  term: z.string(),
  expansions: z.array(z.string()),
  domain: z.string(),
  note: z.string().nullable(),
  source: z.enum(['seed', 'admin']),
  updatedAt: z.string(),
});

const entryBody = z.strictObject({
  term: text(30, 1),
  expansions: z.array(text(60, 1)).min(1, '至少填写一个法律用语').max(12, '法律用语不能超过 12 个'),
  domain: text(20, 1),
  note: text(200).nullable().optional(),
  commandId: text(100).optional(),
});

export const lawSearchRoutes: RouteSpec[] = [
  defineRead({
    method: 'GET',
    url: '/api/laws/find',
    access: 'law:read',
    summary: '执法检索：按执法人员常用说法查找执法事项与法条（分词、同义词表、现行版本）',
    tags,
    query: z.strictObject({
      q: text(100, 1).refine((s) => s.trim().length > 0, '不能为空'),
      date: isoDate.optional(),
      limit: z.coerce.number().int().min(1).max(50).default(15),
    }),
    response: findResultSchema,
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
    query: z.strictObject({ q: text(30).optional() }),
    response: z.array(entrySchema),
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
    body: entryBody,
    response: z.object({
      id: z.string(),
      term: z.string(),
      expansions: z.array(z.string()),
      domain: z.string(),
      note: z.string().nullable(),
    }),
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
    params: z.strictObject({ id: uuid }),
    body: entryBody,
    response: z.object({
      id: z.string(),
      term: z.string(),
      expansions: z.array(z.string()),
      domain: z.string(),
      note: z.string().nullable(),
    }),
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
    params: z.strictObject({ id: uuid }),
    response: z.object({ id: z.string() }),
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
