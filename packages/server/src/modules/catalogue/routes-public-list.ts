// The township's public list of delegated items as an Excel download (delegation's URL; see public-list.ts).
import { dateQuery, townshipParams, workbookResponse } from '@zhifa/contract';
import { defineRead } from '../../platform/route';
import { sendWorkbook } from '../../shared/workbook-reply';
import { findTownship } from '../delegation/queries';
import { publicListWorkbook } from './public-list';

const tags = ['赋权管理'];

export const publicListRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/delegation/agencies/:agencyId/export',
    access: 'delegation:read',
    summary: '导出乡镇赋权事项清单（公示用 Excel）',
    tags,
    params: townshipParams,
    query: dateQuery,
    response: workbookResponse,
    handler: async ({ app, params, query, reply, auditRead }) => {
      const township = await findTownship(app.db, params.agencyId);
      const date = query.date ?? app.today();
      const data = await publicListWorkbook(app.db, township, date);
      await auditRead({
        eventType: 'delegation.listExported',
        objectType: 'agency',
        objectId: township.id,
        details: { date },
      });
      return sendWorkbook(reply, `${township.name}赋权事项清单-${date}.xlsx`, `delegated-items-${date}.xlsx`, data);
    },
  }),
];
