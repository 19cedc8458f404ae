// Independent writes of one command sent as one statement: each is a data-modifying CTE, which
// PostgreSQL runs to completion whether or not the statement reads it. A command's writes (the
// action, the case row, its officers, deadlines, documents and secrets) touch different rows and
// read nothing the others write, so one round trip does for all of them (bench/cases.ts: every
// round trip costs both processes a wake-up). Foreign keys between them hold: the checks run at
// the end of the statement, after every CTE.
import type { QueryCreator } from 'kysely';
import type { DB, Tx } from '../db/schema';

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

/** The writes as CTEs of whatever statement the caller builds next (chain-append.ts). */
export function withWrites(tx: Tx, writes: readonly BatchedWrite[]): QueryCreator<DB> {
  let qc = tx as unknown as QueryCreator<DB>;
  writes.forEach((write, n) => {
    qc = qc.with(`w${n}`, (db) => write(db) as never) as unknown as QueryCreator<DB>;
  });
  return qc;
}
