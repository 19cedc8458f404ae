// What a command reads about its case, in one statement once the case row is locked: the action
// log, the officers and deadline rows the projection will diff against, the county's case
// configuration and the delegation version. One round trip instead of five matters: a command
// is a couple of dozen statements and each costs the database a wake-up (bench/cases.ts).
// It must run after the lock: at read committed the statement's snapshot is then taken after
// the previous holder committed, so nothing in it is stale.
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { sql, type ExpressionBuilder, type InferResult, type Kysely, type QueryCreator } from 'kysely';
import type { DB, Tx } from '../../../db/schema';
import { notFound } from '../../../platform/errors';
import { runPreload, type Preload } from '../../../platform/unit-of-work';
import { officersFromRows, personWithCertificates, type LoadedOfficers } from '../../people/enforcing-officers';
import { caseRowQuery, toCaseRow, toStoredAction, type CaseRow, type StoredAction } from '../load-case';

export interface StoredOfficer {
  personId: string;
  active: boolean;
  recused: boolean;
}

export interface StoredDeadline {
  key: string;
  label: string;
  due: string | null;
  dueAt: string | null;
  basis: string;
  partyFacing: boolean;
  provisional: boolean;
}

export interface CommandSnapshot {
  actions: StoredAction[];
  officers: StoredOfficer[];
  deadlines: StoredDeadline[];
  /** The raw `cases.config` setting (merged over the defaults by caseConfigFrom). */
  configValue: unknown;
  delegation: { epoch: string; version: number } | null;
  /** The catalogue rows of the case's items, as the case row's state names them. */
  items: { code: string; domain: string; departmentId: string; active: boolean }[];
  /** The case's officers and the actor, with their certificates (the qualification check). */
  people: LoadedOfficers;
}

const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

// The case row's folded state (cases.state, written by every command) names its items and officers.
const stateItemCodes = (caseId: string) =>
  sql<string>`(select jsonb_array_elements(state -> 'items') ->> 'code' from cases where id = ${caseId})`;
const stateOfficerIds = (caseId: string) =>
  sql<string>`(select o::uuid from cases, jsonb_array_elements_text(state -> 'officerIds') as o where cases.id = ${caseId} and o ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')`;

// Every column of the snapshot, for a statement of its own or added to the case row's select.
function snapshotColumns(eb: ExpressionBuilder<DB, never>, caseId: string, actorPersonId: string | null) {
  return [
    jsonArrayFrom(
      eb
        .selectFrom('enforcement_items')
        .select(['code', 'domain', 'department_id', 'active'])
        .where('code', 'in', stateItemCodes(caseId)),
    ).as('items'),
    jsonArrayFrom(
      eb
        .selectFrom('persons')
        .select(personWithCertificates)
        .where((w) =>
          w.or([
            w('persons.id', 'in', stateOfficerIds(caseId)),
            ...(actorPersonId ? [w('persons.id', '=', actorPersonId)] : []),
          ]),
        ),
    ).as('people'),
    jsonArrayFrom(eb.selectFrom('case_actions').selectAll().where('case_id', '=', caseId).orderBy('seq')).as('actions'),
    jsonArrayFrom(
      eb.selectFrom('case_officers').select(['person_id', 'active', 'recused']).where('case_id', '=', caseId),
    ).as('officers'),
    jsonArrayFrom(
      eb
        .selectFrom('case_deadlines')
        .select(['key', 'label', 'due', 'due_at', 'basis', 'party_facing', 'provisional'])
        .where('case_id', '=', caseId)
        .orderBy('key'),
    ).as('deadlines'),
    eb.selectFrom('settings').select('value').where('key', '=', 'cases.config').as('config'),
    eb.selectFrom('delegation_state').select('epoch').as('delegation_epoch'),
    eb.selectFrom('delegation_state').select('version').as('delegation_version'),
  ] as const;
}

export async function loadCommandSnapshot(
  tx: Tx,
  caseId: string,
  actorPersonId: string | null,
): Promise<CommandSnapshot> {
  const row = await tx.selectNoFrom((eb) => [...snapshotColumns(eb, caseId, actorPersonId)]).executeTakeFirstOrThrow();
  return snapshotFrom(row as Record<string, unknown>);
}

/**
 * The case row locked for a command, and its snapshot, in one round trip. If the lock had to
 * wait for another command, the row is the winner's (read committed re-reads a locked row) but
 * the snapshot's subqueries saw the state before it: the log then ends before the row's version,
 * and the snapshot is read again, after the lock.
 */
export interface LockedCase {
  row: CaseRow;
  snapshot: CommandSnapshot;
}

const lockedCaseQuery = (db: QueryCreator<DB>, caseId: string, actorPersonId: string | null) =>
  caseRowQuery(db as unknown as Kysely<DB>, caseId)
    .select((eb) => [...snapshotColumns(eb as unknown as ExpressionBuilder<DB, never>, caseId, actorPersonId)])
    .modifyEnd(sql`for update of cases`);

type LockedRow = InferResult<ReturnType<typeof lockedCaseQuery>>[number];

/**
 * A case command's first read, as the unit of work's preload: the command id's claim rides on
 * the same statement (unit-of-work.ts).
 */
export function caseCommandPreload(caseId: string, actorPersonId: string | null): Preload<LockedRow, LockedCase> {
  return {
    read: (db) => lockedCaseQuery(db, caseId, actorPersonId),
    // Dozens of subqueries: built by Kysely on every command it cost more than running it.
    compiled: {
      key: `caseCommandPreload:${actorPersonId ? 'person' : 'none'}`,
      values: { caseId, person: actorPersonId },
      readWith: (db, v) => lockedCaseQuery(db, v('caseId'), actorPersonId ? v('person') : null),
    },
    make: async (r, tx) => {
      if (!r) throw notFound();
      const row = toCaseRow(r);
      const snapshot = snapshotFrom(r);
      if ((snapshot.actions.at(-1)?.seq ?? 0) === row.version) return { row, snapshot };
      return { row, snapshot: await loadCommandSnapshot(tx, caseId, actorPersonId) };
    },
  };
}

/** The case row locked for a command inside a caller's own transaction (no command id to claim). */
export function lockCaseForCommand(tx: Tx, caseId: string, actorPersonId: string | null): Promise<LockedCase> {
  return runPreload(tx, caseCommandPreload(caseId, actorPersonId));
}

function snapshotFrom(row: Record<string, any>): CommandSnapshot {
  const actions = (parse(row.actions) as Record<string, any>[]).map(toStoredAction);
  const officers = (parse(row.officers) as Record<string, any>[]).map((r) => ({
    personId: r.person_id,
    active: r.active,
    recused: r.recused,
  }));
  const deadlines = (parse(row.deadlines) as Record<string, any>[]).map((r) => ({
    key: r.key,
    label: r.label,
    due: r.due,
    dueAt: r.due_at,
    basis: r.basis,
    partyFacing: r.party_facing,
    provisional: r.provisional,
  }));
  const items = (parse(row.items) as Record<string, any>[]).map((r) => ({
    code: r.code,
    domain: r.domain,
    departmentId: r.department_id,
    active: r.active,
  }));
  return {
    items,
    people: officersFromRows(parse(row.people) as Record<string, unknown>[]),
    actions,
    officers,
    deadlines,
    configValue: parse(row.config),
    delegation: row.delegation_epoch
      ? { epoch: String(row.delegation_epoch), version: Number(row.delegation_version) }
      : null,
  };
}
