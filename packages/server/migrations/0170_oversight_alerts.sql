-- Oversight (监督平台): alerts raised by the alert rules, the runs that raised them, the
-- notification centre, and correction notices (执法监督意见书) with their replies.

-- One alert per rule and subject (the unique key): running the rules twice updates, never duplicates;
-- a subject no longer found is resolved, and reopened if found again.
create table alerts (
  id uuid primary key default gen_random_uuid(),
  rule text not null check (length(rule) between 1 and 60),
  subject_key text not null check (length(subject_key) between 1 and 300),
  agency_id uuid references agencies(id),
  case_id uuid references cases(id),
  person_id uuid references persons(id),
  item_code text,
  record_type text,
  record_id text,
  title text not null,
  details jsonb not null default '{}',
  status text not null default 'open' check (status in ('open', 'acknowledged', 'resolved')),
  first_seen_at timestamptz not null,
  last_seen_at timestamptz not null,
  acknowledged_at timestamptz,
  acknowledged_by uuid references users(id),
  acknowledged_note text,
  resolved_at timestamptz,
  unique (rule, subject_key)
);
create index alerts_list on alerts (status, agency_id, last_seen_at desc);
create index alerts_agency on alerts (agency_id, rule);

-- A run of the rules: on the schedule or on demand; progress is the number of rules done.
create table alert_runs (
  id uuid primary key default gen_random_uuid(),
  trigger text not null check (trigger in ('schedule', 'manual', 'test')),
  requested_by uuid references users(id),
  requested_at timestamptz not null,
  started_at timestamptz,
  finished_at timestamptz,
  status text not null default 'queued' check (status in ('queued', 'running', 'finished', 'failed')),
  rules_total integer not null default 0,
  rules_done integer not null default 0,
  found integer not null default 0,
  opened integer not null default 0,
  resolved integer not null default 0,
  error text
);
create index alert_runs_recent on alert_runs (requested_at desc);

-- The notification centre: one row per person and source (an alert, a notice, a deadline), so
-- the same source reaches a person once.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id),
  kind text not null check (kind in ('alert', 'correction', 'deadline', 'queue')),
  source_key text not null check (length(source_key) between 1 and 300),
  title text not null check (length(title) between 1 and 300),
  body text,
  href text,
  created_at timestamptz not null,
  read_at timestamptz,
  unique (user_id, source_key)
);
create index notifications_user on notifications (user_id, created_at desc);
create index notifications_unread on notifications (user_id) where read_at is null;

-- 执法监督意见书: numbered in the issuing agency's 监 series; the agency replies, the supervisor
-- accepts or returns; every step is kept in `history`.
create table correction_notices (
  id uuid primary key default gen_random_uuid(),
  number text not null unique,
  issuing_agency_id uuid not null references agencies(id),
  agency_id uuid not null references agencies(id),
  case_id uuid references cases(id),
  subject text not null check (length(subject) between 1 and 200),
  findings text not null check (length(findings) between 1 and 5000),
  requirement text not null check (length(requirement) between 1 and 5000),
  due_on date not null,
  status text not null default 'issued' check (status in ('issued', 'replied', 'accepted', 'returned')),
  issued_on date not null,
  issued_by uuid not null references users(id),
  issued_by_name text not null,
  reply text,
  replied_on date,
  replied_by uuid references users(id),
  replied_by_name text,
  review_note text,
  reviewed_on date,
  reviewed_by uuid references users(id),
  history jsonb not null default '[]',
  updated_at timestamptz not null
);
create index correction_notices_agency on correction_notices (agency_id, status, due_on);
create index correction_notices_open on correction_notices (due_on) where status in ('issued', 'returned');

-- Rules read these: undecided ordinary cases by filing date, and decided cases.
create index cases_filed_open on cases (filed_on) where decided_on is null and closed_on is null;
create index case_deadlines_due_only on case_deadlines (due);
