// 案源核查 (第54条第2款): file it (a case in "filing requested", awaiting the head), close it with
// a reason, or merge it into the lead it duplicates.
import { LEAD_SOURCE_LABELS } from './views';
import type { Tx } from '../../db/schema';
import { forbidden, notFound, unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { caseActorOf } from '../cases/case-actor';
import { createCase } from '../cases/commands/create-case';
import { appendLeadEvent, markLeadFiled } from './lead-events';

export interface VetBody {
  commandId?: string | undefined;
  decision: 'file' | 'close' | 'merge';
  reason: string;
  mergeInto?: string | undefined;
  filing?: Record<string, unknown> | undefined;
}

async function lockLead(tx: Tx, id: string) {
  const lead = await tx
    .selectFrom('leads')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .select([
      'leads.id',
      'leads.agency_id',
      'leads.status',
      'leads.number',
      'leads.source',
      'leads.summary',
      'leads.received_on',
      'agencies.region_code',
    ])
    .where('leads.id', '=', id)
    .forUpdate('leads')
    .executeTakeFirst();
  if (!lead) throw notFound();
  return lead;
}

export async function vetLead(ctx: WriteContext<{ id: string }, unknown, VetBody>) {
  const { tx, body } = ctx;
  const lead = await lockLead(tx, ctx.params.id);
  ctx.authorize({ agencyId: lead.agency_id, regionCode: lead.region_code });
  const { uow } = ctx;
  const actor = caseActorOf(ctx.actor!);
  if (actor.agencyId !== lead.agency_id) throw forbidden('只能核查本机关的案源', 'NOT_LEAD_AGENCY');
  if (lead.status !== 'pending') throw unprocessable('LEAD_NOT_PENDING', '该案源已处理，不能再次核查');
  const who = { userId: actor.userId, name: actor.name };
  ctx.audited({ objectType: 'lead', objectId: lead.id, details: { decision: body.decision } });

  if (body.decision === 'close') {
    await tx
      .updateTable('leads')
      .set({
        status: 'closed',
        close_reason: body.reason,
        vetted_on: uow.today,
        vetted_by: who.userId,
        updated_at: uow.now,
      })
      .where('id', '=', lead.id)
      .execute();
    await appendLeadEvent(tx, lead.id, who, uow.now, 'closed', { reason: body.reason });
    return {};
  }

  if (body.decision === 'merge') {
    if (!body.mergeInto) throw unprocessable('MERGE_TARGET_REQUIRED', '合并时须指明并入的案源');
    if (body.mergeInto === lead.id) throw unprocessable('MERGE_SELF', '案源不能并入自身');
    // Locked too: two leads merged into each other at once must not both succeed.
    const target = await tx
      .selectFrom('leads')
      .select(['id', 'agency_id', 'status', 'number'])
      .where('id', '=', body.mergeInto)
      .forUpdate()
      .executeTakeFirst();
    if (!target || target.agency_id !== lead.agency_id)
      throw unprocessable('MERGE_TARGET_NOT_FOUND', '要并入的案源不存在或不属于本机关');
    if (target.status === 'merged' || target.status === 'closed')
      throw unprocessable('MERGE_TARGET_CLOSED', '不能并入已办结或已合并的案源');
    await tx
      .updateTable('leads')
      .set({
        status: 'merged',
        merged_into: target.id,
        close_reason: body.reason,
        vetted_on: uow.today,
        vetted_by: who.userId,
        updated_at: uow.now,
      })
      .where('id', '=', lead.id)
      .execute();
    await appendLeadEvent(tx, lead.id, who, uow.now, 'merged', {
      into: target.id,
      intoNumber: target.number,
      reason: body.reason,
    });
    await appendLeadEvent(tx, target.id, who, uow.now, 'mergedIn', { from: lead.id, fromNumber: lead.number });
    await tx.updateTable('leads').set({ updated_at: uow.now }).where('id', '=', target.id).execute();
    return {};
  }

  const filing = {
    source: `${LEAD_SOURCE_LABELS[lead.source]}（案源 ${lead.number}）`,
    facts: lead.summary,
    discoveredOn: lead.received_on,
    ...(body.filing ?? {}),
  };
  const out = await createCase(uow, actor, { procedure: 'ordinary', payload: filing, leadId: lead.id });
  await markLeadFiled(tx, lead.id, out.caseId, who, uow.today, uow.now);
  ctx.audited({ details: { caseId: out.caseId, caseNumber: out.number } });
  return { caseId: out.caseId, caseNumber: out.number };
}
