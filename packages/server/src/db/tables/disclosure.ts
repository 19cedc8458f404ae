// Tables of the disclosure module (migration 0150_disclosure.sql).
import type { ColumnType, Generated } from 'kysely';
import type { BuiltRendition, Rendition } from '@zhifa/domain';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type DisclosureStatus = 'pending' | 'held' | 'published' | 'withdrawn' | 'expired' | 'excluded';

export interface DisclosureSettingsTable {
  id: Generated<string>;
  agency_id: string | null;
  sector: string | null;
  working_days: number;
  publication_months: number;
  person_names: Generated<'surname' | 'full'>;
  updated_at: GeneratedTimestamp;
}

export interface DisclosureRenditionsTable {
  id: Generated<string>;
  document_id: string;
  case_id: string;
  agency_id: string;
  agency_name: string;
  document_number: string;
  decided_on: DateOnly;
  due_on: DateOnly;
  status: DisclosureStatus;
  excluded_reason: Nullable<string>;
  /** jsonb: read back parsed, written as a JSON string. */
  rendition: ColumnType<Rendition | null, string | null | undefined, string | null>;
  redactions: ColumnType<BuiltRendition['redactions'], string | undefined, string>;
  findings: ColumnType<BuiltRendition['findings'], string | undefined, string>;
  search_text: ColumnType<string, string | undefined, string>;
  search_grams: ColumnType<string[], string[] | undefined, string[]>;
  /** The pairs tagged with the month of publication (migration 0190, ADR 0018). */
  search_keys: ColumnType<string[], string[] | undefined, string[]>;
  held_at: NullableTimestamp;
  held_by: Nullable<string>;
  hold_reason: Nullable<string>;
  released_at: NullableTimestamp;
  released_by: Nullable<string>;
  release_reason: Nullable<string>;
  published_on: NullableDate;
  published_at: NullableTimestamp;
  published_by: Nullable<string>;
  publication_ends_on: NullableDate;
  withdrawn_at: NullableTimestamp;
  withdrawn_on: NullableDate;
  withdrawn_by: Nullable<string>;
  withdrawal_ground: Nullable<'changed' | 'revoked' | 'confirmedUnlawful' | 'confirmedVoid' | 'manual'>;
  withdrawal_reason: Nullable<string>;
  withdrawal_action_seq: Nullable<number>;
  expired_at: NullableTimestamp;
  notice_served_on: NullableDate;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DisclosureTables {
  disclosure_settings: DisclosureSettingsTable;
  disclosure_renditions: DisclosureRenditionsTable;
}
