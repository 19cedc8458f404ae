import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;

export interface RegionsTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
  provisional: Generated<boolean>;
}

export type AgencyKind =
  | 'township'
  | 'street'
  | 'countyDepartment'
  | 'judicialBureau'
  | 'coordinationOffice'
  | 'justiceStation'
  | 'countyGovernment';

export interface AgenciesTable {
  id: Generated<string>;
  name: string;
  short_name: string;
  kind: AgencyKind;
  region_code: string;
  parent_id: string | null;
  credit_code: string | null;
  doc_prefix: string;
  domains: Generated<string[]>;
  created_at: GeneratedTimestamp;
}

export interface TeamsTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
}

export interface PersonsTable {
  id: Generated<string>;
  agency_id: string;
  team_id: string | null;
  name: string;
  id_number_enc: string | null;
  id_number_hmac: string | null;
  id_number_masked: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  post: 'establishment' | 'auxiliary';
  has_legal_qualification: Generated<boolean>;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface CertificatesTable {
  id: Generated<string>;
  person_id: string;
  number: string;
  issuer: string;
  domains: string[];
  valid_from: DateOnly;
  valid_to: DateOnly;
  status: 'valid' | 'suspended' | 'revoked' | 'expired';
  verify_token: string;
  created_at: GeneratedTimestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  name: string;
  agency_id: string | null;
  person_id: string | null;
  roles: string[];
  password_hash: string;
  password_changed_at: GeneratedTimestamp;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: NullableTimestamp;
  disabled: Generated<boolean>;
  last_login_at: NullableTimestamp;
  created_at: GeneratedTimestamp;
  totp_last_counter: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  idle_warned_at: NullableTimestamp;
  reenabled_at: NullableTimestamp;
}

export interface UnknownLoginFailuresTable {
  username: string;
  failed_attempts: Generated<number>;
  locked_until: NullableTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  last_seen_at: GeneratedTimestamp;
  second_factor_pending: Generated<boolean>;
  source_ip: string | null;
}

export interface AuditLogTable {
  seq: Generated<string>;
  at: GeneratedTimestamp;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  agency_id: string | null;
  source_ip: string | null;
  event_type: string;
  object_type: string | null;
  object_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  request_id: string | null;
  details: ColumnType<unknown, string, string>;
  prev_hash: string;
  hash: string;
  seal: string;
}

export interface CommandLogTable {
  actor_id: string;
  command_id: string;
  fingerprint: string;
  status_code: number;
  response: ColumnType<unknown, string, string>;
  created_at: GeneratedTimestamp;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: GeneratedTimestamp;
}

export interface CalendarEntriesTable {
  date: DateOnly;
  kind: 'holiday' | 'workday';
  name: string | null;
}

export interface DocumentCountersTable {
  agency_id: string;
  year: number;
  doc_class: string;
  last_serial: Generated<number>;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: GeneratedTimestamp;
}

export interface FoundationTables {
  regions: RegionsTable;
  agencies: AgenciesTable;
  teams: TeamsTable;
  persons: PersonsTable;
  certificates: CertificatesTable;
  users: UsersTable;
  sessions: SessionsTable;
  unknown_login_failures: UnknownLoginFailuresTable;
  audit_log: AuditLogTable;
  command_log: CommandLogTable;
  settings: SettingsTable;
  calendar_entries: CalendarEntriesTable;
  document_counters: DocumentCountersTable;
  schema_migrations: SchemaMigrationsTable;
}
