// Tables of case handling (migration 0005_cases.sql): leads, cases, the action log, officers,
// evidence and its custody ledger, documents and open deadlines.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb: read back parsed, written as a JSON string. */
type Json<T = unknown> = ColumnType<T, string, string>;
type GeneratedJson<T = unknown> = ColumnType<T, string | undefined, string>;

export type LeadSource = 'inspection' | 'complaint' | 'hotline' | 'transfer' | 'patrol' | 'monitoring';
export type LeadStatus = 'pending' | 'filed' | 'closed' | 'merged';

export interface LeadsTable {
  id: Generated<string>;
  agency_id: string;
  number: string;
  source: LeadSource;
  received_on: DateOnly;
  summary: string;
  location: string | null;
  party_name: string | null;
  item_code: string | null;
  item_name: string | null;
  reporter_enc: string | null;
  status: ColumnType<LeadStatus, LeadStatus | undefined, LeadStatus>;
  vet_due: NullableDate;
  merged_into: string | null;
  case_id: string | null;
  close_reason: string | null;
  vetted_on: NullableDate;
  vetted_by: string | null;
  /** Null for a complaint sent through the public portal (migration 0160). */
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface LeadEventsTable {
  lead_id: string;
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  event: string;
  details: GeneratedJson<Record<string, unknown>>;
}

export interface CasesTable {
  id: Generated<string>;
  agency_id: string;
  number: string;
  procedure: 'summary' | 'ordinary';
  status: string;
  version: Generated<number>;
  title: string;
  party_kind: 'person' | 'organisation' | null;
  party_name: string | null;
  party_id_enc: string | null;
  party_id_hmac: string | null;
  party_id_masked: string | null;
  item_code: string | null;
  item_name: string | null;
  domain: string | null;
  lead_id: string | null;
  filed_on: NullableDate;
  decided_on: NullableDate;
  closed_on: NullableDate;
  decision_number: string | null;
  archive_number: string | null;
  /** First day the case's deadlines change with time alone (migration 0007); null: only an action changes them. */
  deadlines_refresh_on: NullableDate;
  created_on: DateOnly;
  created_by: string;
  created_by_user: string;
  state: GeneratedJson;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface CaseActionsTable {
  case_id: string;
  seq: number;
  type: string;
  payload: Json;
  derived: GeneratedJson;
  warnings: GeneratedJson;
  actor_id: string;
  actor_domain_id: string;
  actor_name: string;
  actor_role: string;
  actor_roles: string[];
  agency_id: string;
  action_date: DateOnly;
  at: Timestamp;
  command_id: string | null;
}

export interface CaseOfficersTable {
  case_id: string;
  person_id: string;
  active: boolean;
  recused: Generated<boolean>;
  assigned_on: DateOnly;
  released_on: NullableDate;
}

export interface EvidenceTable {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  sha256: string;
  /** bigint comes back as a string. */
  size: ColumnType<string, number | string, number | string>;
  mime: string;
  file_name: string | null;
  storage_path: string;
  kind: string;
  title: string;
  captured_at: string;
  location: string | null;
  officer_ids: Generated<string[]>;
  illegal: Generated<boolean>;
  illegal_reason: string | null;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export type LedgerEvent = 'captured' | 'uploaded' | 'viewed' | 'downloaded' | 'exported';

export interface EvidenceLedgerTable {
  case_id: string;
  seq: number;
  evidence_id: string;
  event: LedgerEvent;
  content_sha256: string;
  metadata_sha256: string;
  actor_id: string | null;
  actor_name: string | null;
  at: Timestamp;
  source_ip: string | null;
  details: GeneratedJson<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
  seal: string;
}

export interface DocumentsTable {
  id: Generated<string>;
  case_id: string;
  agency_id: string;
  kind: string;
  number: string | null;
  title: string;
  action_seq: number;
  issued_on: DateOnly;
  issued_at: Timestamp;
  payload: GeneratedJson;
}

export interface CaseDeadlinesTable {
  case_id: string;
  key: string;
  agency_id: string;
  label: string;
  due: NullableDate;
  due_at: string | null;
  basis: string;
  party_facing: boolean;
  provisional: Generated<boolean>;
}

/** A deadline moved when a year's holiday notice was loaded (legal-rules.md §8.3). */
export interface DeadlineMovesTable {
  id: Generated<string>;
  calendar_year: number;
  case_id: string;
  agency_id: string;
  deadline_key: string;
  label: string;
  old_due: NullableDate;
  new_due: NullableDate;
  still_provisional: boolean;
  party_facing: boolean;
  recorded_at: Date;
}

export interface CaseTables {
  leads: LeadsTable;
  lead_events: LeadEventsTable;
  cases: CasesTable;
  case_actions: CaseActionsTable;
  case_officers: CaseOfficersTable;
  evidence: EvidenceTable;
  evidence_ledger: EvidenceLedgerTable;
  documents: DocumentsTable;
  case_deadlines: CaseDeadlinesTable;
  deadline_moves: DeadlineMovesTable;
}
