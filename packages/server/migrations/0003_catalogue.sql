-- Enforcement-item catalogue (执法事项库) and delegation to townships (赋权).

create table enforcement_items (
  id uuid primary key default gen_random_uuid(),
  -- Immutable once created: delegation decisions and cases name items by code.
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('penalty', 'inspection', 'coercion', 'licensing', 'levy', 'confirmation', 'benefit')),
  domain text not null,
  -- The county department that owns the power (the one that keeps it where it is not delegated).
  department_id uuid not null references agencies(id),
  level text not null check (level in ('省', '市', '县', '乡镇')),
  -- [PenaltySpec] of @zhifa/domain: kind, fine range, per-unit amount, multiples, confiscation cap.
  penalties jsonb not null default '[]'::jsonb,
  -- Set by the editor for 重大处罚 the amounts alone do not reveal (e.g. confiscating a building).
  reserved_flag boolean not null default false,
  -- reserved_flag or a penalty kind the county keeps (isCountyReservedPenalty); stored for filters.
  county_reserved boolean not null default false,
  note text,
  -- A withdrawn item stays (decisions and cases point at it) but may no longer be delegated.
  active boolean not null default true,
  revision integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enforcement_items_department on enforcement_items(department_id);
create index enforcement_items_domain_kind on enforcement_items(domain, kind);

-- The provisions an item rests on: role 'basis' = the article it enforces (违法依据),
-- 'penalty' = the article that sets the penalty (处罚依据). article_id is the law-library
-- article the citation resolved to when written; the citation text stays authoritative, so no
-- foreign key ties this table to the law library's import cycle.
create table item_citations (
  item_id uuid not null references enforcement_items(id) on delete cascade,
  role text not null check (role in ('basis', 'penalty')),
  position integer not null check (position >= 0),
  citation text not null,
  law_title text not null,
  article integer not null check (article > 0),
  article_suffix integer,
  paragraph integer,
  item integer,
  article_id uuid,
  primary key (item_id, role, position)
);
create index item_citations_article on item_citations(article_id);
create index item_citations_law on item_citations(law_title, article);

-- 乡镇分类 ("一类乡镇、一张清单"): townships of one class share one list.
create table township_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null unique,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create table township_group_members (
  group_id uuid not null references township_groups(id) on delete cascade,
  agency_id uuid not null references agencies(id),
  primary key (group_id, agency_id)
);
create index township_group_members_agency on township_group_members(agency_id);

-- County decisions, published by announcement (行政处罚法 第24条). Immutable: a mistake is
-- corrected by a later decision, never by editing the record the public list was built from.
create table delegation_decisions (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('delegate', 'addItems', 'revoke')),
  document_no text not null unique,
  title text not null,
  announcement_date date not null,
  effective_date date not null,
  -- addItems / revoke may name the decision they supplement.
  amends_id uuid references delegation_decisions(id),
  note text,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  check (effective_date >= announcement_date)
);
create index delegation_decisions_effective on delegation_decisions(effective_date);

create table delegation_decision_items (
  decision_id uuid not null references delegation_decisions(id),
  item_id uuid not null references enforcement_items(id),
  primary key (decision_id, item_id)
);
create index delegation_decision_items_item on delegation_decision_items(item_id);

-- The groups the decision named, as they were called then (no foreign key: a group may be
-- renamed or deleted later without touching the published decision).
create table delegation_decision_groups (
  decision_id uuid not null references delegation_decisions(id),
  group_id uuid not null,
  group_name text not null,
  primary key (decision_id, group_id)
);

-- Every township the decision applies to, groups expanded at decision time.
create table delegation_decision_targets (
  decision_id uuid not null references delegation_decisions(id),
  agency_id uuid not null references agencies(id),
  -- Group name through which the township was named, null when named directly.
  via_group text,
  primary key (decision_id, agency_id)
);
create index delegation_decision_targets_agency on delegation_decision_targets(agency_id);

create function delegation_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'delegation decisions are immutable' using errcode = 'P0001';
end;
$$;
create trigger delegation_decisions_immutable before update or delete on delegation_decisions
  for each row execute function delegation_refuse_change();
create trigger delegation_decision_items_immutable before update or delete on delegation_decision_items
  for each row execute function delegation_refuse_change();
create trigger delegation_decision_groups_immutable before update or delete on delegation_decision_groups
  for each row execute function delegation_refuse_change();
create trigger delegation_decision_targets_immutable before update or delete on delegation_decision_targets
  for each row execute function delegation_refuse_change();

-- Version of the delegation data, bumped in the same transaction as every decision, so the
-- in-memory point-in-time index knows when to rebuild. epoch tells databases apart.
create table delegation_state (
  singleton boolean primary key default true check (singleton),
  epoch uuid not null default gen_random_uuid(),
  version integer not null default 0
);
insert into delegation_state default values;

-- Use of an item by an agency: fed by the cases module (source 'case', on filing) and by
-- inspections (source 'inspection'). The idle-items report (零执法事项) reads the latest use.
create table item_usage (
  agency_id uuid not null references agencies(id),
  item_id uuid not null references enforcement_items(id),
  used_on date not null,
  source text not null check (source in ('case', 'inspection')),
  source_id text not null,
  primary key (source, source_id, item_id)
);
create index item_usage_latest on item_usage(agency_id, item_id, used_on);
