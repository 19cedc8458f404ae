import type { ColumnType, Generated } from 'kysely';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface TrainingRecordsTable {
  id: Generated<string>;
  person_id: string;
  course: string;
  provider: string | null;
  date: DateOnly;
  minutes: number | null;
  hours: number | null;
  source: 'manual' | 'import';
  created_at: GeneratedTimestamp;
}

export interface AgencyPeopleSettingsTable {
  agency_id: string;
  yearly_training_hours: number;
  min_reviewer_ratio: number;
  updated_at: GeneratedTimestamp;
}

// Columns 0004 adds to `persons`: merged into foundation's PersonsTable (an interface, so the
// declaration merges) rather than redeclaring the table, which DB could not extend twice.
declare module './foundation' {
  interface PersonsTable {
    legal_reviewer: Generated<boolean>;
    updated_at: GeneratedTimestamp;
  }
}

// Tables of the people module.
export interface PeopleTables {
  training_records: TrainingRecordsTable;
  agency_people_settings: AgencyPeopleSettingsTable;
}
