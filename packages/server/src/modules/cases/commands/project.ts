// Projections of the folded state, rewritten in the command's transaction: the case row's list
// columns and snapshot, the officers on the case, the open deadlines, evidence flags and the
// item usage the idle-items report reads.
import {
  actionDefinition,
  caseTally,
  tallyDelta,
  type CaseTally,
  caseDeadlines,
  caseParties,
  caseTitle,
  deadlinesRefreshOn,
  handlingOfficerIds,
  isCaseActionType,
  type Calendar,
  type CaseConfig,
  type CaseState,
} from '@zhifa/domain';
import type { InsertQueryBuilder, InsertResult, QueryCreator } from 'kysely';
import type { DB, Tx } from '../../../db/schema';
import { writeOrBatch, type BatchedWrite } from '../../../platform/write-batch';
import { recordItemUsage } from '../../delegation/record-usage';
import type { StoredDeadline, StoredOfficer } from './command-snapshot';
import type { PartyIdentity } from './prepare-payload';

export interface ProjectInput {
  tx: Tx;
  caseId: string;
  agencyId: string;
  state: CaseState;
  type: string;
  payload: Record<string, unknown>;
  party: PartyIdentity | null;
  domain: string | null;
  calendar: Calendar;
  config: CaseConfig;
  today: string;
  now: Date;
  /** The officer and deadline rows as the command read them: only differences are written. */
  stored?: { officers: readonly StoredOfficer[]; deadlines: readonly StoredDeadline[] };
  /** The action's insert, written with the case row. */
  appendAction?: ActionInsert;
  /** Collect the writes here (sent as one statement by the caller) instead of running each. */
  batch?: BatchedWrite[];
  /** What the case counted for on the dashboard before the action (caseTally of the state before). */
  tallyBefore?: CaseTally;
}

const write = (i: ProjectInput, w: BatchedWrite) => writeOrBatch(i.tx, i.batch, w);

export type ActionInsert = (db: QueryCreator<DB>) => InsertQueryBuilder<DB, 'case_actions', InsertResult>;

async function updateCaseRow(i: ProjectInput) {
  const s = i.state;
  if (i.appendAction) await write(i, i.appendAction);
  await write(i, (db) =>
    db
      .updateTable('cases')
      .set({
        status: s.status,
        version: s.lastSeq,
        title: caseTitle(s),
        party_kind: s.party?.kind ?? null,
        // A joint case lists every party, so the list shows them and a search by any name finds the case.
        party_name:
          caseParties(s).length > 1
            ? caseParties(s)
                .map((p) => p.name)
                .join('、')
            : (s.party?.name ?? null),
        item_code: s.items[0]?.code ?? null,
        item_name: s.items[0]?.name ?? null,
        ...(i.domain ? { domain: i.domain } : {}),
        filed_on: s.filing?.approvedOn ?? s.summary?.decidedOn ?? null,
        decided_on: s.decision?.decidedOn ?? null,
        closed_on: s.closure?.on ?? null,
        decision_number: s.decision?.number ?? null,
        archive_number: s.archive?.archiveNumber ?? null,
        deadlines_refresh_on: deadlinesRefreshOn(s, i.calendar, i.config, i.today),
        state: JSON.stringify(s),
        updated_at: i.now,
        ...(i.party ? { party_id_enc: i.party.enc, party_id_hmac: i.party.hmac, party_id_masked: i.party.masked } : {}),
      })
      .where('id', '=', i.caseId),
  );
}

async function syncOfficers(i: ProjectInput) {
  const s = i.state;
  const active = new Set(handlingOfficerIds(s));
  const all = new Set([...active, ...s.formerOfficerIds, ...s.recusedOfficerIds]);
  const existing = i.stored
    ? i.stored.officers.map((o) => ({ person_id: o.personId, active: o.active, recused: o.recused }))
    : await i.tx
        .selectFrom('case_officers')
        .select(['person_id', 'active', 'recused'])
        .where('case_id', '=', i.caseId)
        .execute();
  const known = new Map(existing.map((r) => [r.person_id, r.active]));
  const assigned: string[] = [];
  const wasRecused = new Set(existing.filter((r) => r.recused).map((r) => r.person_id));
  for (const id of all) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) continue;
    const isActive = active.has(id);
    const recused = s.recusedOfficerIds.includes(id);
    if (!known.has(id)) {
      assigned.push(id);
      await write(i, (db) =>
        db.insertInto('case_officers').values({
          case_id: i.caseId,
          person_id: id,
          active: isActive,
          recused,
          assigned_on: i.today,
          released_on: isActive ? null : i.today,
        }),
      );
    } else if (known.get(id) !== isActive || recused !== wasRecused.has(id)) {
      await write(i, (db) =>
        db
          .updateTable('case_officers')
          .set({ active: isActive, recused, released_on: isActive ? null : i.today })
          .where('case_id', '=', i.caseId)
          .where('person_id', '=', id),
      );
    }
  }
  // Per-officer caseload counter (驾驶舱): one row per officer newly on the case, one statement.
  if (assigned.length > 0) {
    await write(i, (db) =>
      db
        .insertInto('officer_day_counts')
        .values(assigned.map((person_id) => ({ person_id, agency_id: i.agencyId, day: i.today, assigned: 1 })))
        .onConflict((oc) =>
          oc.columns(['agency_id', 'day', 'person_id']).doUpdateSet((eb) => ({
            assigned: eb(eb.ref('officer_day_counts.assigned'), '+', eb.ref('excluded.assigned')),
          })),
        ),
    );
  }
}

