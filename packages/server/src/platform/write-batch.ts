// Independent writes of one command sent as one statement: each is a data-modifying CTE, which
// PostgreSQL runs to completion whether or not the statement reads it. A command's writes (the
// action, the case row, its officers, deadlines, documents and secrets) touch different rows and
// read nothing the others write, so one round trip does for all of them (bench/cases.ts: every
// round trip costs both processes a wake-up). Foreign keys between them hold: the checks run at
// the end of the statement, after every CTE.
import { sql, type QueryCreator } from 'kysely';
import type { DB, Tx } from '../db/schema';
import { CHAIN_LOCK, type ChainHead } from './audit';

/** One write of the batch; it must not depend on another write of the same batch. */
export type BatchedWrite = (db: QueryCreator<DB>) => { execute(): Promise<unknown> };

/** Add a write to the caller's batch, or run it now when there is none. */
export async function writeOrBatch(tx: Tx, batch: BatchedWrite[] | undefined, write: BatchedWrite): Promise<void> {
  if (batch) batch.push(write);
  else await write(tx).execute();
}

/** The writes as one statement: every write but the last as a CTE of the last. */
export async function flushWrites(tx: Tx, writes: readonly BatchedWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await writes.at(-1)!(withWrites(tx, writes.slice(0, -1))).execute();
}

/**
 * The writes, the audit chain's lock and its head in one statement (the unit of work's finish):
 * one round trip fewer than writing and then reading the head. The chain lock must be the last
 * lock a transaction takes, so locks keep one order: only the unit of work's end calls this.
 */
export async function flushWritesWithChainHead(tx: Tx, writes: readonly BatchedWrite[]): Promise<ChainHead> {
  const head = await withWrites(tx, writes)
    .selectFrom(sql<{ prev_hash: string | null; next_seq: string }>`audit_chain_next(${CHAIN_LOCK})`.as('c'))
    .select([sql<string | null>`c.prev_hash`.as('prev_hash'), sql<string>`c.next_seq::text`.as('next_seq')])
    .executeTakeFirstOrThrow();
  return { prevHash: head.prev_hash, nextSeq: head.next_seq };
}

function withWrites(tx: Tx, writes: readonly BatchedWrite[]): QueryCreator<DB> {
  let qc = tx as unknown as QueryCreator<DB>;
  writes.forEach((write, n) => {
    qc = qc.with(`w${n}`, (db) => write(db) as never) as unknown as QueryCreator<DB>;
  });
  return qc;
}
