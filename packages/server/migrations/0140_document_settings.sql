-- Documents as printed (文书): the 代字 of each series per agency, the account fines are paid to, the
-- rendered PDF of every issued document (immutable, each correction a new version) and the signed
-- copies scanned back in. A document is rendered once, the first time it is asked for, and served
-- byte-identical afterwards (ADR 0009).

-- 文书类别代字 per agency and series (DOCUMENT_SERIES): absent, the series key itself is the code.
create table document_series_codes (
  agency_id uuid not null references agencies(id),
  series text not null,
  code text not null check (length(code) between 1 and 10),
  updated_at timestamptz not null,
  primary key (agency_id, series)
);

-- 罚没款 收款账户 printed on decisions that fine (行政处罚法 第67条).
create table agency_payees (
  agency_id uuid primary key references agencies(id),
  account_name text not null check (length(account_name) between 1 and 200),
  bank text not null check (length(bank) between 1 and 200),
  account_number text not null check (length(account_number) between 1 and 60),
  updated_at timestamptz not null
);

-- Each issued version of a document: version 1 is the first render, a correction adds the next.
create table document_versions (
  document_id uuid not null references documents(id),
  version integer not null check (version > 0),
  pdf bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- The hash of the text the document states, and the code printed from it (一案一码).
  content_sha256 text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
  verification_code text not null,
  provisional boolean not null,
  reason text,
  created_by uuid references users(id),
  created_at timestamptz not null,
  primary key (document_id, version),
  check (version = 1 or reason is not null)
);
create index document_versions_code on document_versions(verification_code);
create trigger document_versions_append_only before update or delete on document_versions
  for each row execute function cases_refuse_change();
create trigger document_versions_no_truncate before truncate on document_versions
  for each statement execute function cases_refuse_change();

-- A signed and scanned copy uploaded back to its document; the file is evidence (store and ledger).
create table document_signed_copies (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null references documents(id),
  evidence_id uuid not null references evidence(id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  file_name text not null,
  uploaded_by uuid not null references users(id),
  uploaded_at timestamptz not null
);
create index document_signed_copies_document on document_signed_copies(document_id, uploaded_at);
create trigger document_signed_copies_append_only before update or delete on document_signed_copies
  for each row execute function cases_refuse_change();
