-- Case lists at a county's scale (bench/cases.ts loads 1,000,000 cases). Every case list an
-- agency's staff open is that agency's cases, newest first, usually filtered by several statuses
-- at once (status in (…)), which cases_list (agency_id, status, …) cannot return in order: the
-- query sorted every matching case of the agency for each page. In exactly the list's order
-- (updated_at desc, id desc) the page is read straight off the index and stops after LIMIT rows;
-- the status and "assigned to me" filters are checked on the way.
create index cases_agency_updated on cases (agency_id, updated_at desc, id desc);
