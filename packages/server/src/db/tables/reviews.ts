// Tables of oversight (migrations 0180_oversight.sql, 0200_rectifications_evidence_checks.sql): the
// dashboard's counters, case-file review and evaluation settings.
import type { ColumnType, Generated } from 'kysely';
import type { AutoFacts, IndicatorWeights, RectificationStatus, ReviewGrade, ReviewStandard } from '@zhifa/domain';
import type { CorrectionHistoryEntry } from './oversight';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb: read back parsed, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;
type GeneratedJson<T> = ColumnType<T, string | undefined, string>;

export interface CaseDayCountsTable {
  agency_id: string;
  day: DateOnly;
  item_code: string;
  filed: Generated<number>;
  decided: Generated<number>;
  closed: Generated<number>;
  fines: ColumnType<string, number | string | undefined, number | string>;
}

export interface OfficerDayCountsTable {
  person_id: string;
  agency_id: string;
  day: DateOnly;
  assigned: Generated<number>;
}

export interface ReviewStandardsTable {
  id: Generated<string>;
  name: string;
  body: Json<ReviewStandard>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReviewPlansTable {
  id: Generated<string>;
  name: string;
  standard_id: string;
  standard: Json<ReviewStandard>;
  closed_from: DateOnly;
  closed_to: DateOnly;
  per_agency: number;
  agency_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** bigint comes back as a string. */
  seed: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  candidates: number | null;
  drawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FileReviewsTable {
  id: Generated<string>;
  plan_id: string;
  case_id: string;
  agency_id: string;
  auto_facts: Json<AutoFacts>;
  scores: GeneratedJson<Record<string, number>>;
  vetoes: ColumnType<string[], string[] | undefined, string[]>;
  item_comments: GeneratedJson<Record<string, string>>;
  comment: string | null;
  score: ColumnType<string | null, number | null | undefined, number | null>;
  grade: ReviewGrade | null;
  reviewer_id: string | null;
  reviewed_on: NullableDate;
}

export interface ReviewRectificationsTable {
  id: Generated<string>;
  review_id: string;
  agency_id: string;
  requirement: string;
  due: DateOnly;
  status: ColumnType<RectificationStatus, RectificationStatus | undefined, RectificationStatus>;
  reply: string | null;
  replied_on: NullableDate;
  created_by: string | null;
  created_at: Timestamp;
  replied_by: string | null;
  replied_by_name: string | null;
  review_note: string | null;
  reviewed_on: NullableDate;
  reviewed_by: string | null;
  history: GeneratedJson<CorrectionHistoryEntry[]>;
  updated_at: NullableTimestamp;
}

export interface EvaluationSettingsTable {
  id: number;
  weights: Json<IndicatorWeights>;
  updated_at: Timestamp;
}

export interface ReviewTables {
  case_day_counts: CaseDayCountsTable;
  officer_day_counts: OfficerDayCountsTable;
  review_standards: ReviewStandardsTable;
  review_plans: ReviewPlansTable;
  file_reviews: FileReviewsTable;
  review_rectifications: ReviewRectificationsTable;
  evaluation_settings: EvaluationSettingsTable;
}
