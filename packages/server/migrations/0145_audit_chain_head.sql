-- The chain's head for the next link: take the chain lock, then read the tail. The next seq is
-- the tail's plus one, not a sequence value: a rolled-back append leaves no gap, so a server
-- that wrote the tail knows the next seq without asking (platform/chain-append.ts). VOLATILE,
-- so at read committed its query takes a fresh snapshot once the lock is granted and sees the
-- tail the previous holder committed.
create function audit_chain_head(lock_key bigint) returns table (prev_hash text, next_seq bigint)
language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(lock_key);
  return query
    select t.hash, coalesce(t.seq, 0) + 1
    from (select null::int as anchor) o
    left join lateral (select a.hash, a.seq from audit_log a order by a.seq desc limit 1) t on true;
end;
$$;
