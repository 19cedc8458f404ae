// A unit of work's last statement: its writes, the audit chain's lock and the audit row(s) in
// one message. The link must be computed from the chain's tail, which is known only under the
// lock; the server computes it before sending, from the tail it last wrote itself (the tip),
// and the statement inserts the rows only if that is still the tail. The lock is then held
// from this statement to the commit alone: no round trip and no hashing in the server under it
// (docs/BENCHMARKS.md: the chain's lock was what limited commands per second). When another
// process, a rolled-back transaction or a concurrent request moved the tail, the statement
// inserts nothing and returns the real head, and the rows are linked to it and sent in a second
// statement, still under the lock. The process's appends take turns from guess to answer, so
// their statements reach the lock in the order of their guesses. The seal key never leaves the
// server (docs/adr/0017).
import { sql, type QueryCreator } from 'kysely';
import type { DB, Tx } from '../db/schema';
import { CHAIN_LOCK, chainRows, type AuditEntry, type ChainHead, type ChainRow } from './audit';
import { withWrites, type BatchedWrite } from './write-batch';

/** The chain's tail as this process last linked to it; a guess, checked under the lock. */
export class ChainTip {
  private head: ChainHead | null = null;
  private turn: Promise<void> = Promise.resolve();

  get guess(): ChainHead | null {
    return this.head;
  }

  /** After linking rows: the next append of the process links to the last of them. */
  advance(rows: readonly ChainRow[]): void {
    const last = rows.at(-1);
    if (last) this.head = { prevHash: last.hash, nextSeq: String(BigInt(last.seq) + 1n) };
  }

  /**
   * One append of the process at a time, from its guess to the answer of its statement: the
   * statements then reach the chain's lock in the order their guesses were made, so each guess is
   * the tail its statement finds (with ten requests guessing at once and racing to the database,
   * nearly every guess was wrong). The lock is held in the database only until the commit, which
   * follows at once. A turn waits at most `maxWaitMs`: a transaction that already holds the
   * chain's lock and appends again must not wait for one that waits for it.
   */
  async exclusive<T>(fn: () => Promise<T>, maxWaitMs = 2_000): Promise<T> {
    const before = this.turn;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.turn = before.then(() => mine);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([before, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
    clearTimeout(timer);
    try {
      return await fn();
    } finally {
      done();
    }
  }
}

const COLUMNS = [
  'seq',
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'agency_id',
  'source_ip',
  'event_type',
  'object_type',
  'object_id',
  'outcome',
  'request_id',
  'details',
  'prev_hash',
  'hash',
  'seal',
] as const;

interface Answer {
  inserted: string;
  prev_hash: string | null;
  next_seq: string;
}

/**
 * Send `writes` with the audit entries linked onto the chain: one statement when the tip held
 * ('guess'), two when the rows had to be linked to the head the database returned ('relinked').
 */
export function appendWithWrites(
  tx: Tx,
  key: Buffer,
  tip: ChainTip,
  entries: AuditEntry | readonly AuditEntry[],
  writes: readonly BatchedWrite[],
  at: string,
): Promise<'guess' | 'relinked'> {
  return tip.exclusive(async () => {
    const guess = tip.guess;
    const guessed = guess ? chainRows(guess, key, entries, at) : [];
    tip.advance(guessed);
    const answer = await headStatement(tx, writes, guess, guessed);
    if (Number(answer.inserted) > 0) return 'guess';
    const rows = chainRows({ prevHash: answer.prev_hash, nextSeq: answer.next_seq }, key, entries, at);
    tip.advance(rows);
    await tx.insertInto('audit_log').values(rows).execute();
    return 'relinked';
  });
}

/**
 * The chain lock's key, computed from the writes' row counts: the function's argument must be
 * known before it is called, so the writes run first and the lock is taken after them. (Left to
 * itself PostgreSQL runs the unread data-modifying CTEs last, under the lock.)
 */
function lockAfter(writes: readonly number[]) {
  if (writes.length === 0) return sql`${CHAIN_LOCK}::bigint`;
  const counts = writes.map((n) => sql`(select count(*) from ${sql.table(`w${n}`)})`);
  return sql`${CHAIN_LOCK}::bigint + 0 * (${sql.join(counts, sql` + `)})`;
}

/** A write that returns a row per row it wrote, so a later part of the statement can wait for it. */
const returningOne =
  (write: BatchedWrite, counted: () => void): BatchedWrite =>
  (db) => {
    const q = write(db) as ReturnType<BatchedWrite> & { returning?: (s: unknown) => ReturnType<BatchedWrite> };
    if (typeof q.returning !== 'function') return q;
    counted();
    return q.returning(sql<number>`1`.as('done'));
  };

// jsonb_populate_recordset reads `details` as the object it is, not as a JSON string.
const asJson = (row: ChainRow) => ({ ...row, details: JSON.parse(row.details) as unknown });

function headStatement(
  tx: Tx,
  writes: readonly BatchedWrite[],
  guess: ChainHead | null,
  rows: readonly ChainRow[],
): Promise<Answer> {
  // Kysely builds each CTE as it is added, so `counted` is filled before the lock's key is built.
  const counted: number[] = [];
  const returning = writes.map((write, n) => returningOne(write, () => counted.push(n)));
  const db = withWrites(tx, returning).with('head', (qc) =>
    qc
      .selectFrom(sql<{ prev_hash: string | null; next_seq: string }>`audit_chain_head(${lockAfter(counted)})`.as('c'))
      .select([sql<string | null>`c.prev_hash`.as('prev_hash'), sql<string>`c.next_seq`.as('next_seq')]),
  ) as unknown as QueryCreator<DB & { head: { prev_hash: string | null; next_seq: string } }>;
  if (!guess) {
    return db
      .selectFrom('head')
      .select([sql<string>`0`.as('inserted'), 'head.prev_hash', sql<string>`head.next_seq::text`.as('next_seq')])
      .executeTakeFirstOrThrow();
  }
  const cols = sql.join(COLUMNS.map((c) => sql.ref(`r.${c}`)));
  const withInsert = db.with('ins', (qc) =>
    qc
      .insertInto('audit_log')
      .columns([...COLUMNS])
      .expression(
        sql`select ${cols} from jsonb_populate_recordset(null::audit_log, ${JSON.stringify(rows.map(asJson))}::jsonb) r, head
            where head.prev_hash is not distinct from ${guess.prevHash} and head.next_seq = ${guess.nextSeq}::bigint`,
      )
      .returning('seq'),
  ) as unknown as QueryCreator<DB & { head: { prev_hash: string | null; next_seq: string }; ins: { seq: string } }>;
  return withInsert
    .selectFrom('head')
    .select([
      sql<string>`(select count(*) from ins)::text`.as('inserted'),
      'head.prev_hash',
      sql<string>`head.next_seq::text`.as('next_seq'),
    ])
    .executeTakeFirstOrThrow();
}
