-- Deadlines that appear or move with time alone (the court application period once a fine is
-- overdue, 行政强制法 第53条) are recomputed on a schedule, not only at the case's next action.
-- Every case command stores the first day its case_deadlines rows would differ (the domain's
-- deadlinesRefreshOn); null when only a new action can change them. The hourly job reads the
-- few cases due through the partial index and leaves the rest untouched.
alter table cases add column deadlines_refresh_on date;
create index cases_deadlines_refresh on cases (deadlines_refresh_on) where deadlines_refresh_on is not null;

-- Cases projected before this column existed: those with a running payment period are marked due
-- (yesterday, whatever the server's time zone) so the first run computes their real date.
update cases set deadlines_refresh_on = current_date - 1
where closed_on is null and state ->> 'paymentDue' is not null and state -> 'courtApplication' = 'null'::jsonb;
