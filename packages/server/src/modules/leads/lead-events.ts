// A lead's history: append-only events (received, filed, closed, merged, merged-in).
import { sql } from 'kysely';
import type { Tx } from '../../db/schema';

export interface LeadEventActor {
  userId: string;
  name: string;
}

export async function appendLeadEvent(
  tx: Tx,
  leadId: string,
  actor: LeadEventActor | null,
  at: Date,
  event: string,
  details: Record<string, unknown> = {},
) {
  await tx
    .insertInto('lead_events')
    .values({
      lead_id: leadId,
      seq: sql<number>`(select coalesce(max(seq), 0) + 1 from lead_events where lead_id = ${leadId})`,
      at,
      actor_id: actor?.userId ?? null,
      actor_name: actor?.name ?? null,
      event,
      details: JSON.stringify(details),
    })
    .execute();
}

/** The lead is now a case: 立案 requested from it. */
export async function markLeadFiled(
  tx: Tx,
  leadId: string,
  caseId: string,
  actor: LeadEventActor,
  today: string,
  now: Date,
) {
  await tx
    .updateTable('leads')
    .set({ status: 'filed', case_id: caseId, vetted_on: today, vetted_by: actor.userId, updated_at: now })
    .where('id', '=', leadId)
    .execute();
  await appendLeadEvent(tx, leadId, actor, now, 'filed', { caseId });
}
