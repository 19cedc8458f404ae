import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSync } from 'otplib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PASSWORD = 'Bench-Passw0rd!2025';
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function psql(sql: string, db = 'postgres') {
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-qAtc', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** pgbench -N (no updates of the small tables) TPS on the local PostgreSQL server. */
export function pgbenchTps(seconds = 20, clients = 10): number {
  psql('drop database if exists zhifa_pgbench');
  psql('create database zhifa_pgbench');
  execFileSync('pgbench', ['-h', '127.0.0.1', '-U', 'postgres', '-i', '-q', '-s', '10', 'zhifa_pgbench'], {
    stdio: 'ignore',
  });
  const out = execFileSync(
    'pgbench',
    [
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
      '-N',
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      'zhifa_pgbench',
    ],
    {
      encoding: 'utf8',
    },
  );
  psql('drop database if exists zhifa_pgbench');
  const m = out.match(/tps = ([\d.]+)/);
  if (!m) throw new Error(`pgbench output not understood:\n${out}`);
  return Number(m[1]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  url: string;
  secrets: Record<string, string>;
  stop(): Promise<void>;
}

export const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface PreparedDatabase {
  kind: 'postgres' | 'pglite';
  /** The server's environment for this database (demo mode, bench password). */
  env: Record<string, string>;
  drop(): void;
}

/** A fresh database: a PostgreSQL database on the local server (`name`, or the prefix and this process's id), or a PGlite data folder. */
export function prepareDatabase(kind: 'postgres' | 'pglite', prefix = 'zhifa_bench', name?: string): PreparedDatabase {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix.replace(/_/g, '-')}-`));
  let dbName: string | null = null;
  let databaseUrl = '';
  if (kind === 'postgres') {
    dbName = name ?? `${prefix}_${process.pid}`;
    psql(`drop database if exists ${dbName}`);
    psql(`create database ${dbName}`);
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  return {
    kind,
    env: {
      ZHIFA_MODE: 'demo',
      ZHIFA_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      ZHIFA_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'error',
      ZHIFA_LOGIN_RATE_MAX: '100000',
    },
    drop: () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) psql(`drop database if exists ${dbName} with (force)`);
    },
  };
}

/** The real server on a prepared database; `stop` ends it (the database stays until `drop`). */
export async function startServer(db: PreparedDatabase): Promise<BenchServer & { pid: number }> {
  const port = await freePort();
  let out = '';
  // BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) runs the server under those
  // node flags, with tsx as an import hook so the flags reach the process that serves.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean);
  const main = path.join(ROOT, 'packages/server/src/main.ts');
  const args = nodeArgs
    ? [...nodeArgs, '--import', 'tsx', '--conditions=source', main]
    : [TSX, '--conditions=source', main];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...db.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(out);
    try {
      if ((await fetch(`${url}/api/ready`)).ok && out.includes('演示账号')) break;
    } catch {
      /* starting */
    }
    if (i > 1500) throw new Error(`server not ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const secrets: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = line.match(/^\s+(\S+)\s.*动态验证码密钥：([A-Z2-7]+)/);
    if (m) secrets[m[1]] = m[2]!;
  }
  return {
    url,
    secrets,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** A fresh database with the server on it; `stop` ends the server and drops the database. */
export async function startBenchServer(kind: 'postgres' | 'pglite'): Promise<BenchServer> {
  const db = prepareDatabase(kind);
  const server = await startServer(db);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      db.drop();
    },
  };
}

export async function signIn(server: BenchServer, username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  let cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = (await res.json()) as { status: string };
  if (body.status === 'secondFactorRequired') {
    const r2 = await fetch(`${server.url}/api/auth/totp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ code: generateSync({ secret: server.secrets[username] }) }),
    });
    cookie = (r2.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  return cookie;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/** A closed-loop load: `concurrency` clients each send the next request when the last returns. */
export async function load(
  seconds: number,
  concurrency: number,
  send: (i: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = n++;
        const t = performance.now();
        const ok = await send(i).catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, rps: latencies.length / seconds, p50: q(0.5), p99: q(0.99) };
}
