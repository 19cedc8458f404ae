-- Law library (法律法规库): laws, their dated versions, chapters, articles and paragraphs.
-- A law keeps every version it ever had; only the newest has valid_to null.

create table laws (
  id uuid primary key default gen_random_uuid(),
  -- Title without 中华人民共和国: the name citations use, so it identifies the law across versions.
  short_title text not null unique,
  created_at timestamptz not null default now()
);

create table law_versions (
  id uuid primary key,
  law_id uuid not null references laws(id),
  version_date date not null,
  valid_from date not null,
  -- The day before the next version's date; null for the version in force.
  valid_to date,
  title text not null,
  level text not null check (level in ('法律', '行政法规', '地方性法规', '规章', '其他')),
  issuer text,
  history jsonb not null default '[]'::jsonb,
  parts jsonb not null default '[]'::jsonb,
  file_name text not null,
  -- sha256 of the file text: importing the same file twice changes nothing.
  file_hash text not null unique,
  article_count integer not null check (article_count > 0),
  source text not null check (source in ('reference', 'upload')),
  imported_by uuid references users(id),
  imported_at timestamptz not null default now(),
  unique (law_id, version_date),
  check (valid_to is null or valid_to >= valid_from)
);
create unique index law_versions_one_current on law_versions(law_id) where valid_to is null;

create table law_chapters (
  version_id uuid not null references law_versions(id),
  number integer not null check (number > 0),
  part_number integer,
  title text not null,
  -- [{number, title}] of the 节 inside the chapter, in order.
  sections jsonb not null default '[]'::jsonb,
  primary key (version_id, number)
);

create table law_articles (
  id uuid primary key,
  version_id uuid not null references law_versions(id),
  -- Order within the version: 第十条之一 sits between 第十条 and 第十一条.
  position integer not null,
  number integer not null check (number > 0),
  suffix integer check (suffix is null or suffix > 0),
  label text not null,
  part_number integer,
  chapter_number integer,
  section_number integer,
  -- 编/章/节 headings the article sits under (第五章 行政处罚的决定 第二节 简易程序): shown with
  -- search hits and searched too, since a section title says what its articles are about.
  heading text not null default '',
  text text not null,
  unique (version_id, position)
);
create unique index law_articles_number on law_articles(version_id, number, coalesce(suffix, 0));
-- Trigram index for the search box: serves ILIKE '%词%' and the similarity operators, on Chinese too.
create index law_articles_text_trgm on law_articles using gin (text gin_trgm_ops);

create table law_paragraphs (
  article_id uuid not null references law_articles(id),
  number integer not null check (number > 0),
  text text not null,
  -- [{number, text}] of the 项 （一）（二）… under this paragraph.
  items jsonb not null default '[]'::jsonb,
  primary key (article_id, number)
);
