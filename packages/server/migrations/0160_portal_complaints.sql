-- The public portal (事前公示) and the public complaint form.

-- How the public reaches an agency (事前公示: how to complain). Public data, not personal.
alter table agencies add column public_phone text;
alter table agencies add column public_address text;

-- A complaint sent through the portal. It becomes a lead of the receiving agency; the
-- complainant's identity is encrypted (field crypto) and shown only to those allowed, each view
-- audited. The receipt code is kept only as a hash; the source address only as a keyed hash
-- (enough to count submissions per source for the rate limit, not to recover the address).
create table public_complaints (
  id uuid primary key default gen_random_uuid(),
  lead_id uuid not null unique references leads(id),
  agency_id uuid not null references agencies(id),
  receipt_hash text not null unique,
  problem_type text not null,
  township_id uuid not null references agencies(id),
  address text not null,
  description text not null,
  anonymous boolean not null,
  name_enc text,
  phone_enc text,
  source_hash text not null,
  created_at timestamptz not null
);
create index public_complaints_source on public_complaints (source_hash, created_at);

-- Photos sent with a complaint: checked by content (JPEG, PNG, WebP), stored by SHA-256 outside
-- any web root, served to staff only as downloads.
create table public_complaint_photos (
  id uuid primary key default gen_random_uuid(),
  complaint_id uuid not null references public_complaints(id),
  position int not null,
  media_type text not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes int not null,
  sha256 text not null,
  unique (complaint_id, position)
);

-- A lead from the public portal is registered by nobody signed in.
alter table leads alter column created_by drop not null;
