// A query compiled once per shape (db/compiled-cache.ts): later calls reuse the text and fill in
// only the parameters, and a builder that writes a value into the text is refused, since the
// next call would then run with the first call's value.
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/db/compiled-cache';
import type { DB } from '../../src/db/schema';

const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('compiledOnce', () => {
  it('fills each call’s values into the text compiled the first time', () => {
    let built = 0;
    const build = (v: (name: string) => string) => {
      built++;
      return db.selectFrom('cases').select('id').where('id', '=', v('id')).where('version', '>', 3);
    };
    const a = compiledOnce('test:case-by-id', build, { id: 'a' });
    const b = compiledOnce('test:case-by-id', build, { id: 'b' });
    expect(built).toBe(1);
    expect(b.sql).toBe(a.sql);
    expect(a.parameters).toEqual(['a', 3]);
    expect(b.parameters).toEqual(['b', 3]);
    expect(b.queryId).not.toBe(a.queryId);
  });

  it('refuses a builder that writes a value into the text', () => {
    expect(() =>
      compiledOnce('test:inlined', (v) => db.selectFrom('cases').select(sql.lit(v('id')).as('x')), { id: 'a' }),
    ).toThrow(/written into the text/);
  });
});
