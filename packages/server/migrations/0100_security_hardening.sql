-- Security hardening (issue 10).
-- The last TOTP time step accepted per account: a code is good once (RFC 6238 §5.2).
alter table users add column totp_last_counter bigint;
-- Idle accounts (等保 8.1.4.2c): warned once at 80 days, disabled at 90; re-enabling restarts the count.
alter table users add column idle_warned_at timestamptz;
alter table users add column reenabled_at timestamptz;

-- Failed sign-ins under user names that do not exist, counted like real accounts' so that the
-- answers (401, then 423 after the limit) never tell an existing name from an unknown one.
create table unknown_login_failures (
  username text primary key,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