/**
 * The dashboard's day counters (ADR 0016): the difference this action made to what the case counts
 * for, upserted in the command's own batch, so the counters are exactly as current as the cases.
 */
async function updateDayCounts(i: ProjectInput) {
  if (!i.tallyBefore) return;
  const rows = tallyDelta(i.tallyBefore, caseTally(i.state));
  if (rows.length === 0) return;
  await write(i, (db) =>
    db
      .insertInto('case_day_counts')
      .values(
        rows.map((r) => ({
          agency_id: i.agencyId,
          day: r.day,
          item_code: r.itemCode,
          filed: r.filed,
          decided: r.decided,
          closed: r.closed,
          fines: r.fines,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['agency_id', 'day', 'item_code']).doUpdateSet((eb) => ({
          filed: eb(eb.ref('case_day_counts.filed'), '+', eb.ref('excluded.filed')),
          decided: eb(eb.ref('case_day_counts.decided'), '+', eb.ref('excluded.decided')),
          closed: eb(eb.ref('case_day_counts.closed'), '+', eb.ref('excluded.closed')),
          fines: eb(eb.ref('case_day_counts.fines'), '+', eb.ref('excluded.fines')),
        })),
      ),
  );
}

const deadlineKey = (d: StoredDeadline) =>
  JSON.stringify([d.key, d.label, d.due, d.dueAt, d.basis, d.partyFacing, d.provisional]);

async function rewriteDeadlines(i: ProjectInput) {
  const open = caseDeadlines(i.state, i.calendar, i.config, i.today).filter((d) => d.status !== 'met');
  if (i.stored) {
    // Most actions leave the open deadlines as they were: then there is nothing to write.
    const before = i.stored.deadlines.map(deadlineKey).sort();
    const after = open
      .map((d) =>
        deadlineKey({
          key: d.key,
          label: d.label,
          due: d.due,
          dueAt: d.dueAt ?? null,
          basis: d.basis,
          partyFacing: d.partyFacing,
          provisional: d.provisional,
        }),
      )
      .sort();
    if (before.length === after.length && before.every((k, n) => k === after[n])) return;
  }
  // The rows that closed go, the open ones are upserted: two writes on disjoint rows, so they
  // may share a statement (a delete and a re-insert of the same key could not).
  const keys = open.map((d) => d.key);
  await write(i, (db) =>
    db
      .deleteFrom('case_deadlines')
      .where('case_id', '=', i.caseId)
      .$if(keys.length > 0, (q) => q.where('key', 'not in', keys)),
  );
  if (open.length === 0) return;
  await write(i, (db) =>
    db
      .insertInto('case_deadlines')
      .values(
        open.map((d) => ({
          case_id: i.caseId,
          key: d.key,
          agency_id: i.agencyId,
          label: d.label,
          due: d.due,
          due_at: d.dueAt ?? null,
          basis: d.basis,
          party_facing: d.partyFacing,
          provisional: d.provisional,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['case_id', 'key']).doUpdateSet((eb) => ({
          agency_id: eb.ref('excluded.agency_id'),
          label: eb.ref('excluded.label'),
          due: eb.ref('excluded.due'),
          due_at: eb.ref('excluded.due_at'),
          basis: eb.ref('excluded.basis'),
          party_facing: eb.ref('excluded.party_facing'),
          provisional: eb.ref('excluded.provisional'),
        })),
      ),
  );
}

export async function projectCase(i: ProjectInput): Promise<void> {
  await updateCaseRow(i);
  await syncOfficers(i);
  await updateDayCounts(i);
  await rewriteDeadlines(i);
  const definition = isCaseActionType(i.type) ? actionDefinition(i.type) : null;
  // The payload passed the action's check before it is projected.
  const flagged = definition?.flagsEvidence?.(i.payload);
  if (flagged && /^[0-9a-f-]{36}$/i.test(flagged.evidenceId)) {
    await i.tx
      .updateTable('evidence')
      .set({ illegal: true, illegal_reason: flagged.reason })
      .where('id', '=', flagged.evidenceId)
      .where('case_id', '=', i.caseId)
      .execute();
  }
  // The idle-items report counts an item as used once a case under it is filed (立案) or decided on the spot.
  if (definition?.usesItems) {
    for (const item of i.state.items) {
      await recordItemUsage(i.tx, {
        agencyId: i.agencyId,
        itemCode: item.code,
        usedOn: i.today,
        source: 'case',
        sourceId: i.caseId,
      });
    }
  }
}

/**
 * The scheduled refresh (refresh-deadlines.ts): deadlines that appear or move with time alone.
 * Only the deadline rows and the refresh date change; the row's version, list columns and
 * updated_at stay, since no action happened.
 */
export async function projectDeadlinesOnly(i: ProjectInput): Promise<void> {
  await rewriteDeadlines(i);
  await i.tx
    .updateTable('cases')
    .set({ deadlines_refresh_on: deadlinesRefreshOn(i.state, i.calendar, i.config, i.today) })
    .where('id', '=', i.caseId)
    .execute();
}
