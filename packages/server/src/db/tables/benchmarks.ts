// Tables of the benchmarks module (migration 0130_discretion_benchmarks.sql).
import type { ColumnType, Generated } from 'kysely';
import type { BenchmarkFinding, BenchmarkVersionContent } from '@zhifa/domain';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface DiscretionBenchmarksTable {
  id: Generated<string>;
  item_id: string;
  violation: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface DiscretionBenchmarkVersionsTable {
  id: Generated<string>;
  benchmark_id: string;
  version_no: number;
  title: string;
  document_number: string;
  effective_from: DateOnly;
  effective_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** jsonb: read back parsed, written as a JSON string. */
  content: ColumnType<BenchmarkVersionContent, string, string>;
  findings: ColumnType<BenchmarkFinding[], string | undefined, string>;
  created_at: GeneratedTimestamp;
}

export interface BenchmarkTables {
  discretion_benchmarks: DiscretionBenchmarksTable;
  discretion_benchmark_versions: DiscretionBenchmarkVersionsTable;
}
