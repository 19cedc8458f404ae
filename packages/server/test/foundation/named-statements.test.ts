import crypto from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database';

// Statements are sent by name so their plans are cached (src/db/named-statements.ts and the
// PGlite dialect). These tests pin what that must not change: values of every kind go in and
// come out as before, an error leaves the connection usable, and a text is prepared only once.
let database: Database;
let drop: () => Promise<void> = () => Promise.resolve();

beforeAll(async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    database = await openDatabase({});
  } else {
    const name = `zhifa_named_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // One connection, so pg_prepared_statements shows the statements this test prepared.
    database = await openDatabase({ url: url.toString(), poolSize: 1 });
    drop = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  await database.exec(
    `create table named_probe (id int primary key, doc jsonb, tags text[], day date, at timestamptz, n bigint, note text)`,
  );
});

afterAll(async () => {
  await database.close();
  await drop();
});

describe('named statements', () => {
  it('json, arrays, dates, timestamps, bigints and nulls go in and come back as with unnamed statements', async () => {
    const at = new Date('2026-03-01T08:30:00.000Z');
    const insert = (id: number, note: string | null) =>
      sql`insert into named_probe (id, doc, tags, day, at, n, note) values (${id}, ${JSON.stringify({ a: [1, '二'] })}, ${['甲', 'b']}, ${'2026-02-28'}, ${at}, ${'9007199254740993'}, ${note})`.execute(
        database.db,
      );
    await insert(1, '第一');
    await insert(2, null);
    const rows = await sql<{
      id: number;
      doc: unknown;
      tags: string[];
      day: string;
      at: Date;
      n: string;
      note: string | null;
    }>`select id, doc, tags, day, at, n, note from named_probe where id = any(${[1, 2]}) order by id`.execute(
      database.db,
    );
    expect(
      rows.rows.map((r) => ({
        ...r,
        doc: typeof r.doc === 'string' ? JSON.parse(r.doc) : r.doc,
        at: new Date(r.at).toISOString(),
      })),
    ).toEqual([
      {
        id: 1,
        doc: { a: [1, '二'] },
        tags: ['甲', 'b'],
        day: '2026-02-28',
        at: at.toISOString(),
        n: '9007199254740993',
        note: '第一',
      },
      {
        id: 2,
        doc: { a: [1, '二'] },
        tags: ['甲', 'b'],
        day: '2026-02-28',
        at: at.toISOString(),
        n: '9007199254740993',
        note: null,
      },
    ]);
  });

  it('an error in a named statement (a duplicate key) keeps its SQLSTATE and leaves the connection usable', async () => {
    const insert = (id: number) =>
      sql`insert into named_probe (id, note) values (${id}, ${'dup'})`.execute(database.db);
    await insert(10);
    await expect(insert(10)).rejects.toMatchObject({ code: '23505' });
    await insert(11);
    const n = await sql<{ n: string }>`select count(*)::text as n from named_probe where id >= ${10}`.execute(
      database.db,
    );
    expect(n.rows[0].n).toBe('2');
  });

  it('a statement text run many times with other values is prepared once', async () => {
    for (let i = 0; i < 7; i++) {
      const r = await sql<{ v: number }>`select ${i}::int + 1 as v`.execute(database.db);
      expect(r.rows[0].v).toBe(i + 1);
    }
    const prepared = await sql<{
      n: string;
    }>`select count(*)::text as n from pg_prepared_statements where statement like ${'%::int + 1 as v%'} and statement not like ${'%pg_prepared_statements%'}`.execute(
      database.db,
    );
    expect(prepared.rows[0].n).toBe('1');
  });

  it('inside a transaction, a rolled-back write through a named statement leaves nothing', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await sql`insert into named_probe (id, note) values (${20}, ${'rolled back'})`.execute(tx);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const n = await sql<{ n: string }>`select count(*)::text as n from named_probe where id = ${20}`.execute(
      database.db,
    );
    expect(n.rows[0].n).toBe('0');
  });
});
