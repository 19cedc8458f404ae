// The point-in-time question every case action asks: which items may agency X exercise on date D?
// Answered from the domain's delegation index, built once from the decision tables and kept in
// memory until a decision changes the delegation version (bumped in the deciding transaction).

import { buildDelegationIndex, type DelegationEvent, type DelegationIndex } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../../db/schema';
import type { DecisionKind } from '../../db/tables/catalogue';

export interface DecisionRef {
  id: string;
  kind: DecisionKind;
  documentNo: string;
  title: string;
  announcementDate: string;
  effectiveDate: string;
}

export interface DelegationSnapshot {
  version: number;
  index: DelegationIndex;
  /** Decisions by document number (the index names decisions by their number). */
  decisions: Map<string, DecisionRef>;
}

/** The delegation version of a database (its epoch tells databases apart), as a command's snapshot read it. */
export interface DelegationState {
  epoch: string;
  version: number;
}

// Keyed by the database's epoch, so several databases in one process (tests) never mix.
const cache = new Map<string, DelegationSnapshot>();

async function readState(db: Kysely<DB>): Promise<DelegationState> {
  const row = await db.selectFrom('delegation_state').select(['epoch', 'version']).executeTakeFirstOrThrow();
  return { epoch: row.epoch, version: Number(row.version) };
}

/** Every decision as a domain event: 收回 revokes, 赋权 and 补充赋权 delegate. */
export async function loadDelegationEvents(
  db: Kysely<DB>,
): Promise<{ events: DelegationEvent[]; decisions: Map<string, DecisionRef> }> {
  const [decisionRows, itemRows, targetRows] = await Promise.all([
    db
      .selectFrom('delegation_decisions')
      .select(['id', 'kind', 'document_no', 'title', 'announcement_date', 'effective_date'])
      .orderBy('effective_date')
      .orderBy('announcement_date')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('delegation_decision_items')
      .innerJoin('enforcement_items', 'enforcement_items.id', 'delegation_decision_items.item_id')
      .select(['delegation_decision_items.decision_id', 'enforcement_items.code'])
      .execute(),
    db.selectFrom('delegation_decision_targets').select(['decision_id', 'agency_id']).execute(),
  ]);
  const codes = new Map<string, string[]>();
  for (const r of itemRows) (codes.get(r.decision_id) ?? codes.set(r.decision_id, []).get(r.decision_id)!).push(r.code);
  const agencies = new Map<string, string[]>();
  for (const r of targetRows)
    (agencies.get(r.decision_id) ?? agencies.set(r.decision_id, []).get(r.decision_id)!).push(r.agency_id);
  const decisions = new Map<string, DecisionRef>();
  const events: DelegationEvent[] = decisionRows.map((d) => {
    decisions.set(d.document_no, {
      id: d.id,
      kind: d.kind,
      documentNo: d.document_no,
      title: d.title,
      announcementDate: d.announcement_date,
      effectiveDate: d.effective_date,
    });
    return {
      kind: d.kind === 'revoke' ? 'revoke' : 'delegate',
      decisionNo: d.document_no,
      effectiveDate: d.effective_date,
      announcementDate: d.announcement_date,
      itemCodes: codes.get(d.id) ?? [],
      agencyIds: agencies.get(d.id) ?? [],
    };
  });
  return { events, decisions };
}

/**
 * The index for the delegation data `db` sees. Inside a transaction that changed decisions the
 * answer includes the change but is not cached (it may still roll back). `known`: the state the
 * caller already read in this transaction with its other data (a case command's snapshot),
 * saving a query.
 */
export async function delegationSnapshot(db: Kysely<DB>, known?: DelegationState): Promise<DelegationSnapshot> {
  const state = known ?? (await readState(db));
  const hit = cache.get(state.epoch);
  if (hit && hit.version === state.version) return hit;
  const { events, decisions } = await loadDelegationEvents(db);
  const snapshot: DelegationSnapshot = { version: state.version, index: buildDelegationIndex(events), decisions };
  // Cache only what is committed: not what a transaction that changed decisions reads of its
  // own uncommitted work. Every case command runs in a transaction, so transactions that did
  // not change decisions must fill the cache, or each command would rebuild the index.
  if (!changedDelegation.has(db)) {
    const after = known ?? (await readState(db));
    if (after.version === state.version) cache.set(state.epoch, snapshot);
  }
  return snapshot;
}

// Transactions that bumped the version; weak, so a finished transaction drops out.
const changedDelegation = new WeakSet<object>();

/** Codes of the items the agency may exercise on the date (YYYY-MM-DD). */
export async function exercisableItems(db: Kysely<DB>, agencyId: string, date: string): Promise<Set<string>> {
  return (await delegationSnapshot(db)).index.exercisableItems(agencyId, date);
}

/** May the agency exercise the item on the date? Asked on every case action (filing and after). */
export async function isItemExercisable(
  db: Kysely<DB>,
  agencyId: string,
  itemCode: string,
  date: string,
): Promise<boolean> {
  return (await delegationSnapshot(db)).index.isExercisable(agencyId, itemCode, date);
}

/** Called in the transaction of every change to the decision tables. */
export async function bumpDelegationVersion(tx: Tx): Promise<void> {
  changedDelegation.add(tx);
  await tx
    .updateTable('delegation_state')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .execute();
}
