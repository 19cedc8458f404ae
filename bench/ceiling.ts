import { spawn } from 'node:child_process';
import path from 'node:path';
import { call } from './http-client';
import { load, PG_ADMIN_URL, psql, ROOT } from './lib';

export interface CeilingRow {
  route: string;
  rps: number;
  p99: number;
}

const ROUTES = [
  { path: '/none', label: '空路由（不访问数据库）' },
  { path: '/one', label: '一条 insert' },
  { path: '/tx4', label: '四条语句的事务（begin、select、insert、commit）' },
];

/**
 * The same 10 clients and HTTP client as the case benchmark, against bench/ceiling-server.ts on
 * a scratch database of the local PostgreSQL server: what this machine allows before any
 * application code runs.
 */
export async function measureCeiling(seconds: number, clients: number): Promise<CeilingRow[]> {
  const db = `zhifa_bench_ceiling_${process.pid}`;
  psql(`drop database if exists ${db}`);
  psql(`create database ${db}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${db}`;
  const port = 20000 + (process.pid % 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/ceiling-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`ceiling server exited (${code})`)));
    });
    const rows: CeilingRow[] = [];
    for (const r of ROUTES) {
      const send = async () =>
        (
          await call(`http://127.0.0.1:${port}${r.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"v":"bench"}',
          })
        ).status === 200;
      await load(Math.min(3, seconds), clients, send);
      const result = await load(seconds, clients, send);
      rows.push({ route: r.label, rps: result.rps, p99: result.p99 });
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    psql(`drop database if exists ${db} with (force)`);
  }
}
