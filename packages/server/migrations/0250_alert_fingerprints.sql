-- A run confirms the alerts it finds again without rewriting them (ADR 0023). The fingerprint
-- (what the finding says: title, agency, records, details) tells an unchanged finding from a
-- changed one; only new, reopened and changed findings are written. That a rule found its open
-- alerts again is one row per rule: when it last checked every subject.
alter table alerts add column fingerprint text;

create table alert_rule_checks (
  rule text primary key check (length(rule) between 1 and 60),
  checked_at timestamptz not null
);
