-- After-the-fact disclosure (事后公示, legal statements 68–72): one rendition per decision document
-- that is published, held, withdrawn, expired or excluded. The rendition is the public form the
-- domain builds from the case's structured data (never the internal record); the public pages read
-- nothing else. Every publish, hold, release and withdrawal names the user who did it (and the audit
-- row of the same transaction records it too).

-- Per agency and/or sector (the case's domain): the working days to publish in, the months a
-- rendition stays published and how the punished person's name appears. The most specific row wins.
create table disclosure_settings (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid references agencies(id),
  sector text,
  working_days integer not null check (working_days between 1 and 20),
  publication_months integer not null check (publication_months between 1 and 120),
  person_names text not null default 'surname' check (person_names in ('surname', 'full')),
  updated_at timestamptz not null default now()
);
create unique index disclosure_settings_key on disclosure_settings(coalesce(agency_id::text, ''), coalesce(sector, ''));

create table disclosure_renditions (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null unique references documents(id),
  case_id uuid not null references cases(id),
  agency_id uuid not null references agencies(id),
  agency_name text not null,
  document_number text not null,
  decided_on date not null,
  due_on date not null,
  status text not null check (status in ('pending', 'held', 'published', 'withdrawn', 'expired', 'excluded')),
  -- Why a decision is not published (minor, warningOnly …): the domain's NotPublishedReason.
  excluded_reason text,
  -- The domain's Rendition (format 1): the only thing the public pages show.
  rendition jsonb,
  -- What the redaction removed, by kind, and what the detector still found (never published).
  redactions jsonb not null default '{}'::jsonb,
  findings jsonb not null default '[]'::jsonb,
  -- What the public search looks in (title, agency, party as published, item, penalty), from the
  -- rendition only: the text, and its character pairs (Chinese has no word breaks, and a trigram
  -- index needs a locale that counts Han characters as letters) for a GIN index.
  search_text text not null default '',
  search_grams text[] not null default '{}',
  held_at timestamptz,
  held_by uuid references users(id),
  hold_reason text,
  released_at timestamptz,
  released_by uuid references users(id),
  release_reason text,
  published_on date,
  published_at timestamptz,
  published_by uuid references users(id),
  publication_ends_on date,
  withdrawn_at timestamptz,
  withdrawn_on date,
  withdrawn_by uuid references users(id),
  withdrawal_ground text check (withdrawal_ground in ('changed', 'revoked', 'confirmedUnlawful', 'confirmedVoid', 'manual')),
  withdrawal_reason text,
  -- The 第48条第2款 change that caused the withdrawal (the case action), when there was one.
  withdrawal_action_seq integer,
  expired_at timestamptz,
  -- Statement 72: the party was told in writing at service that the decision will be published.
  notice_served_on date,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (status <> 'published' or (rendition is not null and published_at is not null and published_by is not null)),
  check (status <> 'withdrawn' or (withdrawn_at is not null and withdrawal_reason is not null)),
  check (status <> 'excluded' or excluded_reason is not null)
);
create index disclosure_renditions_case on disclosure_renditions(case_id);
create index disclosure_renditions_agency_status on disclosure_renditions(agency_id, status, due_on);
create index disclosure_renditions_status_due on disclosure_renditions(status, due_on);
-- The public list: newest published first, keyset by (published_on, id).
create index disclosure_renditions_published on disclosure_renditions(published_on desc, id desc)
  where status = 'published';
create index disclosure_renditions_published_agency on disclosure_renditions(agency_name, published_on desc, id desc)
  where status = 'published';
create index disclosure_renditions_search on disclosure_renditions using gin (search_grams) where status = 'published';
-- Publication ends by itself: the expiry sweep reads published rows by their end date.
create index disclosure_renditions_ends on disclosure_renditions(publication_ends_on) where status = 'published';
