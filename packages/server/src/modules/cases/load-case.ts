// Reading a case: the row, its agency, and the action log folded into the procedure's state.
import { foldCase, type AnyCaseActionRecord, type BusinessRole, type CaseHeader, type CaseState } from '@zhifa/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AgencyKind } from '../../db/tables/foundation';
import { notFound } from '../../platform/errors';

export interface CaseRow {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  agencyKind: AgencyKind;
  regionCode: string;
  docPrefix: string;
  number: string;
  procedure: 'summary' | 'ordinary';
  status: string;
  version: number;
  title: string;
  createdOn: string;
  createdBy: string;
  partyIdMasked: string | null;
  leadId: string | null;
  updatedAt: Date;
}

export interface StoredAction {
  seq: number;
  type: string;
  payload: unknown;
  derived: unknown;
  warnings: unknown;
  actorId: string;
  actorDomainId: string;
  actorName: string;
  actorRole: string;
  actorRoles: string[];
  actionDate: string;
  at: Date;
  commandId: string | null;
}

/** The case row with its agency, as a query others extend (a command adds its snapshot). */
export function caseRowQuery(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select([
      'cases.id',
      'cases.agency_id',
      'agencies.name as agency_name',
      'agencies.short_name',
      'agencies.kind as agency_kind',
      'agencies.region_code',
      'agencies.doc_prefix',
      'cases.number',
      'cases.procedure',
      'cases.status',
      'cases.version',
      'cases.title',
      'cases.created_on',
      'cases.created_by',
      'cases.party_id_masked',
      'cases.lead_id',
      'cases.updated_at',
    ])
    .where('cases.id', '=', caseId);
}

type CaseRowResult = NonNullable<Awaited<ReturnType<ReturnType<typeof caseRowQuery>['executeTakeFirst']>>>;

export function toCaseRow(r: CaseRowResult): CaseRow {
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    agencyShortName: r.short_name,
    agencyKind: r.agency_kind,
    regionCode: r.region_code,
    docPrefix: r.doc_prefix,
    number: r.number,
    procedure: r.procedure,
    status: r.status,
    version: Number(r.version),
    title: r.title,
    createdOn: r.created_on,
    createdBy: r.created_by,
    partyIdMasked: r.party_id_masked,
    leadId: r.lead_id,
    updatedAt: r.updated_at,
  };
}

/** The case row with its agency; `lock` takes the row lock a command holds until commit. */
export async function loadCaseRow(db: Kysely<DB>, caseId: string, lock = false): Promise<CaseRow> {
  let q = caseRowQuery(db, caseId);
  if (lock) q = q.modifyEnd(sql`for update of cases`);
  const r = await q.executeTakeFirst();
  if (!r) throw notFound();
  return toCaseRow(r);
}

export async function loadActions(db: Kysely<DB>, caseId: string): Promise<StoredAction[]> {
  const rows = await db.selectFrom('case_actions').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map(toStoredAction);
}

/** A case_actions row, as a query returns it or as JSON (`at` then a string, `seq` maybe too). */
export function toStoredAction(r: Record<string, any>): StoredAction {
  return {
    seq: Number(r.seq),
    type: r.type,
    payload: r.payload,
    derived: r.derived,
    warnings: r.warnings,
    actorId: r.actor_id,
    actorDomainId: r.actor_domain_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    actorRoles: r.actor_roles,
    actionDate: r.action_date,
    at: r.at instanceof Date ? r.at : new Date(r.at),
    commandId: r.command_id,
  };
}

export function caseHeader(row: CaseRow): CaseHeader {
  return {
    caseId: row.id,
    agencyId: row.agencyId,
    procedure: row.procedure,
    createdAt: row.createdOn,
    createdBy: row.createdBy,
  };
}

export function toRecords(actions: readonly StoredAction[]): AnyCaseActionRecord[] {
  return actions.map(
    (a) =>
      ({
        seq: a.seq,
        type: a.type,
        payload: a.payload,
        derived: a.derived ?? {},
        actorId: a.actorDomainId,
        actorRoles: a.actorRoles as BusinessRole[],
        at: a.actionDate,
      }) as AnyCaseActionRecord,
  );
}

export function foldRow(row: CaseRow, actions: readonly StoredAction[]): CaseState {
  return foldCase(caseHeader(row), toRecords(actions));
}
