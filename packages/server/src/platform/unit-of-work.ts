// The unit of work of a write: one transaction at read committed that begins with the command's
// first read (the command id claimed in the same statement), collects the command's writes, and
// ends with finish(): the writes and the audit chain's head in one statement, then the audit
// row(s) and the command's stored result in another. Nothing travels beside it: the claim, the
// preload and the chain head are values of this object. See docs/adr/0004-unit-of-work.md.
import crypto from 'node:crypto';
import { sql, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import { compiledOnce } from '../db/compiled-cache';
import type { DB, Tx } from '../db/schema';
import type { AuditEntry } from './audit';
import { appendWithWrites } from './chain-append';
import type { AppContext } from './context';
import {
  claimCommandQuery,
  completeCommandQuery,
  storedResult,
  type CommandClaim,
  type StoredResult,
} from './idempotency';
import { flushWrites, type BatchedWrite } from './write-batch';

export type { CommandClaim };

export type CommandResult = StoredResult;

/**
 * What a command reads first. `read` is one select; the platform adds the command id's claim to
 * it (a CTE and a column), so the claim costs no round trip of its own. `make` turns the row into
 * the typed value (and may read more); it runs only when the claim was this request's own. (Not
 * `then`: an object with a `then` method would be taken for a promise.)
 */
export interface Preload<Row, T> {
  read: (db: QueryCreator<DB>) => SelectQueryBuilder<any, any, Row>;
  make: (row: Row | undefined, tx: Tx) => Promise<T> | T;
  /**
   * The same read, compiled once per shape (db/compiled-cache.ts) instead of built on every
   * request: `key` names the shape, `values` are the values `read` uses, and `readWith` builds
   * the read from stand-ins for them. For a read as large as a case command's snapshot.
   */
  compiled?: {
    key: string;
    values: Record<string, unknown>;
    readWith: (db: QueryCreator<DB>, value: (name: string) => string) => SelectQueryBuilder<any, any, Row>;
  };
}

/** Run a preload without a claim (a command inside a caller's own transaction). */
export async function runPreload<Row, T>(tx: Tx, preload: Preload<Row, T>): Promise<T> {
  const c = preload.compiled;
  const row = c
    ? ((await tx.executeQuery(compiledOnce(c.key, (v) => c.readWith(tx, v), c.values))).rows[0] as Row | undefined)
    : await preload.read(tx).executeTakeFirst();
  return preload.make(row, tx);
}

/** The preload's read with the command id's claim riding on it (a CTE and a column). */
async function readClaimed<Row>(tx: Tx, preload: Preload<Row, unknown>, claim: CommandClaim): Promise<Row | undefined> {
  const claimed = sql<string>`(select count(*) from claim)`.as('claimed');
  const c = preload.compiled;
  if (!c) {
    const db = tx.with('claim', claimCommandQuery(claim)) as unknown as QueryCreator<DB>;
    return preload.read(db).select(claimed).executeTakeFirst();
  }
  const query = compiledOnce(
    `${c.key}:claimed`,
    (v) => {
      const stand = {
        actorId: v('claim.actorId'),
        commandId: v('claim.commandId'),
        fingerprint: v('claim.fingerprint'),
      };
      const db = tx.with('claim', claimCommandQuery(stand)) as unknown as QueryCreator<DB>;
      return c.readWith(db, v).select(claimed);
    },
    {
      ...c.values,
      'claim.actorId': claim.actorId,
      'claim.commandId': claim.commandId,
      'claim.fingerprint': claim.fingerprint,
    },
  );
  return (await tx.executeQuery(query)).rows[0] as Row | undefined;
}

export interface Finish {
  audit: AuditEntry | readonly AuditEntry[];
  result: CommandResult;
}

export class UnitOfWork {
  private readonly writes: BatchedWrite[] = [];
  private readonly committed: (() => void)[] = [];
  private finished = false;

  constructor(
    readonly app: AppContext,
    readonly tx: Tx,
    /** The command id this unit completes (null: the request carries none). */
    readonly claim: CommandClaim | null,
    /** The one clock reading of the unit: every row it writes is stamped with it. */
    readonly now: Date = app.now(),
  ) {}

  get commandId(): string | null {
    return this.claim?.commandId ?? null;
  }

  /** The day `now` falls on in China Standard Time (UTC+8, no daylight saving). */
  get today(): string {
    return new Date(this.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  }

  /**
   * Queue writes for the unit's last statement. They must not depend on each other, and nothing
   * in the unit may read them back before it finishes (write-batch.ts).
   */
  write(...writes: BatchedWrite[]): void {
    if (this.finished) throw new Error('unit of work already finished');
    this.writes.push(...writes);
  }

  /** Send the queued writes now: for a caller that reads them back (several commands in one transaction). */
  async flush(): Promise<void> {
    const writes = this.writes.splice(0);
    await flushWrites(this.tx, writes);
  }

  /** Runs once the transaction has committed (e.g. to drop a cache other requests may have refilled). */
  afterCommit(fn: () => void): void {
    this.committed.push(fn);
  }

  /**
   * The claim and the first read, in one statement. `taken`: another request completed this
   * command id first (its transaction committed before the claim's insert returned).
   */
  async begin<Row, T>(
    preload: Preload<Row, T> | undefined,
  ): Promise<{ taken: StoredResult } | { taken: null; value: T | undefined }> {
    const claim = this.claim;
    if (!preload) {
      if (claim && !(await claimCommandQuery(claim)(this.tx).executeTakeFirst()))
        return { taken: await this.earlier() };
      return { taken: null, value: undefined };
    }
    if (!claim) return { taken: null, value: await runPreload(this.tx, preload) };
    const row = await readClaimed(this.tx, preload, claim);
    // No row: the preload decides (a missing case is a 404 whoever holds the id).
    if (row && Number((row as unknown as { claimed: unknown }).claimed) === 0) return { taken: await this.earlier() };
    return { taken: null, value: await preload.make(row, this.tx) };
  }

  private earlier(): Promise<StoredResult> {
    const claim = this.claim!;
    return storedResult(this.tx, claim.actorId, claim.commandId, claim.fingerprint);
  }

  /**
   * The end of the unit: the queued writes, the command's stored result, the audit chain's lock
   * and the audit row(s) in one statement (chain-append.ts). The chain lock is the last lock the
   * transaction takes, so locks keep one order, and it is held for that statement and the commit.
   */
  async finish({ audit, result }: Finish): Promise<void> {
    if (this.finished) throw new Error('unit of work already finished');
    this.finished = true;
    const claim = this.claim;
    const writes = this.writes.splice(0);
    if (claim) writes.push(completeCommandQuery(claim.actorId, claim.commandId, result));
    await appendWithWrites(
      this.tx,
      this.app.keys.auditSeal,
      this.app.auditTip,
      audit,
      writes,
      new Date().toISOString(),
    );
  }

  /** @internal the registry calls this after the commit. */
  runAfterCommit(): void {
    for (const fn of this.committed) fn();
  }
}

export type UnitOutcome = (CommandResult & { replay: false; uow: UnitOfWork }) | (CommandResult & { replay: true });

/**
 * Run one unit of work to its commit: begin (claim + preload), the work, finish. A deadlock or
 * serialization failure (SQLSTATE 40P01/40001) rolls the whole unit back and runs it again,
 * twice at most (PostgreSQL, "Serialization Failure Handling"): the work must therefore be
 * repeatable, which holds as long as it writes only through the transaction.
 */
export async function runUnitOfWork<T>(
  app: AppContext,
  claim: CommandClaim | null,
  preload: Preload<any, T> | undefined,
  work: (uow: UnitOfWork, preloaded: T) => Promise<Finish>,
): Promise<UnitOutcome> {
  const outcome = await withSerializationRetry(
    () =>
      app.db
        .transaction()
        // Read committed for every write (docs/SERVER-CONVENTIONS.md, "Concurrency"): a
        // read-then-decide write locks the rows it decides on (the case, the lead, the
        // counter), and no write may run serializable, because the audit chain's tail is
        // read under a lock and must be the latest committed row, not a snapshot's.
        .setIsolationLevel('read committed')
        .execute(async (tx): Promise<UnitOutcome> => {
          const uow = new UnitOfWork(app, tx, claim);
          const begun = await uow.begin(preload);
          if (begun.taken) return { replay: true, ...begun.taken };
          const done = await work(uow, begun.value as T);
          await uow.finish(done);
          return { replay: false, uow, ...done.result };
        }),
    2,
  );
  if (!outcome.replay) outcome.uow.runAfterCommit();
  return outcome;
}

const RETRIED = new Set(['40001', '40P01']);

async function withSerializationRetry<T>(fn: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (RETRIED.has((err as { code?: string }).code ?? '') && attempt < retries) {
        await new Promise((r) => setTimeout(r, 5 + crypto.randomInt(20) * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}
