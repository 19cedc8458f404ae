import { caseBenchmarkQuery, caseBenchmarkView, idParams } from '@zhifa/contract';
import { defineRead } from '../../../platform/route';
import { foldRow, loadActions, loadCaseRow } from '../load-case';
import { caseBenchmarkPreview } from './case-benchmark';

export const caseBenchmarkRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/benchmark',
    access: 'case:read',
    summary: '按裁量基准计算本案的裁量阶次、罚款幅度和适用说明（行政处罚法 第34条、第37条）',
    tags: ['案件办理'],
    params: idParams,
    query: caseBenchmarkQuery,
    response: caseBenchmarkView,
    handler: async (ctx) => {
      const row = await loadCaseRow(ctx.app.db, ctx.params.id);
      ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
      const state = foldRow(row, await loadActions(ctx.app.db, row.id));
      return caseBenchmarkPreview(ctx.app.db, row, state, ctx.query, ctx.app.today());
    },
  }),
];
