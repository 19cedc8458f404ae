import {
  idParams,
  idResult,
  importTrainingResult,
  okResponse,
  shortfallQuery,
  shortfallView,
  trainingBody,
  workbookResponse,
} from '@zhifa/contract';
import { isBrokenMultipart } from '../../platform/http';
import { badRequest } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { importTraining } from './import-training';
import { trainingShortfallReport } from './reports';
import { createTraining, deleteTraining, updateTraining } from './save-training';
import { yearOfDate } from '../../platform/clock';
import { MAX_IMPORT_BYTES, trainingTemplate } from './training-excel';

const tags = ['执法人员'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const trainingRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/people/:id/training',
    access: 'person:manage',
    summary: '登记培训记录（只填分钟时按 45 分钟折合 1 学时）',
    tags,
    params: idParams,
    body: trainingBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'training.created',
    handler: (ctx) => createTraining(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/training/:id',
    access: 'person:manage',
    summary: '修改培训记录',
    tags,
    params: idParams,
    body: trainingBody,
    response: idResult,
    auditEvent: 'training.updated',
    handler: (ctx) => updateTraining(ctx),
  }),
  defineWrite({
    method: 'DELETE',
    url: '/api/training/:id',
    access: 'person:manage',
    summary: '删除培训记录（审计日志保留删除内容）',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'training.deleted',
    handler: (ctx) => deleteTraining(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/training/import',
    access: 'person:manage',
    summary: '从 Excel 导入培训记录（multipart 文件字段 file；任一行有错则整表不导入）',
    tags,
    response: importTrainingResult,
    auditEvent: 'training.imported',
    // The import writes its own audit row, also for a refused sheet.
    manualTx: true,
    handler: async ({ app, req, actor, scope, ip, requestId }) => {
      if (!req.isMultipart()) throw badRequest('FILE_REQUIRED', '请以表单方式上传 Excel 文件（字段名 file）');
      const part = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!part) throw badRequest('FILE_REQUIRED', '请选择要导入的 Excel 文件');
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (err) {
        if (isBrokenMultipart(err))
          throw badRequest('INVALID_MULTIPART', '上传内容不完整或格式不正确（传输可能中断），请重新上传');
        throw badRequest('FILE_TOO_LARGE', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
      }
      return importTraining(app, actor!, scope(), { data, filename: part.filename.slice(0, 200) }, { ip, requestId });
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/training/template',
    access: 'person:manage',
    summary: '下载培训记录导入模板（.xlsx）',
    tags,
    response: workbookResponse,
    handler: async ({ reply }) => {
      reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="training-template.xlsx"; filename*=UTF-8''${encodeURIComponent('培训记录导入模板.xlsx')}`,
        );
      return trainingTemplate();
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/training/shortfall',
    access: 'person:read',
    summary: '年度学时未达标人员（按执法主体）',
    tags,
    query: shortfallQuery,
    response: shortfallView,
    handler: ({ app, query, scope }) =>
      trainingShortfallReport(app, scope(), query.year ?? yearOfDate(app.today()), query.agencyId),
  }),
];
