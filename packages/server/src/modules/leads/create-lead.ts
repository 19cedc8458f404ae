import { compareDates } from '@zhifa/domain';
import type { LeadSource } from '../../db/tables/cases';
import { badRequest, unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { registerLead } from './register-lead';

export interface NewLead {
  source: LeadSource;
  receivedAt: string;
  summary: string;
  location?: string | undefined;
  partyName?: string | undefined;
  itemCode?: string | undefined;
  reporter?: string | undefined;
}

export async function createLead(ctx: WriteContext<unknown, unknown, NewLead>) {
  const { tx, app, body } = ctx;
  const actor = ctx.actor!;
  if (!actor.agencyId) throw badRequest('NO_AGENCY', '当前账号不属于任何执法主体，不能登记案源');
  const today = app.today();
  if (compareDates(body.receivedAt, today) > 0)
    throw unprocessable('DATE_IN_FUTURE', `收到日期不能晚于今天（${today}）`);
  let itemName: string | null = null;
  if (body.itemCode) {
    const item = await tx
      .selectFrom('enforcement_items')
      .select('name')
      .where('code', '=', body.itemCode)
      .executeTakeFirst();
    if (!item) throw badRequest('UNKNOWN_ITEM', `执法事项库中没有编码为 ${body.itemCode} 的事项`);
    itemName = item.name;
  }
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'doc_prefix'])
    .where('id', '=', actor.agencyId)
    .executeTakeFirstOrThrow();
  const row = await registerLead(
    tx,
    {
      agency: { id: agency.id, docPrefix: agency.doc_prefix },
      source: body.source,
      receivedOn: body.receivedAt,
      summary: body.summary,
      location: body.location ?? null,
      partyName: body.partyName ?? null,
      item: body.itemCode ? { code: body.itemCode, name: itemName } : null,
      reporterEnc: body.reporter ? app.fieldCrypto.encrypt(body.reporter, 'leads.reporter') : null,
      by: { userId: actor.userId, name: actor.name },
      details: { source: body.source },
    },
    today,
    app.now(),
  );
  const number = row.number;
  ctx.audited({ objectType: 'lead', objectId: row.id, details: { number } });
  return { id: row.id, number };
}
