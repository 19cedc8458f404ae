import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely dialect for embedded PGlite. PGlite is a single connection: a transaction must own it
 * until commit, so connections are handed out one at a time through a FIFO mutex.
 */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

// Parameterised statements are prepared once, by name, and then only bound and executed: PGlite's
// own query() parses, describes and plans every statement anew, which for a case command's
// snapshot read costs more than running it (named-statements.ts says the same for PostgreSQL).
// A statement's text keys it; at most MAX_NAMED texts are kept, the rest go through query().
const MAX_NAMED = 2000;
const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

class PGliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, { name: string; types: number[] }>();
  constructor(private readonly pg: PGlite) {}

  private async prepared(text: string): Promise<{ name: string; types: number[] } | null> {
    const known = this.statements.get(text);
    if (known || this.statements.size >= MAX_NAMED) return known ?? null;
    const name = `z_${this.statements.size}`;
    const described = await this.pg.execProtocol(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
    );
    const params = described.messages.find((m) => m.name === 'parameterDescription') as
      { dataTypeIDs?: number[] } | undefined;
    const statement = { name, types: params?.dataTypeIDs ?? [] };
    this.statements.set(text, statement);
    return statement;
  }

  private async run<R>(text: string, parameters: readonly unknown[]): Promise<Results<R>> {
    const statement = parameters.length > 0 ? await this.prepared(text) : null;
    if (!statement) return this.pg.query<R>(text, parameters as unknown[]);
    // The same text form PGlite's query() would send for each parameter's type.
    const values = parameters.map((v, i) => {
      if (v === null || v === undefined) return null;
      const serializer = this.pg.serializers[statement.types[i]];
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- PGlite's query() stringifies parameters without a serializer the same way
      return serializer ? serializer(v) : String(v);
    });
    const result = await this.pg.execProtocol(
      concat([
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    return parse.parseResults(result.messages, this.pg.parsers)[0] as Results<R>;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.run<R>(compiled.sql, compiled.parameters);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      numAffectedRows: affected !== undefined ? BigInt(affected) : undefined,
    };
  }
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on PGlite');
  }
}

class PGliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  private readonly connection: PGliteConnection;
  constructor(pg: PGlite) {
    this.connection = new PGliteConnection(pg);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.mutex.lock();
    this.releases.set(this.connection, release);
    return this.connection;
  }
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const iso = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await conn.executeQuery(CompiledQuery.raw(`begin${iso}`));
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  releaseConnection(conn: DatabaseConnection): Promise<void> {
    const release = this.releases.get(conn);
    this.releases.delete(conn);
    release?.();
    return Promise.resolve();
  }
  async destroy(): Promise<void> {}
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
