// The case benchmark's database and server: a fresh database (PostgreSQL on the local server, or a
// PGlite data folder), loaded by the bulk loader in a process of its own, then the real server
// started on it — the same way `startBenchServer` starts it, but on the prepared data.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PASSWORD, PG_ADMIN_URL, psql, ROOT, type BenchServer } from './lib';
import type { LoadReport } from './cases-load';

const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface PreparedDatabase {
  kind: 'postgres' | 'pglite';
  env: Record<string, string>;
  drop(): void;
}

export function prepareDatabase(kind: 'postgres' | 'pglite'): PreparedDatabase {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-cases-'));
  let dbName: string | null = null;
  let databaseUrl = '';
  if (kind === 'postgres') {
    dbName = `zhifa_bench_cases_${process.pid}`;
    psql(`drop database if exists ${dbName}`);
    psql(`create database ${dbName}`);
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  return {
    kind,
    env: { ZHIFA_MODE: 'demo', ZHIFA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ZHIFA_DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'error', ZHIFA_LOGIN_RATE_MAX: '100000' },
    drop: () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) psql(`drop database if exists ${dbName} with (force)`);
    },
  };
}

function run(args: string[], env: Record<string, string>, onStderr: (s: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, '--conditions=source', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      onStderr(String(d));
    });
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${err.slice(-4000)}`))));
  });
}

/** Seed the demo county and bulk-load `count` cases in a process of its own (the loader CLI). */
export async function loadDatabase(db: PreparedDatabase, count: number, budgetSeconds: number, log: (s: string) => void): Promise<LoadReport> {
  const env = { ...db.env, BENCH_CASES_COUNT: String(count), BENCH_CASES_LOAD_BUDGET: String(budgetSeconds) };
  const out = await run([path.join(ROOT, 'bench/cases-load.ts')], env, (s) => log(s.trimEnd()));
  return JSON.parse(out.trim().split('\n').at(-1)!) as LoadReport;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Start the real server on the loaded database; `stop` ends it (the database stays until `drop`). */
export async function startServer(db: PreparedDatabase): Promise<BenchServer & { pid: number }> {
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [TSX, '--conditions=source', path.join(ROOT, 'packages/server/src/main.ts')], {
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
    if (m) secrets[m[1]!] = m[2]!;
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
