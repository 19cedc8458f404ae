-- People registry (执法主体和人员库): designation of legal reviewers, training records (学时) and
-- the per-agency parameters of the yearly training requirement and the reviewer floor.

-- 法制审核人员 is a designation of the person (the legalReviewer role of a user account only grants
-- the screens); the reviewer-ratio report counts people, accounts or not.
alter table persons add column legal_reviewer boolean not null default false;
alter table persons add column updated_at timestamptz not null default now();

create table training_records (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references persons(id),
  course text not null,
  provider text,
  date date not null,
  -- Either may be given; 学时 are computed by the domain rule (stated hours win, else 45 min = 1).
  minutes double precision check (minutes > 0 and minutes <= 100000),
  hours double precision check (hours > 0 and hours <= 1000),
  source text not null check (source in ('manual', 'import')),
  created_at timestamptz not null default now(),
  check (minutes is not null or hours is not null)
);
create index training_records_person_date on training_records(person_id, date);

-- One row per agency that departs from the defaults (60 学时 a year, reviewers ≥ 5% of officers);
-- both figures are marked unverified in legal-rules.md, hence parameters.
create table agency_people_settings (
  agency_id uuid primary key references agencies(id),
  yearly_training_hours double precision not null check (yearly_training_hours >= 0 and yearly_training_hours <= 1000),
  min_reviewer_ratio double precision not null check (min_reviewer_ratio >= 0 and min_reviewer_ratio <= 1),
  updated_at timestamptz not null default now()
);
