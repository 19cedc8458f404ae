import {
  addBenchmarkVersionBody,
  benchmarkDetailView,
  benchmarkFileView,
  benchmarkListView,
  createBenchmarkBody,
  idParams,
  importBenchmarksExcelBody,
  importBenchmarksJsonBody,
  importBenchmarksResult,
  itemBenchmarkQuery,
  caseBenchmarkView,
  listBenchmarksQuery,
  savedBenchmarkResult,
  workbookResponse,
} from '@zhifa/contract';
import { BENCHMARK_FORMAT } from '@zhifa/domain';
import { sendWorkbook } from '../../shared/workbook-reply';
import { benchmarkTemplate, benchmarkWorkbook } from './benchmarks-excel';
import { importBenchmarksExcel } from './import-excel';
import { DEMO_TEMPLATE_ROWS } from './template-example';
import { notFound } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { addBenchmarkVersion } from './add-version';
import { itemBenchmarkPreview } from './item-benchmark';
import { createBenchmark } from './create-benchmark';
import { importBenchmarks } from './import-benchmarks';
import { benchmarkDetail, exportBenchmarkFile, listBenchmarks } from './queries';

const tags = ['裁量基准'];

export const benchmarkRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/benchmarks',
    access: 'item:read',
    summary: '裁量基准库（按事项编码、关键词筛选；附当前施行版本）',
    tags,
    query: listBenchmarksQuery,
    response: benchmarkListView,
    handler: ({ app, query }) => listBenchmarks(app.db, app.today(), query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/benchmarks/export.json',
    access: 'item:read',
    summary: '导出裁量基准库（JSON 交换格式，可原样导入）',
    tags,
    response: benchmarkFileView,
    handler: async ({ app, auditRead }) => {
      const file = await exportBenchmarkFile(app.db);
      await auditRead({
        eventType: 'benchmark.exported',
        objectType: 'discretion_benchmark',
        details: { benchmarks: file.benchmarks.length, format: 'json' },
      });
      return file;
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/benchmarks/template',
    access: 'item:read',
    summary: '下载裁量基准导入模板（Excel，含示例和填写说明）',
    tags,
    response: workbookResponse,
    handler: async ({ reply }) =>
      sendWorkbook(
        reply,
        '裁量基准导入模板.xlsx',
        'benchmark-template.xlsx',
        await benchmarkTemplate({ format: BENCHMARK_FORMAT, benchmarks: DEMO_TEMPLATE_ROWS }),
      ),
  }),
  defineRead({
    method: 'GET',
    url: '/api/benchmarks/calculate',
    access: 'case:handle',
    summary: '按事项的裁量基准计算裁量阶次、罚款幅度和适用说明（当场处罚，行政处罚法 第34条、第51条）',
    tags,
    query: itemBenchmarkQuery,
    response: caseBenchmarkView,
    handler: ({ app, query }) => itemBenchmarkPreview(app.db, query, app.today()),
  }),
  defineRead({
    method: 'GET',
    url: '/api/benchmarks/export',
    access: 'item:read',
    summary: '导出裁量基准库（Excel，可原样导入）',
    tags,
    response: workbookResponse,
    handler: async ({ app, reply, auditRead }) => {
      const file = await exportBenchmarkFile(app.db);
      await auditRead({
        eventType: 'benchmark.exported',
        objectType: 'discretion_benchmark',
        details: { benchmarks: file.benchmarks.length, format: 'xlsx' },
      });
      return sendWorkbook(reply, `裁量基准库-${app.today()}.xlsx`, 'benchmarks.xlsx', await benchmarkWorkbook(file));
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/benchmarks/:id',
    access: 'item:read',
    summary: '裁量基准详情（各版本、档次、适用条件、保存时的检查报告）',
    tags,
    params: idParams,
    response: benchmarkDetailView,
    handler: async ({ app, params }) => {
      const d = await benchmarkDetail(app.db, params.id);
      if (!d) throw notFound('裁量基准不存在');
      return d;
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/benchmarks',
    access: 'item:manage',
    summary: '新增裁量基准（事项的一项违法行为及其第一个版本）',
    tags,
    body: createBenchmarkBody,
    response: savedBenchmarkResult,
    successStatus: 201,
    auditEvent: 'benchmark.created',
    handler: (ctx) => createBenchmark(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/benchmarks/:id/versions',
    access: 'item:manage',
    summary: '新增裁量基准版本（原版本保留，按违法行为发生时间适用）',
    tags,
    params: idParams,
    body: addBenchmarkVersionBody,
    response: savedBenchmarkResult,
    successStatus: 201,
    auditEvent: 'benchmark.versionAdded',
    handler: (ctx) => addBenchmarkVersion(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/benchmarks/import.json',
    access: 'item:manage',
    summary: '导入裁量基准（JSON 交换格式，整体校验，有错误则全部不导入）',
    tags,
    body: importBenchmarksJsonBody,
    response: importBenchmarksResult,
    auditEvent: 'benchmark.imported',
    handler: async (ctx) => {
      const out = await importBenchmarks(ctx.tx, ctx.actor, ctx.body.file.benchmarks, (b, v) => ({
        where: `第${b + 1}个基准（${ctx.body.file.benchmarks[b].itemCode}）第${v + 1}个版本`,
      }));
      ctx.audited({
        objectType: 'discretion_benchmark',
        details: { benchmarks: out.benchmarks, versions: out.versions },
      });
      return out;
    },
  }),

  defineWrite({
    method: 'POST',
    url: '/api/benchmarks/import',
    access: 'item:manage',
    summary: '从 Excel 导入裁量基准（整表校验，逐行逐列列出错误，有错误则全部不导入）',
    tags,
    body: importBenchmarksExcelBody,
    response: importBenchmarksResult,
    auditEvent: 'benchmark.imported',
    handler: (ctx) => importBenchmarksExcel(ctx),
  }),
];
