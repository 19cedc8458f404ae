// The one path every case command takes (server side of the procedure):
// lock the case row → check the version → load the log → fold → build the context → decide →
// append the action → project. The rules are decide()'s; nothing here decides what is lawful.
import {
  applyCaseAction,
  caseTally,
  mayActInCase,
  CASE_ACTIONS,
  CASE_ARTICLES,
  decide,
  isCaseActionType,
  statusLabel,
  type CaseRefusal,
  type CaseState,
  type CaseStatus,
} from '@zhifa/domain';
import type { Tx } from '../../../db/schema';
import { chinaMinute } from '../../../platform/clock';
import { conflict, forbidden, unprocessable } from '../../../platform/errors';
import type { UnitOfWork } from '../../../platform/unit-of-work';
import { resolveCitation } from '../../laws/resolve-citation';
import { loadCalendar } from '../../../shared/calendar-store';
import { buildCaseContext, itemDomain } from './build-context';
import { procedureActor, type CaseActorInfo } from '../case-actor';
import { caseConfigFrom } from '../../../shared/case-config';
import { lockCaseForCommand, type LockedCase } from './command-snapshot';
import { issueDocuments } from './documents';
import { runAfterCaseAction } from './after-action';
import { foldRow, type CaseRow } from '../load-case';
import { preparePayload } from './prepare-payload';
import { peopleNamed } from '../views/people-names';
import { projectCase, type ActionInsert } from './project';
import { protectPayloadSecrets, storeActionSecrets } from './protect-payload';
import type { BatchedWrite } from '../../../platform/write-batch';

export interface CommandInput {
  type: string;
  payload: unknown;
  /** null only for the first action of a case the same transaction created. */
  expectedVersion: number | null;
}

