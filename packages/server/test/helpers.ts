import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { generateSync } from 'otplib';
import { buildApp } from '../src/app';
import { loadConfig, REPO_ROOT, type Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { ensureDemoCounty, listDemoAccounts } from '../src/demo/seed';
import { testDateOffsetDays } from '../src/demo/test-clock';
import { createAppContext, type AppContext } from '../src/platform/context';
import { ephemeralKeys, type Keys } from '../src/platform/keys';
import { ensureReferenceData } from '../src/modules/system/reference-data';

export const DEMO_PASSWORD = 'Demo-Passw0rd!2025';

const TEMPLATE_DIR = path.join(os.tmpdir(), 'zhifa-test-templates');

/**
 * A key for everything that shapes a freshly seeded database: migrations, server and domain code,
 * reference data. Test files start from a template built once per key instead of migrating,
 * importing the laws and seeding the demo county every time.
 */
function templateKey(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.test.ts')) hash.update(full).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['packages/server/migrations', 'packages/server/src', 'packages/domain/src', 'reference'])
    walk(path.join(REPO_ROOT, dir));
  return hash.digest('hex').slice(0, 16);
}

/** Now for a test: the real time, moved to ZHIFA_TEST_DATE when a run is pinned to a day (docs/TESTING.md). */
export function testNow(): Date {
  return new Date(Date.now() + testDateOffsetDays(process.env.ZHIFA_TEST_DATE) * 86_400_000);
}

/** The demo county is seeded relative to its day, so a template is good for the day it was made. */
function templateDay(): string {
  return new Date(testNow().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

interface Template {
  keys: Keys;
  /** PGlite: the dumped data folder. PostgreSQL: the template database name. */
  blob?: Blob;
  dbName?: string;
}

async function seedInto(database: Database, keys: Keys, demo: boolean) {
  await migrate(database);
  const config = loadConfig(
    { ZHIFA_MODE: 'test', ZHIFA_DEMO_PASSWORD: DEMO_PASSWORD },
    { mode: 'test', keyDir: '/nonexistent' },
  );
  const seededAt = testNow();
  const app = createAppContext(config, database, keys, () => seededAt);
  await ensureReferenceData(app);
  if (demo) await ensureDemoCounty(app);
}

const keysToJson = (k: Keys) =>
  JSON.stringify(Object.fromEntries(Object.entries(k).map(([n, v]) => [n, (v as Buffer).toString('hex')])));
const keysFromJson = (s: string) =>
  Object.fromEntries(
    Object.entries(JSON.parse(s) as Record<string, string>).map(([n, v]) => [n, Buffer.from(v, 'hex')]),
  ) as unknown as Keys;

async function pgliteTemplate(demo: boolean): Promise<Template> {
  const base = path.join(TEMPLATE_DIR, `${templateKey()}-${templateDay()}-${demo ? 'demo' : 'bare'}`);
  if (fs.existsSync(`${base}.tar`) && fs.existsSync(`${base}.keys.json`)) {
    return {
      keys: keysFromJson(fs.readFileSync(`${base}.keys.json`, 'utf8')),
      blob: new Blob([fs.readFileSync(`${base}.tar`)]),
    };
  }
  const keys = ephemeralKeys();
  const database = await openDatabase({});
  await seedInto(database, keys, demo);
  const blob = await database.dump!();
  await database.close();
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  // Write-then-rename so a concurrent test file never reads half a template.
  const tmp = `${base}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(`${tmp}.keys.json`, keysToJson(keys));
  fs.writeFileSync(`${tmp}.tar`, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(`${tmp}.keys.json`, `${base}.keys.json`);
  fs.renameSync(`${tmp}.tar`, `${base}.tar`);
  return {
    keys: keysFromJson(fs.readFileSync(`${base}.keys.json`, 'utf8')),
    blob: new Blob([fs.readFileSync(`${base}.tar`)]),
  };
}

async function postgresTemplate(serverUrl: string, demo: boolean): Promise<Template> {
  const dbName = `zhifa_tpl_${templateKey()}_${templateDay().replaceAll('-', '')}_${demo ? 'demo' : 'bare'}`;
  const keysFile = path.join(TEMPLATE_DIR, `${dbName}.keys.json`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // One builder at a time across test workers.
    await admin.query('select pg_advisory_lock(7243999)');
    const exists = await admin.query('select 1 from pg_database where datname = $1', [dbName]);
    if (exists.rowCount === 0 || !fs.existsSync(keysFile)) {
      await admin.query(`drop database if exists ${dbName}`);
      await admin.query(`create database ${dbName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      const keys = ephemeralKeys();
      const database = await openDatabase({ url: url.toString(), poolSize: 2 });
      await seedInto(database, keys, demo);
      await database.close();
      fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
      fs.writeFileSync(keysFile, keysToJson(keys));
    }
    return { keys: keysFromJson(fs.readFileSync(keysFile, 'utf8')), dbName };
  } finally {
    await admin.query('select pg_advisory_unlock(7243999)').catch(() => undefined);
    await admin.end();
  }
}

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again at the end). Seeded from a template
 * (migrations, reference data and, unless `demo: false`, the demo county) with its keys.
 */
export async function freshDatabase(
  demo = true,
): Promise<{ database: Database; keys: Keys; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const template = await pgliteTemplate(demo);
    const database = await openDatabase({ loadDataDir: template.blob });
    return { database, keys: template.keys, drop: () => database.close() };
  }
  const template = await postgresTemplate(serverUrl, demo);
  const name = `zhifa_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 10 });
  return {
    database,
    keys: template.keys,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestPlatform {
  app: AppContext;
  fastify: FastifyInstance;
  database: Database;
  config: Config;
  clock: { now: Date; advanceMinutes(m: number): void };
  close(): Promise<void>;
  /** Sign in a demo account (completing TOTP where needed) and return its cookie header. */
  login(username: string, password?: string): Promise<string>;
  request(opts: {
    method: string;
    url: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
}

export async function createTestPlatform(
  options: { demo?: boolean; config?: Partial<Config> } = {},
): Promise<TestPlatform> {
  const { database, keys, drop } = await freshDatabase(options.demo !== false);
  await migrate(database);
  const config = loadConfig(
    { ZHIFA_MODE: 'test', ZHIFA_DEMO_PASSWORD: DEMO_PASSWORD },
    {
      mode: 'test',
      keyDir: '/nonexistent',
      loginRateLimit: { max: 10_000, windowMs: 60_000 },
      ...options.config,
    },
  );
  const clock = {
    now: testNow(),
    advanceMinutes(m: number) {
      this.now = new Date(this.now.getTime() + m * 60_000);
    },
  };
  const app = createAppContext(config, database, keys, () => clock.now);
  await ensureReferenceData(app);
  const fastify = await buildApp(app, { serveWeb: false, logger: !!process.env.ZHIFA_TEST_LOG });
  await fastify.ready();

  const request: TestPlatform['request'] = ({ method, url, cookie, body, headers }) =>
    fastify.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload:
        body === undefined
          ? undefined
          : typeof body === 'string' || Buffer.isBuffer(body)
            ? body
            : JSON.stringify(body),
    });

  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = cookieOf(res);
    const body = res.json<{ status: string }>();
    if (body.status === 'ok') return cookie;
    const accounts = await listDemoAccounts(app);
    const secret = accounts.find((a) => a.username === username)?.totpSecret;
    if (!secret) throw new Error(`${username} needs a second factor but has no secret`);
    // A code works once (single use per time step): a test signing an administrator in twice
    // within 30 seconds stands for someone who waited for the next code.
    await app.db.updateTable('users').set({ totp_last_counter: null }).where('username', '=', username).execute();
    const code = generateSync({ secret, epoch: Math.floor(clock.now.getTime() / 1000) });
    const res2 = await request({ method: 'POST', url: '/api/auth/totp', cookie, body: { code } });
    if (res2.statusCode !== 200) throw new Error(`totp ${username} failed: ${res2.statusCode} ${res2.body}`);
    return cookieOf(res2);
  };

  return {
    app,
    fastify,
    database,
    config,
    clock,
    login,
    request,
    close: async () => {
      await fastify.close();
      await drop();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const c = list.find((x) => x.startsWith('zhifa_sid='));
  if (!c) throw new Error('no session cookie');
  return c.split(';')[0];
}
