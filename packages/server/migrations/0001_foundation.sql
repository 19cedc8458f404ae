-- Foundation: organisations, people, accounts, sessions, audit chain, idempotent commands, settings.
-- Plain SQL that runs on PostgreSQL 15 and on PGlite alike.

create extension if not exists pg_trgm;

create table regions (
  code text primary key,
  name text not null,
  level text not null check (level in ('province', 'city', 'county', 'township')),
  parent_code text references regions(code),
  provisional boolean not null default false
);

create table agencies (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  short_name text not null,
  kind text not null check (kind in ('township', 'street', 'countyDepartment', 'judicialBureau', 'coordinationOffice', 'justiceStation', 'countyGovernment')),
  region_code text not null references regions(code),
  parent_id uuid references agencies(id),
  credit_code text,
  doc_prefix text not null,
  domains text[] not null default '{}',
  created_at timestamptz not null default now()
);
create index agencies_region on agencies(region_code);

create table teams (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies(id),
  name text not null,
  unique (agency_id, name)
);

create table persons (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agencies(id),
  team_id uuid references teams(id),
  name text not null,
  -- ID numbers and phones are encrypted at rest (AES-256-GCM, key outside the database);
  -- the HMAC lets us find duplicates without decrypting.
  id_number_enc text,
  id_number_hmac text unique,
  id_number_masked text,
  phone_enc text,
  phone_masked text,
  post text not null check (post in ('establishment', 'auxiliary')),
  has_legal_qualification boolean not null default false,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index persons_agency on persons(agency_id);

create table certificates (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references persons(id),
  number text not null unique,
  issuer text not null,
  domains text[] not null,
  valid_from date not null,
  valid_to date not null,
  status text not null check (status in ('valid', 'suspended', 'revoked', 'expired')),
  verify_token text not null unique,
  created_at timestamptz not null default now(),
  check (valid_from <= valid_to)
);
create index certificates_person on certificates(person_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null unique,
  name text not null,
  agency_id uuid references agencies(id),
  person_id uuid references persons(id),
  roles text[] not null,
  password_hash text not null,
  password_changed_at timestamptz not null default now(),
  totp_secret_enc text,
  totp_enabled boolean not null default false,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  last_login_at timestamptz,
  created_at timestamptz not null default now()
);

create table sessions (
  id text primary key,
  user_id uuid not null references users(id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  second_factor_pending boolean not null default false,
  source_ip text
);
create index sessions_user on sessions(user_id);

-- Audit trail: append-only, hash-chained, each link sealed with an HMAC whose key lives outside
-- the database. UPDATE, DELETE and TRUNCATE are refused by triggers.
create table audit_log (
  seq bigserial primary key,
  at timestamptz not null default clock_timestamp(),
  actor_id uuid,
  actor_name text,
  actor_role text,
  agency_id uuid,
  source_ip text,
  event_type text not null,
  object_type text,
  object_id text,
  outcome text not null check (outcome in ('success', 'failure', 'denied')),
  request_id text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null,
  seal text not null
);
create index audit_log_event on audit_log(event_type, at);
create index audit_log_object on audit_log(object_type, object_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'P0001';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();

-- Idempotent commands: a retry with the same command id returns the first result.
create table command_log (
  actor_id uuid not null,
  command_id text not null,
  fingerprint text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (actor_id, command_id)
);

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

create table calendar_entries (
  date date primary key,
  kind text not null check (kind in ('holiday', 'workday')),
  name text
);

-- Gapless document numbers: one counter row per (agency, year, document class), bumped inside
-- the issuing transaction (a sequence would leave gaps on rollback).
create table document_counters (
  agency_id uuid not null references agencies(id),
  year integer not null,
  doc_class text not null,
  last_serial integer not null default 0,
  primary key (agency_id, year, doc_class)
);
