import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { REPO_ROOT } from '../config';
import type { Database } from './database';

// From the repository root: the same path from the source (src/db) and from the bundle (dist).
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'packages/server/migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Numbered, forward-only plain SQL files: `0001_name.sql`. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const migrations = files.map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return {
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: text,
      checksum: crypto.createHash('sha256').update(text).digest('hex'),
    };
  });
  // Numbers only grow and never repeat; gaps are allowed, because work done on parallel branches
  // takes numbers from ranges given out in advance so that merged branches do not collide.
  migrations.forEach((m, i) => {
    const before = migrations[i - 1];
    if (before && m.version <= before.version) throw new Error(`迁移文件编号重复：${m.name} 与 ${before.name}`);
  });
  return migrations;
}

async function ensureTable(database: Database) {
  await database.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
}

export async function appliedMigrations(database: Database) {
  await ensureTable(database);
  return database.db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
}

/** Apply every pending migration, each in its own transaction; refuse edited history. */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = loadMigrations(dir);
  const applied = await appliedMigrations(database);
  const done = new Map(applied.map((a) => [a.version, a]));
  for (const a of applied) {
    const m = migrations.find((x) => x.version === a.version);
    if (m && m.checksum !== a.checksum) {
      throw new Error(`已执行的迁移 ${a.name} 被修改过：迁移只能向前追加，不能改写。`);
    }
  }
  const ran: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    // Names and checksums come from our own file names (checked by the regex above), never from input.
    const escaped = m.name.replace(/'/g, "''");
    try {
      await database.exec(
        `begin;\n${m.sql}\n;insert into schema_migrations (version, name, checksum) values (${m.version}, '${escaped}', '${m.checksum}');\ncommit;`,
      );
    } catch (err) {
      await database.exec('rollback').catch(() => undefined);
      throw new Error(`迁移 ${m.name} 执行失败：${(err as Error).message}`);
    }
    ran.push(m.name);
  }
  return ran;
}

export async function migrationsCurrent(database: Database, dir = MIGRATIONS_DIR): Promise<boolean> {
  const migrations = loadMigrations(dir);
  const rows = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(database.db);
  return rows.rows[0]?.n === migrations.length;
}
