-- Law search by words (issue 15): the words of every article and item, segmented by the server
-- (jieba) and stored as a tsvector with the 'simple' configuration, so PGlite and PostgreSQL
-- match identically; the enforcement thesaurus that maps officers' words onto the law's.

-- Null until the server has segmented the row (at import, at item save, or at start).
alter table law_articles add column words tsvector;
create index law_articles_words on law_articles using gin (words);

alter table enforcement_items add column words tsvector;
create index enforcement_items_words on enforcement_items using gin (words);

create table search_thesaurus (
  id uuid primary key default gen_random_uuid(),
  -- What officers or the public type: 占道经营, 违建, 遛狗.
  term text not null unique check (length(term) between 1 and 30),
  -- The law's words for it: ["占用道路", "街道两侧和公共场地"]. Each is searched as a phrase.
  expansions jsonb not null check (jsonb_typeof(expansions) = 'array' and jsonb_array_length(expansions) between 1 and 12),
  domain text not null,
  note text,
  source text not null check (source in ('seed', 'admin')),
  updated_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- thesaurus_version is bumped with every edit so each server process reloads its copy;
-- words_version records which segmentation the stored words were made with, so a change of the
-- segmenter re-segments the library at the next start; seeded says the shipped thesaurus was
-- loaded once (an administrator's deletion stays deleted).
create table search_state (
  singleton boolean primary key default true check (singleton),
  thesaurus_seeded boolean not null default false,
  thesaurus_version integer not null default 0,
  words_version integer not null default 0,
  -- Bumped by any change to laws, articles, items or citations: each server process rebuilds its
  -- in-memory copy of what the search ranks with when it moves.
  library_version bigint not null default 0,
  -- Tells databases apart for a process's in-memory copies (versions alone repeat across them).
  epoch uuid not null default gen_random_uuid()
);
insert into search_state default values;

create function search_library_changed() returns trigger language plpgsql as $$
begin
  update search_state set library_version = library_version + 1;
  return null;
end;
$$;
create trigger law_versions_search after insert or update or delete on law_versions
  for each statement execute function search_library_changed();
create trigger law_articles_search after insert or update or delete on law_articles
  for each statement execute function search_library_changed();
create trigger enforcement_items_search after insert or update or delete on enforcement_items
  for each statement execute function search_library_changed();
create trigger item_citations_search after insert or update or delete on item_citations
  for each statement execute function search_library_changed();
