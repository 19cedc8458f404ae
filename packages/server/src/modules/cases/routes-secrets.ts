// Revealing the personal identifiers an action's payload shows masked. The same permission that
// shows an officer's full ID number (person:viewIdentity), within the case's data scope, and every
// read is a security event in the audit chain, written before the data leaves (security.md 28).
import { actionSecretsParams, actionSecretsView } from '@zhifa/contract';
import { notFound } from '../../platform/errors';
import { defineRead } from '../../platform/route';
import { loadCaseRow } from './load-case';
import { readActionSecrets } from './commands/protect-payload';

const tags = ['案件办理'];

export const secretRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/cases/:id/actions/:seq/secrets',
    access: 'person:viewIdentity',
    summary: '查看办理记录中的完整个人信息（代理人身份证号码、电子送达地址；每次查看均记入审计日志）',
    tags,
    params: actionSecretsParams,
    response: actionSecretsView,
    handler: async (ctx) => {
      const { app, params } = ctx;
      const row = await loadCaseRow(app.db, params.id);
      const location = { agencyId: row.agencyId, regionCode: row.regionCode };
      // Seeing the case at all (as its detail route asks), then the identity permission's own scope.
      ctx.authorize(location, 'case:read');
      ctx.authorize(location);
      const action = await app.db
        .selectFrom('case_actions')
        .select('type')
        .where('case_id', '=', row.id)
        .where('seq', '=', params.seq)
        .executeTakeFirst();
      if (!action) throw notFound();
      const secrets = await readActionSecrets(app, app.db, row.id, params.seq);
      await ctx.auditRead({
        eventType: 'case.secrets.reveal',
        objectType: 'case',
        objectId: row.id,
        details: { number: row.number, seq: params.seq, type: action.type, paths: secrets.map((s) => s.path) },
      });
      return secrets;
    },
  }),
];
