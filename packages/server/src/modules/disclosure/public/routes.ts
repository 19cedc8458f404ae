// The public decision pages (no sign-in): the 一案一码 page behind each decision's QR code, and the
// list and search of published decisions. Server-rendered HTML, cached briefly (ETag, max-age).
import { htmlResponse, publicDecisionListQuery, publicDecisionParams, publicDecisionQuery } from '@zhifa/contract';
import { defineRead } from '../../../platform/route';
import { searchGrams } from '../open-task';
import { decisionPage, goneOrMissingPage, normaliseCode, withdrawnPage, type CodeCheck } from './decision-page';
import { sendPage } from '../../../shared/public-html';
import { listPage } from './list-page';
import { agencyNames, codeMatches, findPublicDecision, listPublished } from './queries';

const tags = ['公开'];

export const publicDecisionRoutes = [
  defineRead({
    method: 'GET',
    url: '/public/decisions',
    access: 'public',
    summary: '公开的行政处罚决定：列表与查询（服务端页面）',
    tags,
    query: publicDecisionListQuery,
    response: htmlResponse,
    handler: async ({ app, query, req, reply }) => {
      const q = query.q?.trim().toLowerCase() || null;
      const agency = query.agency?.trim() || null;
      const [found, agencies] = await Promise.all([
        listPublished(app.db, { q, grams: q ? searchGrams(q) : [], agency, page: query.page }, app.today()),
        agencyNames(app.db),
      ]);
      return sendPage(req, reply, listPage({ q, agency, page: query.page, ...found, agencies }), { maxAge: 60 });
    },
  }),
  defineRead({
    method: 'GET',
    url: '/public/decisions/:documentId',
    access: 'public',
    summary: '一案一码：公开的决定信息、办理过程与文书核验（撤回的答复 410 及撤回说明）',
    tags,
    params: publicDecisionParams,
    query: publicDecisionQuery,
    response: htmlResponse,
    handler: async ({ app, params, query, req, reply }) => {
      const found = await findPublicDecision(app.db, params.documentId, app.today());
      if (!found) return sendPage(req, reply.status(404), goneOrMissingPage('missing'), { maxAge: 60 });
      if (found.kind === 'withdrawn')
        return sendPage(
          req,
          reply.status(410),
          withdrawnPage(found.documentNumber, found.ground, found.reason, found.on),
          {
            maxAge: 60,
          },
        );
      if (found.kind === 'expired')
        return sendPage(req, reply.status(410), goneOrMissingPage('expired'), { maxAge: 60 });
      let check: CodeCheck = null;
      if (query.code !== undefined) {
        const code = normaliseCode(query.code);
        check = {
          code: code ?? query.code,
          matches: code !== null && (await codeMatches(app.db, found.documentId, code)),
        };
      }
      return sendPage(req, reply, decisionPage(found.documentId, found.rendition, check), { maxAge: 60 });
    },
  }),
];
