-- 执法监督: the dashboard's counters, case-file review (案卷评查) and evaluation (考核评议).

-- Cases filed, decided and closed and fines decided, per agency, day and item (ADR 0016). Kept
-- current by every case command in its own transaction (the difference the action made), so the
-- dashboard reads a few thousand counter rows instead of a million cases.
create table case_day_counts (
  agency_id uuid not null references agencies(id),
  day date not null,
  item_code text not null,
  filed integer not null default 0,
  decided integer not null default 0,
  closed integer not null default 0,
  fines numeric(16, 2) not null default 0,
  primary key (agency_id, day, item_code)
);

-- Cases assigned to each officer per day (per-officer caseload), kept by the same commands.
create table officer_day_counts (
  person_id uuid not null,
  agency_id uuid not null references agencies(id),
  day date not null,
  assigned integer not null default 0,
  primary key (agency_id, day, person_id)
);

-- The counters of the cases already on record.
insert into case_day_counts (agency_id, day, item_code, filed, decided, closed, fines)
select agency_id, day, item_code, sum(filed)::integer, sum(decided)::integer, sum(closed)::integer, sum(fines)
from (
  select agency_id, filed_on as day, coalesce(item_code, '') as item_code, 1 as filed, 0 as decided, 0 as closed, 0::numeric as fines
  from cases where filed_on is not null
  union all
  select c.agency_id, c.decided_on, coalesce(c.item_code, ''), 0, 1, 0,
    coalesce((
      select sum((l ->> 'amount')::numeric)
      from jsonb_array_elements(
        case when jsonb_array_length(coalesce(c.state -> 'decisions', '[]'::jsonb)) > 0 then c.state -> 'decisions'
             else jsonb_build_array(c.state -> 'decision') end) d,
        jsonb_array_elements(
          case when jsonb_typeof(d -> 'penalty' -> 'lines') = 'array' then d -> 'penalty' -> 'lines' else '[]'::jsonb end) l
      where d ->> 'outcome' = 'penalty' and l ->> 'kind' = 'fine' and jsonb_typeof(l -> 'amount') = 'number'
    ), 0)
  from cases c where c.decided_on is not null
  union all
  select agency_id, closed_on, coalesce(item_code, ''), 0, 0, 1, 0 from cases where closed_on is not null
) t
group by agency_id, day, item_code;

insert into officer_day_counts (person_id, agency_id, day, assigned)
select o.person_id, c.agency_id, o.assigned_on, count(*)::integer
from case_officers o join cases c on c.id = o.case_id
group by o.person_id, c.agency_id, o.assigned_on;

-- 评查标准: sections, items with points, veto items and grade thresholds (@zhifa/domain ReviewStandard).
create table review_standards (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 100),
  body jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);

-- 评查计划: closed cases of a period drawn at random per agency; the seed makes the draw reproducible.
create table review_plans (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 100),
  standard_id uuid not null references review_standards(id),
  -- The standard as it was when the plan was made: later edits do not move finished scores.
  standard jsonb not null,
  closed_from date not null,
  closed_to date not null,
  per_agency integer not null check (per_agency between 1 and 100),
  agency_ids uuid[] not null default '{}',
  seed bigint,
  candidates integer,
  drawn_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null,
  check (closed_from <= closed_to)
);

create table file_reviews (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references review_plans(id),
  case_id uuid not null references cases(id),
  agency_id uuid not null references agencies(id),
  -- What the platform found from the record (AutoFacts) and the pre-scores it gave.
  auto_facts jsonb not null,
  scores jsonb not null default '{}'::jsonb,
  vetoes text[] not null default '{}',
  item_comments jsonb not null default '{}'::jsonb,
  comment text,
  score numeric(5, 1),
  grade text check (grade in ('excellent', 'pass', 'fail')),
  reviewer_id uuid references users(id),
  reviewed_on date,
  unique (plan_id, case_id)
);
create index file_reviews_agency on file_reviews(agency_id, reviewed_on);

-- 整改: a reviewed file's problems sent back to its agency with a deadline.
create table review_rectifications (
  id uuid primary key default gen_random_uuid(),
  review_id uuid not null references file_reviews(id),
  agency_id uuid not null references agencies(id),
  requirement text not null check (length(requirement) between 1 and 2000),
  due date not null,
  status text not null default 'open' check (status in ('open', 'done')),
  reply text,
  replied_on date,
  created_by uuid references users(id),
  created_at timestamptz not null
);
create index review_rectifications_agency on review_rectifications(agency_id, status);

-- 考核评议 weights (one row: the county's).
create table evaluation_settings (
  id integer primary key check (id = 1),
  weights jsonb not null,
  updated_at timestamptz not null
);

-- The standard shipped with the platform (@zhifa/domain DEFAULT_REVIEW_STANDARD, 行政处罚普通程序案卷,
-- after DB32/T 4181—2021 附录B); administrators edit it or add others.
insert into review_standards (id, name, body, created_at, updated_at) values (
  '00000000-0000-4000-8000-000000000180',
  '行政处罚案卷评查标准（默认）',
  '{"sections":[{"key":"body","title":"执法主体与人员","items":[{"key":"body.officers","title":"执法人员持有效证件且不少于两人","points":10,"auto":"officersCertified"},{"key":"body.power","title":"在法定或赋权的职权范围内实施","points":5}]},{"key":"facts","title":"事实与证据","items":[{"key":"facts.clear","title":"违法事实清楚，当事人认定准确","points":10},{"key":"facts.evidence","title":"证据确实充分，取证合法，证据之间相互印证","points":15}]},{"key":"law","title":"适用法律","items":[{"key":"law.basis","title":"定性准确，引用法律条款具体到条、款、项","points":10},{"key":"law.discretion","title":"处罚适当，符合裁量基准并说明理由","points":10}]},{"key":"procedure","title":"执法程序","items":[{"key":"procedure.deadlines","title":"立案、调查、决定、送达均在法定期限内","points":10,"auto":"deadlinesKept"},{"key":"procedure.review","title":"应当法制审核的已经审核","points":10,"auto":"reviewDone"},{"key":"procedure.rights","title":"依法告知陈述、申辩、听证权利并听取意见","points":5}]},{"key":"documents","title":"文书与立卷归档","items":[{"key":"documents.complete","title":"文书齐全","points":10,"auto":"documentsPresent"},{"key":"documents.form","title":"文书制作规范，卷宗装订有序、归档及时","points":5}]}],"vetoes":[{"key":"unlawfulBody","title":"执法主体不合法"},{"key":"unqualifiedOfficer","title":"执法人员不具备执法资格"},{"key":"fewerThanTwoOfficers","title":"执法人员少于两人"},{"key":"insufficientEvidence","title":"主要证据不足"},{"key":"unclearFacts","title":"事实不清"},{"key":"wrongCharacterisation","title":"定性错误"},{"key":"wrongLaw","title":"适用法律错误"},{"key":"unlawfulProcedure","title":"违反法定程序"},{"key":"shouldHaveTransferred","title":"应当移送而未移送"}],"grades":{"excellent":90,"pass":60}}'::jsonb,
  now(), now()
);
