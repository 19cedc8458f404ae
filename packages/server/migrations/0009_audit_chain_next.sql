-- The audit chain's next link in one round trip: take the chain lock, then read the tail and
-- the next sequence number. The function is VOLATILE, so at read committed its query takes a
-- fresh snapshot after the lock is granted and sees the tail the previous holder committed.
create function audit_chain_next(lock_key bigint) returns table (prev_hash text, next_seq bigint)
language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(lock_key);
  return query select (select a.hash from audit_log a order by a.seq desc limit 1), nextval('audit_log_seq_seq');
end;
$$;
