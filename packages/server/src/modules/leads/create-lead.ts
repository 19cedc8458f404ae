import { compareDates, leadVettingStatus } from '@zhifa/domain';
import type { LeadSource } from '../../db/tables/cases';
import { badRequest, unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { loadCalendar } from '../../shared/calendar-store';
import { loadCaseConfig } from '../../shared/case-config';
import { issueDocumentNumber } from '../../shared/numbers';
import { appendLeadEvent } from './lead-events';

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
  const [calendar, config] = await Promise.all([loadCalendar(tx), loadCaseConfig(tx)]);
  let vetDue: string | null = null;
  try {
    vetDue = leadVettingStatus({ receivedOn: body.receivedAt }, today, calendar, config).due;
  } catch {
    vetDue = null;
  }
  const now = app.now();
  const number = await issueDocumentNumber(
    tx,
    { id: agency.id, docPrefix: agency.doc_prefix },
    Number(today.slice(0, 4)),
    '案源',
  );
  const row = await tx
    .insertInto('leads')
    .values({
      agency_id: agency.id,
      number,
      source: body.source,
      received_on: body.receivedAt,
      summary: body.summary,
      location: body.location ?? null,
      party_name: body.partyName ?? null,
      item_code: body.itemCode ?? null,
      item_name: itemName,
      reporter_enc: body.reporter ? app.fieldCrypto.encrypt(body.reporter, 'leads.reporter') : null,
      vet_due: vetDue,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendLeadEvent(tx, row.id, { userId: actor.userId, name: actor.name }, now, 'received', {
    source: body.source,
  });
  ctx.audited({ objectType: 'lead', objectId: row.id, details: { number } });
  return { id: row.id, number };
}
