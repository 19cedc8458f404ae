// Staff routes of 事后公示: the task list, one task with its rendition and findings, and the
// transitions. Each transition is a write (one transaction with its audit row naming the user).
import {
  disclosurePublishBody,
  disclosureReasonBody,
  disclosureSettingsBody,
  disclosureSettingsView,
  disclosureTaskDetail,
  disclosureTaskListView,
  disclosureTaskQuery,
  disclosureTransitionResult,
  idParams,
} from '@zhifa/contract';
import { forbidden } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { expireEndedPublications } from './expire-publications';
import { holdRendition } from './hold-rendition';
import type { LockedTask } from './lock-task';
import { publishRendition } from './publish-rendition';
import { listTasks, taskDetail } from './queries';
import { releaseRendition } from './release-rendition';
import { agencyLocation, countyWide, listDisclosureSettings, saveDisclosureSettings } from './settings';
import { withdrawRendition } from './withdraw-rendition';

const tags = ['事后公示'];

type Transition = 'publish' | 'hold' | 'release' | 'withdraw';

const TRANSITIONS: Record<
  Transition,
  { summary: string; status: 'published' | 'held' | 'pending' | 'withdrawn'; event: string }
> = {
  publish: { summary: '发布公示（记录批准人）', status: 'published', event: 'disclosure.published' },
  hold: { summary: '暂缓公示或撤下待复核（须说明理由）', status: 'held', event: 'disclosure.held' },
  release: { summary: '复核放行被暂缓的公示文本（须说明理由）', status: 'pending', event: 'disclosure.released' },
  withdraw: {
    summary: '撤回公示（须说明理由，公开地址答复 410 及撤回说明）',
    status: 'withdrawn',
    event: 'disclosure.withdrawn',
  },
};

function transitionRoute(kind: Transition) {
  const t = TRANSITIONS[kind];
  return defineWrite({
    method: 'POST',
    url: `/api/disclosure/tasks/:id/${kind}`,
    access: 'disclosure:publish',
    summary: t.summary,
    tags,
    params: idParams,
    body: kind === 'publish' ? disclosurePublishBody : disclosureReasonBody,
    response: disclosureTransitionResult,
    auditEvent: t.event,
    handler: async (ctx) => {
      const userId = ctx.actor!.userId;
      const authorize = (task: LockedTask) => ctx.authorize({ agencyId: task.agency_id, regionCode: task.region_code });
      const reason = (ctx.body as { reason?: string }).reason ?? '';
      const task =
        kind === 'publish'
          ? await publishRendition(ctx.uow, userId, ctx.params.id, authorize)
          : kind === 'hold'
            ? await holdRendition(ctx.uow, userId, ctx.params.id, reason, authorize)
            : kind === 'release'
              ? await releaseRendition(ctx.uow, userId, ctx.params.id, reason, authorize)
              : await withdrawRendition(ctx.uow, userId, ctx.params.id, reason, authorize);
      ctx.audited({
        objectType: 'disclosure',
        objectId: task.id,
        details: {
          caseId: task.case_id,
          documentNumber: task.document_number,
          from: task.status,
          to: t.status,
          approvedBy: userId,
          ...(reason ? { reason } : {}),
        },
      });
      return { id: task.id, status: t.status };
    },
  });
}

export const disclosureRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/disclosure/tasks',
    access: 'disclosure:read',
    summary: '事后公示任务：按状态、机关、是否逾期筛选',
    tags,
    query: disclosureTaskQuery,
    response: disclosureTaskListView,
    handler: async ({ app, query, scope }) => {
      // The publication period is over for some: they are shown as expired, not as published.
      await expireEndedPublications(app.db, app.today(), app.now());
      return listTasks(app.db, scope(), query, app.today());
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/disclosure/tasks/:id',
    access: 'disclosure:read',
    summary: '公示任务：公示文本、检测结果与处理记录',
    tags,
    params: idParams,
    response: disclosureTaskDetail,
    handler: ({ app, params, authorize }) => taskDetail(app, params.id, (loc) => authorize(loc)),
  }),
  defineRead({
    method: 'GET',
    url: '/api/disclosure/settings',
    access: 'disclosure:configure',
    summary: '公示设置：各机关、各领域的公示期限（工作日）、公示期与姓名显示方式',
    tags,
    response: disclosureSettingsView,
    handler: ({ app, scope }) => listDisclosureSettings(app.db, scope()),
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/disclosure/settings',
    access: 'disclosure:configure',
    summary: '修改公示设置（此后作出的决定按新设置公示）',
    tags,
    body: disclosureSettingsBody,
    response: disclosureSettingsView,
    auditEvent: 'disclosure.settingsUpdated',
    handler: async (ctx) => {
      const { commandId: _, ...body } = ctx.body;
      if (body.agencyId === null) {
        if (!countyWide(ctx.scope())) throw forbidden('全县通用的公示设置只能由县级管理或监督人员修改');
      } else ctx.authorize(await agencyLocation(ctx.tx, body.agencyId));
      const saved = await saveDisclosureSettings(ctx.uow, body);
      ctx.audited({
        objectType: 'disclosureSettings',
        objectId: saved.id,
        details: { ...body, previous: saved.previous },
      });
      return listDisclosureSettings(ctx.tx, ctx.scope());
    },
  }),
  transitionRoute('publish'),
  transitionRoute('hold'),
  transitionRoute('release'),
  transitionRoute('withdraw'),
];
