// The last statement of a transaction and its COMMIT in one round trip (PostgreSQL). A write's
// transaction ends: audit row, then commit. The audit row is written under the audit chain's
// lock, which every write takes and which is released only by the commit, so each round trip
// between the two is time during which no other write of the whole platform can proceed
// (docs/BENCHMARKS.md, "Where the time goes"). Sent as one simple-protocol message
// (`insert …; commit`), the statement and the commit run back to back in the server. The
// values go inline as escaped literals, since a message of several statements cannot carry
// parameters; the client adapter (named-statements.ts) then answers the transaction's own COMMIT,
// which Kysely still sends, without a round trip.
import { sql, type Compilable } from 'kysely';
import type { Tx } from './schema';

/** A literal PostgreSQL reads back as the value node-postgres would have sent as a parameter. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return Number.isFinite(Number(v)) ? String(v) : `'${String(v)}'`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v) || v instanceof Uint8Array) throw new Error('only scalar values are sent inline');
  const s = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : JSON.stringify(v);
  if (s.includes('\0')) throw new Error('a NUL character cannot be sent to PostgreSQL');
  // E'' reads backslashes the same whatever standard_conforming_strings says.
  return `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The marker the client adapter recognises: the message ends the transaction itself. */
export const COMMIT_SUFFIX = ';\ncommit';

/**
 * Run `query` and commit the transaction in the same round trip when `inOneTrip` (PostgreSQL);
 * otherwise run it and leave the commit to the transaction as usual (PGlite, whose statements go
 * one at a time). Nothing may run in the transaction after it.
 */
export async function executeThenCommit(tx: Tx, query: Compilable, inOneTrip: boolean): Promise<void> {
  const compiled = query.compile();
  if (!inOneTrip) {
    await tx.executeQuery(compiled);
    return;
  }
  const text = compiled.sql.replace(/\$(\d+)/g, (_, n: string) => literal(compiled.parameters[Number(n) - 1]));
  await sql.raw(`${text}${COMMIT_SUFFIX}`).execute(tx);
}
