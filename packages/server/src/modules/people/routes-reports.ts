import {
  idParams,
  peopleSettingsBody,
  peopleSettingsView,
  reviewerRatioListView,
  reviewerRatioView,
} from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { peopleSettingsOf } from './queries';
import { reviewerRatioReport } from './reports';
import { updatePeopleSettings } from './update-people-settings';

const tags = ['执法人员'];

export const reportRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/reports/reviewer-ratio',
    access: 'person:read',
    summary: '法制审核人员配备比例（各执法主体）',
    tags,
    response: reviewerRatioListView,
    handler: ({ app, scope }) => reviewerRatioReport(app, scope()),
  }),
  defineRead({
    method: 'GET',
    url: '/api/agencies/:id/reviewer-ratio',
    access: 'person:read',
    summary: '某执法主体的法制审核人员配备比例',
    tags,
    params: idParams,
    response: reviewerRatioView,
    handler: async ({ app, params, authorize }) => {
      const agency = await app.db
        .selectFrom('agencies')
        .select(['id', 'region_code'])
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!agency) throw notFound();
      authorize({ agencyId: agency.id, regionCode: agency.region_code });
      const [row] = await reviewerRatioReport(app, { kind: 'agency', agencyId: agency.id });
      if (!row) throw notFound();
      return row;
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/agencies/:id/people-settings',
    access: 'person:read',
    summary: '执法主体的年度学时要求与法制审核人员最低比例',
    tags,
    params: idParams,
    response: peopleSettingsView,
    handler: async ({ app, params, authorize }) => {
      const agency = await app.db
        .selectFrom('agencies')
        .select(['id', 'region_code'])
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!agency) throw notFound();
      authorize({ agencyId: agency.id, regionCode: agency.region_code });
      return (await peopleSettingsOf(app.db, [agency.id])).get(agency.id)!;
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/agencies/:id/people-settings',
    access: 'person:manage',
    summary: '设置年度学时要求与法制审核人员最低比例（县级统筹部门）',
    tags,
    params: idParams,
    body: peopleSettingsBody,
    response: peopleSettingsView,
    auditEvent: 'agency.peopleSettingsChanged',
    handler: (ctx) => updatePeopleSettings(ctx),
  }),
];
