-- The discretion benchmark library (裁量基准, 行政处罚法 第34条; 国办发〔2022〕27号). A benchmark
-- belongs to one violation of one catalogue item; its versions are never changed once saved (a
-- decision names the version it applied), a new table is a new version. The version's tiers,
-- conditions, outcomes and exemption lists are the domain's JSON format (BenchmarkVersionContent).
create table discretion_benchmarks (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references enforcement_items(id),
  violation text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (item_id, violation)
);

create table discretion_benchmark_versions (
  id uuid primary key default gen_random_uuid(),
  benchmark_id uuid not null references discretion_benchmarks(id),
  version_no integer not null,
  title text not null,
  document_number text not null,
  effective_from date not null,
  effective_to date,
  content jsonb not null,
  -- The save-time report (gaps, touching ends, overlaps), kept with the table it describes.
  findings jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  unique (benchmark_id, version_no)
);
create index discretion_benchmark_versions_effective on discretion_benchmark_versions(benchmark_id, effective_from);
