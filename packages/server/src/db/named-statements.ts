// PostgreSQL plans an unnamed statement every time it runs. A case command's snapshot read is one
// large statement that takes about 3.5 ms to plan and 0.5 ms to run (docs/BENCHMARKS.md), so
// re-planning it was most of the database's work per command. A named statement is parsed once
// per connection and its plan is cached: after five runs PostgreSQL keeps a generic plan when it
// costs no more than the custom ones (plan_cache_mode auto), so skewed queries keep custom plans.
// Only parameterised statements are named (the rest go by the simple protocol as before). The
// name is a hash of the text, so the same text always maps to the same name; a connection names
// at most MAX_NAMED texts, so queries whose text varies (IN lists) cannot grow it without bound.
// Not for a transaction-pooling proxy (PgBouncer before 1.21), which does not keep statements.
import crypto from 'node:crypto';
import type pg from 'pg';
import { COMMIT_SUFFIX } from './commit-with';

const MAX_NAMED = 2000;
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `z_${crypto.createHash('sha1').update(text).digest('hex')}`;
    if (names.size < MAX_NAMED * 4) names.set(text, name);
  }
  return name;
}

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

interface Result {
  command: string | null;
}

/**
 * Make a pool client send its parameterised statements as named statements, and answer the
 * COMMIT that follows a statement sent with its own commit (commit-with.ts) without asking the
 * server: the transaction is already committed.
 */
export function nameStatements(client: pg.PoolClient): void {
  const named = new Set<string>();
  const query = client.query.bind(client) as QueryFn;
  let committed = false;
  (client as unknown as { query: QueryFn }).query = (config, values, callback) => {
    if (committed) {
      committed = false;
      if (config === 'commit' && typeof callback !== 'function')
        return Promise.resolve({ command: 'COMMIT', rowCount: null, rows: [], fields: [] });
    }
    if (typeof config === 'string' && config.endsWith(COMMIT_SUFFIX) && typeof callback !== 'function') {
      return (query(config, values) as Promise<Result | Result[]>).then((results) => {
        // As Kysely does for its own COMMIT: an aborted transaction completes it as ROLLBACK.
        const last = Array.isArray(results) ? results.at(-1) : results;
        if (last?.command !== 'COMMIT') throw new Error(`transaction not committed (${last?.command ?? 'no reply'})`);
        committed = true;
        return results;
      });
    }
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && typeof callback !== 'function') {
      const name = nameOf(config);
      if (named.has(name) || named.size < MAX_NAMED) {
        named.add(name);
        return query({ name, text: config, values });
      }
    }
    return query(config, values, callback);
  };
}
