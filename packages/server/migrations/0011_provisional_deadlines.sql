-- Deadlines computed from a provisional calendar (a year whose State Council holiday notice is not
-- loaded), and the record of those that moved when the notice was loaded (legal-rules.md §8.3).
alter table case_deadlines add column provisional boolean not null default false;
create index case_deadlines_provisional on case_deadlines(case_id) where provisional;

create table deadline_moves (
  id bigserial primary key,
  calendar_year int not null,
  case_id uuid not null references cases(id),
  agency_id uuid not null references agencies(id),
  deadline_key text not null,
  label text not null,
  old_due date,
  new_due date,
  still_provisional boolean not null,
  party_facing boolean not null,
  recorded_at timestamptz not null
);
create index deadline_moves_agency on deadline_moves(agency_id, recorded_at desc);
