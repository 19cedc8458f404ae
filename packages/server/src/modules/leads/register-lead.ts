// A lead on record: its number in the agency's 案源 series, the vetting deadline (第54条 and the
// county's configuration), the row and its first event. Officers' entries, portal complaints and
// the demo county all register leads this way.
import { leadVettingStatus } from '@zhifa/domain';
import type { LeadSource } from '../../db/tables/cases';
import type { Tx } from '../../db/schema';
import { loadCalendar } from '../../shared/calendar-store';
import { loadCaseConfig } from '../../shared/case-config';
import { issueDocumentNumber } from '../../shared/numbers';
import { appendLeadEvent } from './lead-events';

export interface LeadRecord {
  agency: { id: string; docPrefix: string };
  source: LeadSource;
  receivedOn: string;
  summary: string;
  location: string | null;
  partyName: string | null;
  item: { code: string; name: string | null } | null;
  reporterEnc: string | null;
  /** The signed-in user who registered it; null for the public (a portal complaint). */
  by: { userId: string; name: string } | null;
  /** The first event's details. */
  details: Record<string, unknown>;
}

export async function registerLead(
  tx: Tx,
  lead: LeadRecord,
  today: string,
  now: Date,
): Promise<{ id: string; number: string }> {
  const [calendar, config] = await Promise.all([loadCalendar(tx), loadCaseConfig(tx)]);
  let vetDue: string | null = null;
  try {
    vetDue = leadVettingStatus({ receivedOn: lead.receivedOn }, today, calendar, config).due;
  } catch {
    // A received date the calendar cannot count from leaves the lead without a vetting deadline.
    vetDue = null;
  }
  const number = await issueDocumentNumber(tx, lead.agency, Number(today.slice(0, 4)), '案源');
  const row = await tx
    .insertInto('leads')
    .values({
      agency_id: lead.agency.id,
      number,
      source: lead.source,
      received_on: lead.receivedOn,
      summary: lead.summary,
      location: lead.location,
      party_name: lead.partyName,
      item_code: lead.item?.code ?? null,
      item_name: lead.item?.name ?? null,
      reporter_enc: lead.reporterEnc,
      vet_due: vetDue,
      created_by: lead.by?.userId ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendLeadEvent(tx, row.id, lead.by, now, 'received', lead.details);
  return { id: row.id, number };
}
