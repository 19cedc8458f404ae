// GET /api/cases/:id — the folded state with its timeline, the buttons this viewer may press,
// the live deadlines (flagged when due within the "due soon" window), documents and evidence.
import {
  allowedActions,
  CASE_ACTIONS,
  CASE_PROCEDURE_LABELS,
  caseDeadlines,
  flagDueSoon,
  settlePartyDates,
  statusLabel,
  type Calendar,
  type CaseConfig,
  type CaseState,
} from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AppContext } from '../../../platform/context';
import { loadCalendar } from '../../../shared/calendar-store';
import { procedureActor, type CaseActorInfo } from '../case-actor';
import { loadCaseConfig } from '../../../shared/case-config';
import { caseEvidence } from '../evidence/evidence-queries';
import { foldRow, loadActions, type CaseRow } from '../load-case';
import { peopleNamed } from './people-names';
import { timelineEntry } from './timeline';

export function liveDeadlines(state: CaseState, calendar: Calendar, config: CaseConfig, today: string) {
  const all = caseDeadlines(state, calendar, config, today);
  const soon = new Set(flagDueSoon(all, today, calendar, config.dueSoonWorkingDays).map((d) => d.key));
  return all.map((d) => ({ ...d, dueSoon: soon.has(d.key) }));
}

export function viewerActions(
  row: Pick<CaseRow, 'agencyId'>,
  state: CaseState,
  viewer: CaseActorInfo,
  calendar: Calendar,
  config: CaseConfig,
  today: string,
) {
  if (viewer.agencyId !== row.agencyId) return [];
  return allowedActions(state, procedureActor(viewer), { calendar, config, today }).map((type) => ({
    type,
    label: CASE_ACTIONS[type].label,
  }));
}

export async function caseDetail(app: AppContext, db: Kysely<DB>, row: CaseRow, viewer: CaseActorInfo) {
  const today = app.today();
  const actions = await loadActions(db, row.id);
  const folded = foldRow(row, actions);
  const [config, calendar] = await Promise.all([loadCaseConfig(db), loadCalendar(db)]);
  // The party-facing dates as they stand under the calendar in force (never earlier than stated).
  const state = settlePartyDates(folded, calendar, config);
  const [documents, evidence] = await Promise.all([
    db
      .selectFrom('documents')
      .select(['id', 'kind', 'number', 'title', 'issued_on', 'issued_at', 'action_seq'])
      .where('case_id', '=', row.id)
      .orderBy('action_seq')
      .orderBy('issued_at')
      .execute(),
    caseEvidence(db, row.id, state),
  ]);
  const people = await peopleNamed(
    db,
    state.officerIds,
    state.formerOfficerIds,
    state.records,
    state.hearing,
    state.reviews,
    state.deliberations,
    state.summary,
    state.createdBy,
    state.decision?.decidedBy,
    state.filing,
  );
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    header: {
      caseId: row.id,
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      procedure: row.procedure,
      procedureLabel: CASE_PROCEDURE_LABELS[row.procedure],
      title: row.title,
      createdAt: row.createdOn,
      createdBy: row.createdBy,
      partyIdMasked: row.partyIdMasked,
      leadId: row.leadId,
    },
    state,
    statusLabel: statusLabel(state.status),
    timeline: actions.map(timelineEntry),
    allowedActions: viewerActions(row, state, viewer, calendar, config, today),
    deadlines: liveDeadlines(state, calendar, config, today),
    // The county's configuration the server decides with, so the web previews the same rules.
    config,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: d.title,
      issuedOn: d.issued_on,
      issuedAt: d.issued_at.toISOString(),
      actionSeq: d.action_seq,
    })),
    evidence,
    people,
  };
}
