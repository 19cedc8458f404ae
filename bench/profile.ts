import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { closedLoop, commandStep, signInOfficers, type Stats } from './cases-client';
import { loadDatabase } from './cases-server';
import { PG_ADMIN_URL, prepareDatabase, psql, ROOT, startServer, type PreparedDatabase } from './lib';
import {
  machineCpuMs,
  postgresCpuMs,
  processCpuMs,
  summariseProfile,
  topFunctions,
  type CpuProfile,
} from './profile-summary';

/**
 * `npm run bench:profile`: where a case command's time goes, on PostgreSQL. The same commands as
 * `npm run bench:cases` (10 clients, closed loop) against the real server on BENCH_CASES_COUNT
 * loaded cases (default 20,000), and three views of the measured phase:
 * - the server's CPU by phase of a command (a V8 sampling profile of the phase only, taken in the
 *   server through bench/profile-hook.mjs), and by library;
 * - PostgreSQL's time by statement (pg_stat_statements: calls and time per command);
 * - CPU per command of the server, of PostgreSQL's processes and of the benchmark's client.
 * Then one client alone, without the profiler: the latency without queueing.
 *
 * The loaded database is kept as a template (`zhifa_bench_profile_<count>`, with its data folder
 * recorded in the system's temporary folder) and every run works on a fresh copy of it, so runs
 * compare; BENCH_PROFILE_RELOAD=1 loads it again. PostgreSQL must preload pg_stat_statements
 * (`shared_preload_libraries = 'pg_stat_statements'`; the run turns tracking on for its own
 * database only). BENCH_SECONDS (20), BENCH_CASES_CLIENTS (10), BENCH_CASES_WARMUP (5),
 * BENCH_CASES_SOLO (10; 0 skips the one-client phase), BENCH_PROFILE_CPU=0 (no V8 profile),
 * BENCH_PROFILE_INTERVAL_US (500), BENCH_PROFILE_TOP (25 heaviest functions by self time),
 * BENCH_PROFILE_LOAD_ONLY=1 (load the template and stop: `npm run bench:cases` with
 * BENCH_CASES_REUSE=1 then measures on it instead of loading its own).
 */
const COUNT = Number(process.env.BENCH_CASES_COUNT ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENTS = Number(process.env.BENCH_CASES_CLIENTS ?? 10);
const WARMUP = Number(process.env.BENCH_CASES_WARMUP ?? 5);
const SOLO = Number(process.env.BENCH_CASES_SOLO ?? 10);
const CPU_PROFILE = process.env.BENCH_PROFILE_CPU !== '0';
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 25);
const POOL = 300;

const log = (s: string) => console.log(s);
const fmt = (n: number, d = 2) => n.toFixed(d);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const TEMPLATE = `zhifa_bench_profile_${COUNT}`;
const STATE = path.join(os.tmpdir(), `${TEMPLATE}.json`);

