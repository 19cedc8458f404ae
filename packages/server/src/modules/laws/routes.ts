import { z } from 'zod';
import type { RouteSpec } from '../../platform/route';
import { defineRead, defineWrite } from '../../platform/route';
import { badRequest, notFound } from '../../platform/errors';
import { idParams, isoDate, text, uuid } from '../../platform/schemas';
import { importLaw } from './import-law';
import { getArticle, getLaw, listArticles, listLaws } from './queries';
import { resolveCitation } from './resolve-citation';
import {
  articleDetailSchema,
  articleSchema,
  lawDetailSchema,
  lawSummarySchema,
  levelSchema,
  searchResultSchema,
} from './schemas';
import { searchLaws } from './search-laws';
import { lawSearchRoutes } from './routes-search';

const tags = ['法律法规库'];
const ordinal = z.coerce.number().int().min(1).max(10_000);

export const lawRoutes: RouteSpec[] = [
  ...lawSearchRoutes,
  defineRead({
    method: 'GET',
    url: '/api/laws',
    access: 'law:read',
    summary: '法律法规列表（现行版本）',
    tags,
    query: z.strictObject({ level: levelSchema.optional(), q: text(50).optional() }),
    response: z.array(lawSummarySchema),
    handler: ({ app, query }) => listLaws(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/search',
    access: 'law:read',
    summary: '按词检索法律法规条文',
    tags,
    query: z.strictObject({
      q: text(100, 1),
      level: levelSchema.optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      offset: z.coerce.number().int().min(0).max(10_000).default(0),
    }),
    response: searchResultSchema,
    handler: ({ app, query }) => searchLaws(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/resolve',
    access: 'law:read',
    summary: '解析法条引用（如“行政处罚法 第51条第2款”）',
    tags,
    query: z.strictObject({ citation: text(200, 1), date: isoDate.optional() }),
    response: z.object({
      citation: z.string(),
      lawId: z.string(),
      shortTitle: z.string(),
      versionId: z.string(),
      versionDate: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      articleId: z.string(),
      articleLabel: z.string(),
      paragraph: z.number().nullable(),
      item: z.number().nullable(),
      text: z.string(),
      article: articleSchema,
    }),
    handler: async ({ app, query }) => {
      const r = await resolveCitation(app.db, query.citation, query.date);
      if (!r.ok) throw r.code === 'CITATION_INVALID' ? badRequest(r.code, r.message) : notFound(r.message, r.code);
      const { ok: _ok, ...found } = r;
      const detail = await getArticle(app.db, r.articleId);
      return { ...found, article: articleSchema.parse(detail) };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/articles/:articleId',
    access: 'law:read',
    summary: '条文详情（含款项、上一条与下一条）',
    tags,
    params: z.strictObject({ articleId: uuid }),
    response: articleDetailSchema,
    handler: ({ app, params }) => getArticle(app.db, params.articleId),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/:id',
    access: 'law:read',
    summary: '法律法规详情（版本与章节目录）',
    tags,
    params: idParams,
    query: z.strictObject({ version: uuid.optional() }),
    response: lawDetailSchema,
    handler: ({ app, params, query }) => getLaw(app.db, params.id, query.version),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/:id/articles',
    access: 'law:read',
    summary: '法律法规条文（可按版本、章、节筛选）',
    tags,
    params: idParams,
    query: z.strictObject({ version: uuid.optional(), chapter: ordinal.optional(), section: ordinal.optional() }),
    response: z.object({ lawId: z.string(), versionId: z.string(), articles: z.array(articleSchema) }),
    handler: ({ app, params, query }) => listArticles(app.db, params.id, query),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/laws/import',
    access: 'law:manage',
    summary: '导入法律法规文本（Markdown，文件名含版本日期）',
    tags,
    body: z.strictObject({
      fileName: text(200, 1).regex(/\.md$/i, '文件应为 .md 格式，例如“行政处罚法(2021-01-22).md”'),
      text: text(900_000, 1),
      commandId: text(100).optional(),
    }),
    response: z.object({
      outcome: z.enum(['created', 'unchanged', 'newVersion']),
      lawId: z.string(),
      versionId: z.string(),
      shortTitle: z.string(),
      versionDate: z.string(),
      articleCount: z.number(),
      current: z.boolean(),
    }),
    auditEvent: 'law.imported',
    handler: async ({ tx, body, actor, audited }) => {
      const r = await importLaw(tx, {
        fileName: body.fileName,
        text: body.text,
        source: 'upload',
        importedBy: actor?.userId ?? null,
      });
      audited({
        objectType: 'law_version',
        objectId: r.versionId,
        details: {
          fileName: body.fileName,
          outcome: r.outcome,
          shortTitle: r.shortTitle,
          versionDate: r.versionDate,
          articleCount: r.articleCount,
        },
      });
      return r;
    },
  }),
];
