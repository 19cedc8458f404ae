import {
  createItemBody,
  departmentListView,
  fineProvisionsListView,
  fineProvisionsQuery,
  idParams,
  idResult,
  importItemsBody,
  importItemsResult,
  itemDetailView,
  itemListView,
  itemRevisionResult,
  listItemsQuery,
  okResponse,
  updateItemBody,
  workbookResponse,
} from '@zhifa/contract';
import { defineRead, defineWrite } from '../../platform/route';
import { sendWorkbook } from '../../shared/workbook-reply';
import { itemFineProvisions } from '../cases/commands/fine-provisions';
import { createItem } from './create-item';
import { deleteItem } from './delete-item';
import { importItems } from './import-items';
import { itemDetail } from './item-detail';
import { catalogueTemplate, exportCatalogueWorkbook } from './items-excel';
import { loadDepartments } from './prepare-item';
import { allItems, listItems } from './queries';
import { changeItem } from './update-item';

const tags = ['执法事项'];

export const catalogueRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/items',
    access: 'item:read',
    summary: '执法事项目录（按领域、类型、部门、关键词、县级保留筛选）',
    tags,
    query: listItemsQuery,
    response: itemListView,
    handler: ({ app, query }) => listItems(app.db, query),
  }),
  defineRead({
    method: 'GET',
    url: '/api/items/departments',
    access: 'item:read',
    summary: '可作为事项实施部门的县级部门',
    tags,
    response: departmentListView,
    handler: async ({ app }) =>
      (await loadDepartments(app.db)).all.map((d) => ({ id: d.id, name: d.name, shortName: d.shortName })),
  }),
  defineRead({
    method: 'GET',
    url: '/api/items/template',
    access: 'item:read',
    summary: '下载执法事项导入模板（含填写说明）',
    tags,
    response: workbookResponse,
    handler: async ({ app, reply }) => {
      const departments = await loadDepartments(app.db);
      return sendWorkbook(
        reply,
        '执法事项导入模板.xlsx',
        'item-template.xlsx',
        await catalogueTemplate(departments.all.map((d) => d.name)),
      );
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/items/export',
    access: 'item:read',
    summary: '导出执法事项目录（Excel，可原样导入）',
    tags,
    response: workbookResponse,
    handler: async ({ app, reply, auditRead }) => {
      const items = await allItems(app.db);
      const data = await exportCatalogueWorkbook(items);
      // An export takes data out of the platform: it is on the record like a change.
      await auditRead({ eventType: 'item.exported', objectType: 'enforcement_item', details: { items: items.length } });
      return sendWorkbook(reply, `执法事项目录-${app.today()}.xlsx`, 'items.xlsx', data);
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/items/fine-provisions',
    access: 'item:read',
    summary: '事项的罚款规定（各版本、适用对象），供处罚决定核对罚款幅度（行政处罚法 第29–32条、第37条）',
    tags,
    query: fineProvisionsQuery,
    response: fineProvisionsListView,
    handler: ({ app, query }) =>
      itemFineProvisions(
        app.db,
        [
          ...new Set(
            query.codes
              .split(',')
              .map((c) => c.trim())
              .filter(Boolean),
          ),
        ].slice(0, 50),
      ),
  }),
  defineRead({
    method: 'GET',
    url: '/api/items/:id',
    access: 'item:read',
    summary: '执法事项详情（含依据条文与当前承接乡镇）',
    tags,
    params: idParams,
    response: itemDetailView,
    handler: ({ app, params }) => itemDetail(app, app.db, params.id),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/items',
    access: 'item:manage',
    summary: '新增执法事项',
    tags,
    body: createItemBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'item.created',
    handler: (ctx) => createItem(ctx),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/items/:id',
    access: 'item:manage',
    summary: '修改执法事项（编码不可改）',
    tags,
    params: idParams,
    body: updateItemBody,
    response: itemRevisionResult,
    auditEvent: 'item.updated',
    handler: (ctx) => changeItem(ctx),
  }),
  defineWrite({
    method: 'DELETE',
    url: '/api/items/:id',
    access: 'item:manage',
    summary: '删除未被引用的执法事项',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'item.deleted',
    handler: (ctx) => deleteItem(ctx),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/items/import',
    access: 'item:manage',
    summary: '从 Excel 导入执法事项（整表校验，有错误则全部不导入）',
    tags,
    body: importItemsBody,
    response: importItemsResult,
    auditEvent: 'item.imported',
    handler: (ctx) => importItems(ctx),
  }),
];
