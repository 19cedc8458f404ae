-- 案卷评查整改 answered: the agency replies with what it changed, the reviewer accepts (done) or
-- returns it; every step is kept in `history`, as for correction notices.
alter table review_rectifications drop constraint review_rectifications_status_check;
alter table review_rectifications
  add constraint review_rectifications_status_check check (status in ('open', 'replied', 'returned', 'done'));
alter table review_rectifications add column replied_by uuid references users(id);
alter table review_rectifications add column replied_by_name text;
alter table review_rectifications add column review_note text;
alter table review_rectifications add column reviewed_on date;
alter table review_rectifications add column reviewed_by uuid references users(id);
alter table review_rectifications add column history jsonb not null default '[]';
alter table review_rectifications add column updated_at timestamptz;
create index review_rectifications_due on review_rectifications(due) where status in ('open', 'returned');

-- The evidence-hash alert rule checks stored files incrementally (ADR 0019): the last time each
-- evidence file was hashed and what was found. Files not verified within some days are due again,
-- a bounded batch per run; a file found wrong is rehashed on every run until it matches.
create table evidence_checks (
  evidence_id uuid primary key references evidence(id),
  verified_at timestamptz not null,
  ok boolean not null,
  -- The hash read from storage when it did not match (null: the file was missing).
  actual_sha256 text
);
create index evidence_checks_due on evidence_checks(verified_at);
create index evidence_checks_wrong on evidence_checks(evidence_id) where not ok;
