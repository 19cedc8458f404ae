// Independent writes of one command sent as one statement: each is a data-modifying CTE, which
// PostgreSQL runs to completion whether or not the statement reads it. A command's writes (the
// action, the case row, its officers, deadlines, documents and secrets) touch different rows and
// read nothing the others write, so one round trip does for all of them (bench/cases.ts: every
// round trip costs both processes a wake-up). Foreign keys between them hold: the checks run at
// the end of the statement, after every CTE.
import { sql, type QueryCreator } from 'kysely';
import type { DB, Tx } from '../db/schema';
import { CHAIN_LOCK, holdChainHead } from './audit';

/** One write of the batch; it must not depend on another write of the same batch. */
export type BatchedWrite = (db: QueryCreator<DB>) => { execute(): Promise<unknown> };

/** Add a write to the caller's batch, or run it now when there is none. */
export async function writeOrBatch(tx: Tx, batch: BatchedWrite[] | undefined, write: BatchedWrite): Promise<void> {
  if (batch) batch.push(write);
  else await write(tx).execute();
}

export interface FlushOptions {
  /**
   * Also take the audit chain's lock and read its head in the same statement, for the audit row
   * the registry appends next (appendAudit): one more round trip saved. Only for a transaction
   * that takes no other lock after this (a case command's route), so locks keep one order.
   */
  chainHead?: boolean;
}

export async function flushWrites(tx: Tx, writes: readonly BatchedWrite[], opts: FlushOptions = {}): Promise<void> {
  if (writes.length === 0 && !opts.chainHead) return;
  const ctes = opts.chainHead ? writes : writes.slice(0, -1);
  let qc = tx as unknown as QueryCreator<DB>;
  ctes.forEach((write, n) => {
    qc = qc.with(`w${n}`, (db) => write(db) as never) as unknown as QueryCreator<DB>;
  });
  if (!opts.chainHead) {
    await writes.at(-1)!(qc).execute();
    return;
  }
  const head = await qc
    .selectFrom(sql<{ prev_hash: string | null; next_seq: string }>`audit_chain_next(${CHAIN_LOCK})`.as('c'))
    .select([sql<string | null>`c.prev_hash`.as('prev_hash'), sql<string>`c.next_seq::text`.as('next_seq')])
    .executeTakeFirstOrThrow();
  holdChainHead(tx, { prevHash: head.prev_hash, nextSeq: head.next_seq });
}
