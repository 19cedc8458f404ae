-- The public search of published decisions (ADR 0018). A search first walks a bounded number of the
-- newest published renditions in an index that holds what the filter reads (index only, no table
-- reads); a word rarer than that finds its matches month by month, newest month first, through the
-- character pairs tagged with the month of publication ('王某:24321'): each month's matches are few
-- and sorted, and the search stops at the month that fills the page.

alter table disclosure_renditions add column if not exists search_keys text[] not null default '{}';

-- The renditions published before: their pairs, tagged with the month they were published in
-- (year × 12 + month − 1, as the server computes it).
update disclosure_renditions
set search_keys = array(
  select g || ':' || (extract(year from published_on)::int * 12 + extract(month from published_on)::int - 1)
  from unnest(search_grams) g
)
where published_on is not null and search_keys = '{}';

create index if not exists disclosure_renditions_search_keys on disclosure_renditions using gin (search_keys)
  where status = 'published';

-- Newest first, with what the list filters and the search words: the list's index, covering.
create index if not exists disclosure_renditions_walk on disclosure_renditions (published_on desc, id desc)
  include (publication_ends_on, agency_name, search_text, document_id) where status = 'published';

drop index if exists disclosure_renditions_published;
drop index if exists disclosure_renditions_search;
