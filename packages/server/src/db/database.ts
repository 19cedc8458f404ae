import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { nameStatements } from './named-statements';
import { PGliteDialect } from './pglite-dialect';
import type { DB, Db } from './schema';

// Dates stay 'YYYY-MM-DD' strings (the domain's format) and bigints stay strings.
pg.types.setTypeParser(1082, (v: string) => v);

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Run plain SQL (several statements allowed) outside Kysely: migrations and maintenance only. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball (test templates). */
  dump?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string;
  /** Data folder for embedded PGlite; omitted means in memory. */
  dataDir?: string;
  poolSize?: number;
  /** Start an in-memory PGlite from a dumped data folder (test templates). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle client whose connection the server ends (restart, admin termination, dropped test
    // database) emits 'error' on the pool; unhandled, it would crash the process.
    pool.on('error', () => undefined);
    pool.on('connect', nameStatements);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      exec: async (text) => {
        await pool.query(text);
      },
      close: () => db.destroy(),
    };
  }
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: { 1082: (v: string) => v, 20: (v: string) => v },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    exec: async (text) => {
      // Go through Kysely's connection so the exec waits its turn on the single connection.
      await db.connection().execute(async () => {
        await pglite.exec(text);
      });
    },
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
    dump: () => db.connection().execute(() => pglite.dumpDataDir('none')),
  };
}

export async function databaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
