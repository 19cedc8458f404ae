// A query whose shape never changes, compiled once. Kysely builds and compiles a query's tree on
// every call; for a case command's snapshot read (dozens of subqueries) that cost the server
// about 0.9 ms a command, more than PostgreSQL takes to run it (docs/BENCHMARKS.md, the profile).
// The query is built once with stand-ins for its values, compiled, and then each call only fills
// the parameters in. Same text every time, so the named statement (named-statements.ts) also
// finds its name without hashing the text again.
import { createQueryId, type CompiledQuery, type Compilable } from 'kysely';

const STAND_IN = '\u0001zhifa-parameter:';

type Slot = { name: string } | { value: unknown };
const templates = new Map<string, { query: CompiledQuery; slots: Slot[] }>();

/**
 * The compiled query for `key`, its parameters taken from `values`. `build` receives a function
 * that gives the stand-in for a named value; the query built with the stand-ins must have the
 * same shape whatever the values are (anything that changes it belongs in the key).
 */
export function compiledOnce(
  key: string,
  build: (value: (name: string) => string) => Compilable,
  values: Record<string, unknown>,
): CompiledQuery {
  let t = templates.get(key);
  if (!t) {
    const query = build((name) => `${STAND_IN}${name}`).compile();
    if (query.sql.includes(STAND_IN)) throw new Error(`${key}: a value was written into the text`);
    const slots = query.parameters.map((v): Slot => {
      if (typeof v === 'string' && v.startsWith(STAND_IN)) return { name: v.slice(STAND_IN.length) };
      if (typeof v === 'string' && v.includes(STAND_IN)) throw new Error(`${key}: a stand-in was altered`);
      return { value: v };
    });
    t = { query, slots };
    templates.set(key, t);
  }
  return {
    query: t.query.query,
    queryId: createQueryId(),
    sql: t.query.sql,
    parameters: t.slots.map((s) => ('name' in s ? values[s.name] : s.value)),
  };
}
