-- Personal identifiers of case actions (个人信息保护法 第51条; security.md §7 item 22): an
-- action's payload keeps only the masked form (agents' ID numbers, natural persons' addresses,
-- electronic service addresses), the clear value sits here, AES-256-GCM encrypted with its
-- case, seq and JSON path in the AAD so a ciphertext cannot be moved to another row. Written with
-- the action in one transaction and, like the action log, never changed or removed.
create table case_action_secrets (
  case_id uuid not null,
  seq integer not null,
  -- Path inside the action's payload, e.g. agents[0].idNumber.
  path text not null,
  value_enc text not null,
  primary key (case_id, seq, path),
  foreign key (case_id, seq) references case_actions(case_id, seq)
);
create trigger case_action_secrets_append_only before update or delete on case_action_secrets
  for each row execute function cases_refuse_change();
create trigger case_action_secrets_no_truncate before truncate on case_action_secrets
  for each statement execute function cases_refuse_change();