export interface CommandOutcome {
  caseId: string;
  seq: number;
  version: number;
  status: CaseStatus;
  statusLabel: string;
  warnings: CaseRefusal[];
  documents: { kind: string; number: string | null }[];
  state: CaseState;
  row: CaseRow;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The domain names people by id; the officer reading the refusal needs their names. */
export async function namePeopleIn(tx: Tx, refusals: CaseRefusal[]): Promise<CaseRefusal[]> {
  const ids = refusals.flatMap((r) => r.message.match(UUID_IN_TEXT) ?? []);
  if (ids.length === 0) return refusals;
  const names = new Map((await peopleNamed(tx, ids)).map((p) => [p.id, p.name]));
  return refusals.map((r) => ({
    ...r,
    message: r.message.replace(UUID_IN_TEXT, (id) => names.get(id.toLowerCase()) ?? id),
  }));
}

export function refusedError(type: string, refusals: CaseRefusal[]) {
  const label = isCaseActionType(type) ? CASE_ACTIONS[type].label : type;
  return unprocessable('PROCEDURE_REFUSED', `不能办理“${label}”：${refusals.map((r) => r.message).join('；')}`, {
    refusals,
  });
}

/** Legal-basis citations the law library cannot resolve: shown as warnings, never blocking. */
async function citationWarnings(tx: Tx, payload: unknown, today: string): Promise<CaseRefusal[]> {
  const basis = (payload as { basis?: unknown })?.basis;
  if (!Array.isArray(basis)) return [];
  const out: CaseRefusal[] = [];
  for (const b of basis.slice(0, 20)) {
    const ref = b as { title?: unknown; article?: unknown };
    if (typeof ref.title !== 'string' || typeof ref.article !== 'string') continue;
    const r = await resolveCitation(tx, `${ref.title}${ref.article}`, today);
    if (!r.ok)
      out.push({
        code: 'citationUnresolved',
        message: `依据“${ref.title}${ref.article}”未能在法律法规库中核对：${r.message}`,
        article: CASE_ARTICLES.basisLevels,
      });
  }
  return out;
}

/**
 * One case command in the unit of work: its writes join the unit's batch, sent when the unit
 * finishes (or flushes). `locked`: the case row and snapshot, when the unit's preload already
 * locked it (caseCommandPreload).
 */
export async function executeCaseCommand(
  uow: UnitOfWork,
  actor: CaseActorInfo,
  caseId: string,
  input: CommandInput,
  locked?: LockedCase,
): Promise<CommandOutcome> {
  const { tx, app, today, now } = uow;
  const { row, snapshot } = locked ?? (await lockCaseForCommand(tx, caseId, actor.personId));
  if (!mayActInCase(actor.agencyId, row.agencyId)) throw forbidden('只能办理本机关的案件', 'NOT_CASE_AGENCY');
  if (input.expectedVersion !== null && input.expectedVersion !== row.version) {
    throw conflict('STALE_VERSION', '案件已被他人更新，请刷新后重试', {
      currentVersion: row.version,
      status: row.status,
    });
  }
  const state = foldRow(row, snapshot.actions);
  const config = caseConfigFrom(snapshot.configValue);
  const calendar = await loadCalendar(tx);
  const agency = {
    id: row.agencyId,
    name: row.agencyName,
    kind: row.agencyKind,
    regionCode: row.regionCode,
    docPrefix: row.docPrefix,
  };
  const prepared = await preparePayload(tx, app, agency, state, input.type, input.payload, today);
  const guarded = protectPayloadSecrets(app, input.type, prepared.payload, {
    caseId,
    seq: state.lastSeq + 1,
    partyKind: state.party?.kind,
    today,
  });
  prepared.payload = guarded.payload;
  const ctx = await buildCaseContext({
    db: tx,
    caseId,
    payloadPartyHmac: prepared.party?.hmac ?? null,
    agency,
    state,
    type: input.type,
    payload: prepared.payload,
    actor,
    today,
    now: chinaMinute(now),
    config,
    calendar,
    preloaded: snapshot,
  });
  const result = decide(
    state,
    { type: input.type as never, payload: prepared.payload, actor: procedureActor(actor), at: today },
    ctx,
  );
  if (!result.ok) throw refusedError(input.type, await namePeopleIn(tx, result.refusals));

  const action = result.action;
  const warnings = await namePeopleIn(tx, [...result.warnings, ...(await citationWarnings(tx, action.payload, today))]);
  const seq = state.lastSeq + 1;
  // Appended by the same statement that updates the case row (projectCase): one round trip.
  const appendAction: ActionInsert = (db) =>
    db.insertInto('case_actions').values({
      case_id: caseId,
      seq,
      type: action.type,
      payload: JSON.stringify(action.payload),
      derived: JSON.stringify(action.derived ?? {}),
      warnings: JSON.stringify(warnings),
      actor_id: actor.userId,
      actor_domain_id: actor.domainId,
      actor_name: actor.name,
      actor_role: actor.primaryRole,
      actor_roles: action.actorRoles,
      agency_id: row.agencyId,
      action_date: today,
      at: now,
      command_id: uow.commandId,
    });
  // What the case counted for on the dashboard before this action (the fold below changes state).
  const tallyBefore = caseTally(state);
  applyCaseAction(state, { ...action, seq });

  const payload = action.payload as unknown as Record<string, unknown>;
  const domain = seq === 1 ? await itemDomain(tx, state.items[0]?.code) : null;
  // Every write of the command goes out in one statement when the unit finishes (write-batch.ts).
  const batch: BatchedWrite[] = [];
  await projectCase({
    tx,
    caseId,
    agencyId: row.agencyId,
    state,
    type: action.type,
    payload,
    party: prepared.party,
    domain,
    calendar,
    config,
    today,
    now,
    stored: snapshot,
    appendAction,
    batch,
    tallyBefore,
  });
  const secrets = storeActionSecrets(caseId, seq, guarded.secrets);
  if (secrets) batch.push(secrets);
  const documents = await issueDocuments({
    batch,
    tx,
    agency: { id: row.agencyId, docPrefix: row.docPrefix },
    caseId,
    caseNumber: row.number,
    seq,
    type: action.type,
    payload,
    state,
    today,
    now,
  });
  batch.push(
    ...(await runAfterCaseAction({
      tx,
      app,
      actor,
      today,
      now,
      caseId,
      agency: { id: row.agencyId, name: row.agencyName },
      seq,
      type: action.type,
      payload,
      state,
      documents,
    })),
  );
  uow.write(...batch);
  return {
    caseId,
    seq,
    version: seq,
    status: state.status,
    statusLabel: statusLabel(state.status),
    warnings,
    documents: documents.map((d) => ({ kind: d.kind, number: d.number })),
    state,
    row,
  };
}
