-- The agency case list (0006) with the status in the index: a page is found by an index-only
-- scan that checks the status filter on the index entries, and only the page's own rows are read
-- from the table (list-cases.ts). With 1,000,000 cases the table no longer fits in memory, and
-- reading every skipped row to learn its status was most of a page's time.
create index cases_agency_updated_status on cases (agency_id, updated_at desc, id desc, status);
drop index cases_agency_updated;
