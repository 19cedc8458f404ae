// Tables of the oversight platform (migrations 0170, 0200, 0250): alerts, alert runs, notifications and
// correction notices (执法监督意见书).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type GeneratedJson<T = unknown> = ColumnType<T, string | undefined, string>;

export interface AlertsTable {
  id: Generated<string>;
  rule: string;
  subject_key: string;
  agency_id: string | null;
  case_id: string | null;
  person_id: string | null;
  item_code: string | null;
  record_type: string | null;
  record_id: string | null;
  title: string;
  details: GeneratedJson<Record<string, unknown>>;
  status: ColumnType<'open' | 'acknowledged' | 'resolved', 'open' | 'acknowledged' | 'resolved' | undefined>;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
  acknowledged_at: NullableTimestamp;
  acknowledged_by: string | null;
  acknowledged_note: string | null;
  resolved_at: NullableTimestamp;
  /** What the finding said when last written (apply-findings.ts); null on alerts written before 0250. */
  fingerprint: string | null;
}

/** When each rule last checked every subject (a run), so an alert it found again need not be rewritten. */
export interface AlertRuleChecksTable {
  rule: string;
  checked_at: Timestamp;
}

export interface AlertRunsTable {
  id: Generated<string>;
  trigger: 'schedule' | 'manual' | 'test';
  requested_by: string | null;
  requested_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  status: ColumnType<
    'queued' | 'running' | 'finished' | 'failed',
    'queued' | 'running' | 'finished' | 'failed' | undefined
  >;
  rules_total: Generated<number>;
  rules_done: Generated<number>;
  found: Generated<number>;
  opened: Generated<number>;
  resolved: Generated<number>;
  error: string | null;
}

export type NotificationKind = 'alert' | 'correction' | 'deadline' | 'queue';

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: NotificationKind;
  source_key: string;
  title: string;
  body: string | null;
  href: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface CorrectionNoticesTable {
  id: Generated<string>;
  number: string;
  issuing_agency_id: string;
  agency_id: string;
  case_id: string | null;
  subject: string;
  findings: string;
  requirement: string;
  due_on: DateOnly;
  status: ColumnType<
    'issued' | 'replied' | 'accepted' | 'returned',
    'issued' | 'replied' | 'accepted' | 'returned' | undefined
  >;
  issued_on: DateOnly;
  issued_by: string;
  issued_by_name: string;
  reply: string | null;
  replied_on: NullableDate;
  replied_by: string | null;
  replied_by_name: string | null;
  review_note: string | null;
  reviewed_on: NullableDate;
  reviewed_by: string | null;
  history: GeneratedJson<CorrectionHistoryEntry[]>;
  updated_at: Timestamp;
}

export interface CorrectionHistoryEntry {
  action: 'issue' | 'reply' | 'accept' | 'return';
  on: string;
  by: string;
  text: string;
}

/** The evidence-hash rule's last check of each stored file (migration 0200). */
export interface EvidenceChecksTable {
  evidence_id: string;
  verified_at: Timestamp;
  ok: boolean;
  actual_sha256: string | null;
}

export interface OversightTables {
  alerts: AlertsTable;
  alert_rule_checks: AlertRuleChecksTable;
  alert_runs: AlertRunsTable;
  notifications: NotificationsTable;
  correction_notices: CorrectionNoticesTable;
  evidence_checks: EvidenceChecksTable;
}
