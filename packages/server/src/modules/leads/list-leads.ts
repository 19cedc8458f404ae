import type { DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import type { LeadSource, LeadStatus } from '../../db/tables/cases';
import { notFound } from '../../platform/errors';
import { agencyInScope, escapeLike } from '../../shared/scope';
import { loadCalendar } from '../../shared/calendar-store';
import { loadCaseConfig } from '../../shared/case-config';
import { decodeCursor, encodeCursor } from '../../shared/cursor';
import { LEAD_COLUMNS, LEAD_EVENT_LABELS, leadView, type LeadRow } from './views';

export interface LeadFilter {
  status?: LeadStatus;
  source?: LeadSource;
  q?: string;
  after?: string;
  limit: number;
}

export async function listLeads(app: AppContext, scope: DataScope, f: LeadFilter) {
  const today = app.today();
  const cursor = decodeCursor(f.after);
  let q = app.db
    .selectFrom('leads')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .select(LEAD_COLUMNS)
    .where(agencyInScope(scope));
  if (f.status) q = q.where('leads.status', '=', f.status);
  if (f.source) q = q.where('leads.source', '=', f.source);
  const keyword = f.q?.trim();
  if (keyword) {
    const like = `%${escapeLike(keyword)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('leads.number', 'like', like),
        eb('leads.summary', 'like', like),
        eb('leads.party_name', 'like', like),
        eb('leads.location', 'like', like),
      ]),
    );
  }
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('leads.updated_at', '<', cursor.at),
        eb.and([eb('leads.updated_at', '=', cursor.at), eb('leads.id', '<', cursor.id)]),
      ]),
    );
  }
  const [rows, calendar, config] = await Promise.all([
    q
      .orderBy('leads.updated_at', 'desc')
      .orderBy('leads.id', 'desc')
      .limit(f.limit + 1)
      .execute(),
    loadCalendar(app.db),
    loadCaseConfig(app.db),
  ]);
  const page = rows.slice(0, f.limit) as LeadRow[];
  const last = page.at(-1);
  return {
    items: page.map((r) => leadView(r, today, calendar, config)),
    next: rows.length > f.limit && last ? encodeCursor(last.updated_at, last.id) : null,
  };
}

export async function loadLead(app: AppContext, id: string): Promise<LeadRow & { region_code: string }> {
  const row = await app.db
    .selectFrom('leads')
    .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
    .select([...LEAD_COLUMNS, 'agencies.region_code'])
    .where('leads.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function leadDetail(app: AppContext, row: LeadRow) {
  const [calendar, config, events] = await Promise.all([
    loadCalendar(app.db),
    loadCaseConfig(app.db),
    app.db.selectFrom('lead_events').selectAll().where('lead_id', '=', row.id).orderBy('seq').execute(),
  ]);
  return {
    ...leadView(row, app.today(), calendar, config),
    history: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorName: e.actor_name,
      event: e.event,
      eventLabel: LEAD_EVENT_LABELS[e.event] ?? e.event,
      details: e.details,
    })),
  };
}
