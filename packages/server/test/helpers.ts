import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { generateSync } from 'otplib';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { ensureDemoCounty, listDemoAccounts } from '../src/demo/seed';
import { createAppContext, type AppContext } from '../src/platform/context';
import { ephemeralKeys } from '../src/platform/keys';
import { ensureReferenceData } from '../src/modules/system/reference-data';

export const DEMO_PASSWORD = 'Demo-Passw0rd!2025';

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again at the end).
 */
export async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const name = `zhifa_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 10 });
  return {
    database,
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
  request(opts: { method: string; url: string; cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
}

export async function createTestPlatform(options: { demo?: boolean; config?: Partial<Config> } = {}): Promise<TestPlatform> {
  const { database, drop } = await freshDatabase();
  await migrate(database);
  const config = loadConfig({ ZHIFA_MODE: 'test', ZHIFA_DEMO_PASSWORD: DEMO_PASSWORD } as NodeJS.ProcessEnv, {
    mode: 'test',
    keyDir: '/nonexistent',
    loginRateLimit: { max: 10_000, windowMs: 60_000 },
    ...options.config,
  });
  const clock = {
    now: new Date(),
    advanceMinutes(m: number) {
      this.now = new Date(this.now.getTime() + m * 60_000);
    },
  };
  const app = createAppContext(config, database, ephemeralKeys(), () => clock.now);
  await ensureReferenceData(app);
  if (options.demo !== false) await ensureDemoCounty(app);
  const fastify = await buildApp(app, { serveWeb: false });
  await fastify.ready();

  const request: TestPlatform['request'] = ({ method, url, cookie, body, headers }) =>
    fastify.inject({
      method: method as 'GET',
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      payload: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });

  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await request({ method: 'POST', url: '/api/auth/login', body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = cookieOf(res);
    const body = res.json() as { status: string };
    if (body.status === 'ok') return cookie;
    const accounts = await listDemoAccounts(app);
    const secret = accounts.find((a) => a.username === username)?.totpSecret;
    if (!secret) throw new Error(`${username} needs a second factor but has no secret`);
    const code = generateSync({ secret, epoch: Math.floor(clock.now.getTime() / 1000) } as never);
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
  return c.split(';')[0]!;
}
