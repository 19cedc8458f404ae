import type { RouteSpec } from '../../platform/route';
import { defineRead, defineWrite } from '../../platform/route';
import { badRequest, notFound } from '../../platform/errors';
import {
  articleDetailView,
  articleParams,
  idParams,
  importLawBody,
  importLawResult,
  lawArticlesQuery,
  lawArticlesView,
  lawArticleView,
  lawDetailView,
  lawSummaryListView,
  lawVersionQuery,
  listLawsQuery,
  resolveCitationQuery,
  resolvedCitationView,
  searchLawsQuery,
  searchResultView,
} from '@zhifa/contract';
import { importLaw } from './import-law';
import { getArticle, getLaw, listArticles, listLaws } from './queries';
import { resolveCitation } from './resolve-citation';
import { searchLaws } from './search-laws';
import { lawSearchRoutes } from './routes-search';

const tags = ['法律法规库'];

export const lawRoutes: RouteSpec[] = [
  ...lawSearchRoutes,
  defineRead({
    method: 'GET',
    url: '/api/laws',
    access: 'law:read',
    summary: '法律法规列表（现行版本）',
    tags,
    query: listLawsQuery,
    response: lawSummaryListView,
    handler: ({ app, query }) => listLaws(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/search',
    access: 'law:read',
    summary: '按词检索法律法规条文',
    tags,
    query: searchLawsQuery,
    response: searchResultView,
    handler: ({ app, query }) => searchLaws(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/resolve',
    access: 'law:read',
    summary: '解析法条引用（如“行政处罚法 第51条第2款”）',
    tags,
    query: resolveCitationQuery,
    response: resolvedCitationView,
    handler: async ({ app, query }) => {
      const r = await resolveCitation(app.db, query.citation, query.date);
      if (!r.ok) throw r.code === 'CITATION_INVALID' ? badRequest(r.code, r.message) : notFound(r.message, r.code);
      const { ok: _ok, ...found } = r;
      const detail = await getArticle(app.db, r.articleId);
      return { ...found, article: lawArticleView.parse(detail) };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/articles/:articleId',
    access: 'law:read',
    summary: '条文详情（含款项、上一条与下一条）',
    tags,
    params: articleParams,
    response: articleDetailView,
    handler: ({ app, params }) => getArticle(app.db, params.articleId),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/:id',
    access: 'law:read',
    summary: '法律法规详情（版本与章节目录）',
    tags,
    params: idParams,
    query: lawVersionQuery,
    response: lawDetailView,
    handler: ({ app, params, query }) => getLaw(app.db, params.id, query.version),
  }),
  defineRead({
    method: 'GET',
    url: '/api/laws/:id/articles',
    access: 'law:read',
    summary: '法律法规条文（可按版本、章、节筛选）',
    tags,
    params: idParams,
    query: lawArticlesQuery,
    response: lawArticlesView,
    handler: ({ app, params, query }) => listArticles(app.db, params.id, query),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/laws/import',
    access: 'law:manage',
    summary: '导入法律法规文本（Markdown，文件名含版本日期）',
    tags,
    body: importLawBody,
    response: importLawResult,
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