function urlOf(db: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${db}`;
  return u.toString();
}

async function query<T>(db: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: urlOf(db) });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

async function template(): Promise<PreparedDatabase> {
  const exists = (
    await query<{ n: number }>('postgres', `select 1 as n from pg_database where datname = '${TEMPLATE}'`)
  ).length;
  if (exists && fs.existsSync(STATE) && process.env.BENCH_PROFILE_RELOAD !== '1') {
    log(`复用已载入的模板数据库 ${TEMPLATE}`);
    return JSON.parse(fs.readFileSync(STATE, 'utf8')) as PreparedDatabase;
  }
  const db = prepareDatabase('postgres', 'zhifa_bench_profile', TEMPLATE);
  log(`[postgres] 载入 ${COUNT.toLocaleString()} 件案件到模板数据库 ${TEMPLATE}…`);
  const report = await loadDatabase(db, COUNT, 0, (s) => log(s));
  log(`[postgres] 载入 ${report.total.toLocaleString()} 件，用 ${fmt(report.seconds, 0)} 秒`);
  fs.writeFileSync(STATE, JSON.stringify({ kind: db.kind, env: db.env, load: report }));
  return db;
}

/** A fresh copy of the template: the database and the server's data folder (its keys). */
function copyOf(tpl: PreparedDatabase): { env: Record<string, string>; drop: () => void; name: string } {
  const name = `zhifa_bench_profile_run_${process.pid}`;
  psql(`drop database if exists ${name}`);
  psql(`create database ${name} template ${TEMPLATE}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-profile-run-'));
  fs.cpSync(tpl.env.ZHIFA_DATA_DIR, dataDir, { recursive: true });
  return {
    name,
    env: { ...tpl.env, DATABASE_URL: urlOf(name), ZHIFA_DATA_DIR: dataDir },
    drop: () => {
      psql(`drop database if exists ${name} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (fs.existsSync(file)) resolve();
      else if (Date.now() > end) reject(new Error(`${file} not written`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

interface StatementRow {
  query: string;
  calls: string;
  total_exec_time: number;
  total_plan_time: number;
  rows: string;
}

/** A statement's text on one line, its long select lists cut. */
function shortText(q: string): string {
  const one = q.replace(/\s+/g, ' ').trim();
  const m = one.match(/^(with "claim" as .*?\) )?select .*? from "cases"/);
  if (m) return `${m[1] ? 'claim command id + ' : ''}lock case + snapshot read (select … from cases … for update)`;
  if (/^with "w0"/.test(one))
    return `write batch: ${(one.match(/"w\d+" as \((insert into|update|delete from) "[a-z_]+"/g) ?? []).map((w) => w.replace(/^"w\d+" as \(/, '').replace(/"/g, '')).join('; ')} + audit chain lock${/"ins" as \(insert into "audit_log"/.test(one) ? ' + audit row(s) linked to the tip' : ' and head'}`;
  if (/audit_chain_(next|head)/.test(one) && /^(select|with "head")/.test(one)) return 'audit chain lock + head';
  if (/insert into "audit_log"/.test(one))
    return `${/^with "alongside"/.test(one) ? 'store command result + ' : ''}insert audit row`;
  return one.length > 100 ? `${one.slice(0, 100)}…` : one;
}

const tpl = await template();
if (process.env.BENCH_PROFILE_LOAD_ONLY === '1') process.exit(0);
const run = copyOf(tpl);
const preloaded = (
  await query<{ s: string }>('postgres', "select current_setting('shared_preload_libraries') as s")
)[0].s.includes('pg_stat_statements');
if (preloaded) {
  psql('create extension if not exists pg_stat_statements', run.name);
  psql(`alter database ${run.name} set pg_stat_statements.track = 'top'`);
  psql(`alter database ${run.name} set pg_stat_statements.track_utility = on`);
} else {
  log('PostgreSQL 未预加载 pg_stat_statements（shared_preload_libraries），不统计语句耗时。');
}
const profileOut = path.join(os.tmpdir(), `zhifa-bench-profile-${process.pid}.cpuprofile`);
// Node flags make startServer run the server in the process it starts (not under tsx's own
// process), so /proc gives the server's CPU time.
process.env.BENCH_SERVER_NODE_ARGS = CPU_PROFILE
  ? `--import ${path.join(ROOT, 'bench/profile-hook.mjs')}`
  : '--no-deprecation';
if (CPU_PROFILE) process.env.BENCH_PROFILE_OUT = profileOut;
const server = await startServer({ kind: 'postgres', env: run.env, drop: run.drop });
let commands: Stats;
let solo: Stats | null = null;
try {
  const officers = await signInOfficers(server, CLIENTS, POOL);
  const step = commandStep(server, `p${Date.now().toString(36)}`);
  if (WARMUP > 0) await closedLoop(WARMUP, officers, step);
  if (preloaded) psql('select pg_stat_statements_reset()', run.name);
  log(`\n负载（uptime 1/5/15 分钟）测量前：${load()}`);
  if (CPU_PROFILE) {
    process.kill(server.pid, 'SIGUSR2');
    await waitForFile(`${profileOut}.started`, 10_000);
  }
  const before = {
    server: processCpuMs(server.pid),
    postgres: postgresCpuMs(),
    client: process.cpuUsage(),
    machine: machineCpuMs(),
  };
  commands = await closedLoop(SECONDS, officers, step);
  const after = {
    server: processCpuMs(server.pid),
    postgres: postgresCpuMs(),
    client: process.cpuUsage(before.client),
    machine: machineCpuMs(),
  };
  if (CPU_PROFILE) process.kill(server.pid, 'SIGUSR2');
  log(`负载测量后：${load()}`);
  const n = commands.requests;
  log(
    `\n${CLIENTS} 个客户端，${SECONDS} 秒：${n} 条命令，成功 ${fmt(commands.okRps, 1)} 次/秒，p50 ${fmt(commands.p50, 1)} ms，p99 ${fmt(commands.p99, 1)} ms，错误 ${commands.errors}${commands.errors ? ` ${JSON.stringify(commands.errorKinds)}` : ''}`,
  );
  const machine = after.machine.busy - before.machine.busy;
  const other = machine - (after.server - before.server) - (after.postgres - before.postgres);
  log('\nCPU per command (ms; /proc, the measured phase):');
  log('| process | ms per command | share of the two cores |');
  log('|---|---|---|');
  const wall = after.machine.total - before.machine.total || 1;
  for (const [name, ms] of [
    ['server (Node.js)', after.server - before.server],
    ['PostgreSQL (all its processes)', after.postgres - before.postgres],
    ['benchmark client (Node.js)', (after.client.user + after.client.system) / 1000],
    ['everything else on the machine', other - (after.client.user + after.client.system) / 1000],
    ['machine busy, total', machine],
  ] as const)
    log(`| ${name} | ${fmt(ms / n)} | ${fmt((100 * ms) / wall, 0)} % |`);

  if (CPU_PROFILE) {
    await waitForFile(profileOut, 30_000);
    const profile = JSON.parse(fs.readFileSync(profileOut, 'utf8')) as CpuProfile;
    fs.rmSync(profileOut, { force: true });
    fs.rmSync(`${profileOut}.started`, { force: true });
    const b = summariseProfile(profile);
    const table = (title: string, m: Map<string, number>) => {
      log(`\n${title}`);
      log('| | ms per command | share of busy |');
      log('|---|---|---|');
      for (const [k, us] of [...m.entries()].sort((x, y) => y[1] - x[1]))
        log(`| ${k} | ${fmt(us / 1000 / n, 3)} | ${fmt((100 * us) / b.busyUs, 1)} % |`);
      log(`| **busy, total** | **${fmt(b.busyUs / 1000 / n, 3)}** | 100 % |`);
    };
    log(
      `\n服务器 CPU 剖析（V8 采样，仅测量阶段）：忙 ${fmt(b.busyUs / 1000, 0)} ms，空闲 ${fmt(b.idleUs / 1000, 0)} ms（剖析器自身开销计入忙）`,
    );
    table('Server CPU by phase of a command (innermost application frame; else the library):', b.byPhase);
    table('Server CPU by library (innermost frame in a known library):', b.byLibrary);
    table(
      'Server CPU by phase ← library (the heaviest pairs):',
      new Map([...b.byPair].sort((x, y) => y[1] - x[1]).slice(0, TOP)),
    );
    if (TOP > 0) {
      log(`\nHeaviest functions by self time:`);
      log('| function | ms per command |');
      log('|---|---|');
      for (const f of topFunctions(profile, TOP)) log(`| ${f.name} | ${fmt(f.us / 1000 / n, 3)} |`);
    }
  }

  if (preloaded) {
    const rows = await query<StatementRow>(
      run.name,
      `select query, calls::text, total_exec_time, total_plan_time, rows::text from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) order by total_exec_time desc`,
    );
    log('\nPostgreSQL time by statement (pg_stat_statements, the measured phase; server-side execution only):');
    log('| statement | calls per command | mean ms (execute) | ms per command | rows per call |');
    log('|---|---|---|---|---|');
    let total = 0;
    for (const r of rows) {
      const calls = Number(r.calls);
      if (calls < n / 100) continue;
      const t = r.total_exec_time + r.total_plan_time;
      total += t;
      log(
        `| ${shortText(r.query)} | ${fmt(calls / n)} | ${fmt(t / calls, 3)} | ${fmt(t / n, 3)} | ${fmt(Number(r.rows) / calls, 1)} |`,
      );
    }
    log(`| **all statements** | | | **${fmt(total / n, 3)}** | |`);
  }

  if (SOLO > 0) {
    const one = officers.slice(0, 1);
    if (WARMUP > 0) await closedLoop(Math.min(WARMUP, 3), one, step);
    log(`\n负载（单个客户端）测量前：${load()}`);
    solo = await closedLoop(SOLO, one, step);
    log(`负载测量后：${load()}`);
    log(
      `单个客户端（剖析器${CPU_PROFILE ? '已停止' : '未开'}），${SOLO} 秒：${fmt(solo.okRps, 1)} 次/秒，p50 ${fmt(solo.p50, 1)} ms，p99 ${fmt(solo.p99, 1)} ms，错误 ${solo.errors}`,
    );
  }
} finally {
  await server.stop();
  if (process.env.BENCH_CASES_KEEP === '1') log(`保留数据库 ${run.name}：${JSON.stringify(run.env)}`);
  else run.drop();
}
