-- Case handling (案件办理): leads, cases as an append-only action log, officers, evidence with its
-- custody ledger, issued documents and the open deadlines. The action log is the truth; every
-- other case table is a projection rewritten in the same transaction as the action.

create function cases_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = 'P0001';
end;
$$;

-- 案源: received, vetted within the configured window, then filed, closed or merged.
create table leads (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies(id),
  number text not null,
  source text not null check (source in ('inspection', 'complaint', 'hotline', 'transfer', 'patrol', 'monitoring')),
  received_on date not null,
  summary text not null,
  location text,
  party_name text,
  item_code text,
  item_name text,
  -- The complainant or reporter is personal data: encrypted like persons' ID numbers.
  reporter_enc text,
  status text not null default 'pending' check (status in ('pending', 'filed', 'closed', 'merged')),
  vet_due date,
  merged_into uuid references leads(id),
  case_id uuid,
  close_reason text,
  vetted_on date,
  vetted_by uuid references users(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (agency_id, number)
);
create index leads_list on leads(agency_id, status, updated_at desc, id);
create index leads_updated on leads(updated_at desc, id);

create table lead_events (
  lead_id uuid not null references leads(id),
  seq integer not null check (seq > 0),
  at timestamptz not null,
  actor_id uuid references users(id),
  actor_name text,
  event text not null,
  details jsonb not null default '{}'::jsonb,
  primary key (lead_id, seq)
);
create trigger lead_events_append_only before update or delete on lead_events
  for each row execute function cases_refuse_change();

create table cases (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies(id),
  -- 〔year〕 per agency, from document_counters (gapless).
  number text not null,
  procedure text not null check (procedure in ('summary', 'ordinary')),
  status text not null,
  -- Number of actions appended: the optimistic-concurrency token clients send back.
  version integer not null default 0 check (version >= 0),
  title text not null,
  party_kind text check (party_kind in ('person', 'organisation')),
  party_name text,
  -- ID number or credit code: AES-256-GCM (key outside the database), lookup HMAC, masked copy.
  party_id_enc text,
  party_id_hmac text,
  party_id_masked text,
  item_code text,
  item_name text,
  domain text,
  lead_id uuid references leads(id),
  filed_on date,
  decided_on date,
  closed_on date,
  decision_number text,
  archive_number text,
  created_on date not null,
  -- The procedure's id of the creator (persons.id, or users.id for an account without a person).
  created_by text not null,
  created_by_user uuid not null references users(id),
  -- Cached fold of the action log for queues and the workbench; the log stays authoritative.
  state jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (agency_id, number)
);
create index cases_list on cases(agency_id, status, updated_at desc, id);
create index cases_updated on cases(updated_at desc, id);
create index cases_party_hmac on cases(party_id_hmac);
create unique index cases_archive_number on cases(agency_id, archive_number) where archive_number is not null;
alter table leads add constraint leads_case_fk foreign key (case_id) references cases(id);

-- The action log. seq is 1, 2, … per case; rows are never changed or removed.
create table case_actions (
  case_id uuid not null references cases(id),
  seq integer not null check (seq > 0),
  type text not null,
  payload jsonb not null,
  derived jsonb not null default '{}'::jsonb,
  warnings jsonb not null default '[]'::jsonb,
  actor_id uuid not null references users(id),
  -- The id decide() and the fold know the actor by (persons.id, else users.id).
  actor_domain_id text not null,
  actor_name text not null,
  actor_role text not null,
  actor_roles text[] not null,
  agency_id uuid not null references agencies(id),
  -- The day the action counts for (Asia/Shanghai), and the moment it was recorded.
  action_date date not null,
  at timestamptz not null,
  command_id text,
  primary key (case_id, seq)
);
create index case_actions_actor_type on case_actions(actor_domain_id, type);
create trigger case_actions_append_only before update or delete on case_actions
  for each row execute function cases_refuse_change();
create trigger case_actions_no_truncate before truncate on case_actions
  for each statement execute function cases_refuse_change();

-- Officers on a case (承办人员), kept in step with the fold: current, former, recused.
create table case_officers (
  case_id uuid not null references cases(id),
  person_id uuid not null,
  active boolean not null,
  recused boolean not null default false,
  assigned_on date not null,
  released_on date,
  primary key (case_id, person_id)
);
create index case_officers_person on case_officers(person_id, active);

-- Evidence files, content-addressed: the bytes live at <evidenceDir>/ab/cd/<sha256>.
create table evidence (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  agency_id uuid not null references agencies(id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size >= 0),
  mime text not null,
  file_name text,
  storage_path text not null,
  kind text not null check (kind in ('documentary', 'physical', 'audioVisual', 'electronicData', 'witnessTestimony', 'partyStatement', 'expertOpinion', 'inspectionRecord')),
  title text not null,
  -- 'YYYY-MM-DDTHH:MM' as captured (Beijing time), as the procedure records it.
  captured_at text not null check (captured_at ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$'),
  location text,
  officer_ids uuid[] not null default '{}',
  illegal boolean not null default false,
  illegal_reason text,
  uploaded_by uuid not null references users(id),
  uploaded_at timestamptz not null,
  unique (case_id, sha256)
);
create index evidence_case on evidence(case_id);

-- Custody ledger: one hash-chained row per event and case (security.md §4.2).
create table evidence_ledger (
  case_id uuid not null references cases(id),
  seq integer not null check (seq > 0),
  evidence_id uuid not null references evidence(id),
  event text not null check (event in ('captured', 'uploaded', 'viewed', 'downloaded', 'exported')),
  content_sha256 text not null,
  metadata_sha256 text not null,
  actor_id uuid references users(id),
  actor_name text,
  at timestamptz not null,
  source_ip text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null,
  seal text not null,
  primary key (case_id, seq)
);
create index evidence_ledger_evidence on evidence_ledger(evidence_id, seq);
create trigger evidence_ledger_append_only before update or delete on evidence_ledger
  for each row execute function cases_refuse_change();
create trigger evidence_ledger_no_truncate before truncate on evidence_ledger
  for each statement execute function cases_refuse_change();

-- Documents the actions issued (文书), numbered from document_counters where they carry a number.
create table documents (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases(id),
  agency_id uuid not null references agencies(id),
  kind text not null,
  number text,
  title text not null,
  action_seq integer not null,
  issued_on date not null,
  issued_at timestamptz not null,
  payload jsonb not null default '{}'::jsonb,
  unique (agency_id, number)
);
create index documents_case on documents(case_id, action_seq);

-- Open (not yet met) deadlines of each case, rewritten with every action; "overdue" is
-- judged at read time against today.
create table case_deadlines (
  case_id uuid not null references cases(id),
  key text not null,
  agency_id uuid not null references agencies(id),
  label text not null,
  due date,
  due_at text,
  basis text not null,
  party_facing boolean not null,
  primary key (case_id, key)
);
create index case_deadlines_due on case_deadlines(agency_id, due);
