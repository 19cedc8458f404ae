import {
  closedLoop,
  commandStep,
  LIST_FILTERS,
  listStep,
  percentile,
  signInOfficers,
  walkers,
  type Officer,
  type Stats,
} from './cases-client';
import type { LoadReport } from './cases-load';
import { loadDatabase } from './cases-server';
import type { BenchServer } from './lib';
import { measureCeiling } from './ceiling';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pgbenchTps, prepareDatabase, psql, startServer, type PreparedDatabase } from './lib';

/**
 * `npm run bench:cases` (issue 4): pgbench -N TPS on the local PostgreSQL server; then, on
 * PostgreSQL and on PGlite, BENCH_CASES_COUNT cases (default 1,000,000) bulk-loaded with their
 * actions, officers, deadlines and documents, and through the HTTP API with 10 clients:
 * case commands per second (target ≥ 0.30 × pgbench TPS on PostgreSQL, ≥ 0.12 × on PGlite),
 * p99 of a command and of a page of a filtered, keyset-paginated case list (target ≤ 50 ms each).
 * The same two are also measured with one client alone: the latency without queueing.
 *
 * BENCH_SECONDS (20) per measured phase, BENCH_CASES_DB (postgres,pglite), BENCH_CASES_CLIENTS (10),
 * BENCH_CASES_POOL (cases per client, 300), BENCH_LIST_PAGES (5), BENCH_CASES_WARMUP (5 s),
 * BENCH_CASES_SOLO (seconds of the one-client phases, 10; 0 skips them),
 * BENCH_CASES_LOAD_BUDGET (seconds the load may take; default none on PostgreSQL, 900 on PGlite),
 * BENCH_PGBENCH_TPS (skip pgbench, use this figure), BENCH_CASES_KEEP=1 (keep the databases),
 * BENCH_CEILING=0 (skip the no-application reference routes of bench/ceiling.ts),
 * BENCH_SERVER_NODE_ARGS (node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`),
 * BENCH_CASES_REUSE=1 (PostgreSQL: measure on the database `npm run bench:profile` loaded with
 * BENCH_PROFILE_LOAD_ONLY=1 for the same count; PGlite: on the data folder loaded by
 * `BENCH_CASES_DB=pglite BENCH_CASES_LOAD_ONLY=1 npm run bench:cases`; dropped afterwards).
 *
 * Targets of issue 11, against the ceiling measured in the same run (bench/ceiling.ts, the
 * four-statement transaction): commands per second with 10 clients ≥ 0.25 × the ceiling, command
 * p99 ≤ 50 ms with 10 clients, command p99 ≤ 12 ms with one client. The load average is printed
 * before and after every measured phase: on a machine doing other work the figures mean little.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const COUNT = Number(process.env.BENCH_CASES_COUNT ?? 1_000_000);
const KINDS = (process.env.BENCH_CASES_DB ?? 'postgres,pglite').split(',').map((s) => s.trim()) as (
  'postgres' | 'pglite'
)[];
const CLIENTS = Number(process.env.BENCH_CASES_CLIENTS ?? 10);
const POOL = Number(process.env.BENCH_CASES_POOL ?? 300);
const PAGES = Number(process.env.BENCH_LIST_PAGES ?? 5);
const WARMUP = Number(process.env.BENCH_CASES_WARMUP ?? 5);
const SOLO = Number(process.env.BENCH_CASES_SOLO ?? 10);
const LIMIT = 20;
// PGlite: load and keep the data folder for a later BENCH_CASES_REUSE=1 run (loading a large
// PGlite database takes long enough that the measurement should not depend on doing both at once).
const LOAD_ONLY = process.env.BENCH_CASES_LOAD_ONLY === '1';
const TARGET = { postgres: 0.3, pglite: 0.12 } as const;
const CEILING_TARGET = 0.25;
const P99_TARGET_MS = 50;
const SOLO_P99_TARGET_MS = 12;
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const budget = (kind: 'postgres' | 'pglite') =>
  Number(process.env.BENCH_CASES_LOAD_BUDGET ?? (kind === 'pglite' ? 900 : 0));

const fmt = (n: number, d = 1) => n.toFixed(d);
const log = (s: string) => console.log(s);
const errorText = (s: Stats) => (s.errors ? ` ${JSON.stringify(s.errorKinds)}` : '');

interface Phase {
  commands: Stats;
  list: Stats;
  listByFilter: { name: string; n: number; p50: number; p99: number }[];
}

interface Row extends Phase {
  kind: 'postgres' | 'pglite';
  load: LoadReport;
  solo: Phase | null;
}

/** The database `npm run bench:profile` loaded (BENCH_PROFILE_LOAD_ONLY=1) for this count; measured on as it is, then dropped. */
function preloaded(): { db: PreparedDatabase; load: LoadReport } {
  const state = path.join(os.tmpdir(), `zhifa_bench_profile_${COUNT}.json`);
  const saved = JSON.parse(fs.readFileSync(state, 'utf8')) as {
    env: Record<string, string>;
    load: LoadReport;
  };
  const name = new URL(saved.env.DATABASE_URL).pathname.slice(1);
  return {
    load: saved.load,
    db: {
      kind: 'postgres',
      env: saved.env,
      drop: () => {
        psql(`drop database if exists ${name} with (force)`);
        fs.rmSync(saved.env.ZHIFA_DATA_DIR, { recursive: true, force: true });
        fs.rmSync(state, { force: true });
      },
    },
  };
}

/** Where a PGlite database loaded with BENCH_CASES_LOAD_ONLY=1 is described for a later run. */
const pgliteState = () => path.join(os.tmpdir(), `zhifa_bench_cases_pglite_${COUNT}.json`);

/** The PGlite data folder loaded beforehand (BENCH_CASES_LOAD_ONLY=1), measured once and then removed. */
function preloadedPglite(): { db: PreparedDatabase; load: LoadReport } {
  const saved = JSON.parse(fs.readFileSync(pgliteState(), 'utf8')) as { env: Record<string, string>; load: LoadReport };
  return {
    load: saved.load,
    db: {
      kind: 'pglite',
      env: saved.env,
      drop: () => {
        fs.rmSync(saved.env.ZHIFA_DATA_DIR, { recursive: true, force: true });
        fs.rmSync(pgliteState(), { force: true });
      },
    },
  };
}

/** Commands, then list pages, each `seconds` after a warm-up, by `officers` concurrently. */
async function phase(server: BenchServer, officers: Officer[], seconds: number, label: string): Promise<Phase> {
  const command = commandStep(server, `${Date.now().toString(36)}${officers.length}`);
  if (WARMUP > 0) await closedLoop(WARMUP, officers, command);
  log(`  ${label} 命令：测量前负载 ${loadavg()}`);
  const commands = await closedLoop(seconds, officers, command);
  log(`  ${label} 命令：测量后负载 ${loadavg()}`);
  log(
    `  ${label} 命令：成功 ${fmt(commands.okRps)} 次/秒（连同失败 ${fmt(commands.rps)}），p50 ${fmt(commands.p50)} ms，p99 ${fmt(commands.p99)} ms，错误 ${commands.errors}${errorText(commands)}`,
  );
  const perFilter: number[][] = LIST_FILTERS.map(() => []);
  if (WARMUP > 0)
    await closedLoop(
      WARMUP,
      walkers(officers),
      listStep(
        server,
        PAGES,
        LIMIT,
        LIST_FILTERS.map(() => []),
      ),
    );
  log(`  ${label} 列表：测量前负载 ${loadavg()}`);
  const list = await closedLoop(seconds, walkers(officers), listStep(server, PAGES, LIMIT, perFilter));
  log(`  ${label} 列表：测量后负载 ${loadavg()}`);
  const listByFilter = LIST_FILTERS.map((f, i) => ({
    name: f.name,
    n: perFilter[i].length,
    p50: percentile(perFilter[i], 0.5),
    p99: percentile(perFilter[i], 0.99),
  }));
  log(
    `  ${label} 列表：${fmt(list.okRps)} 页/秒，p50 ${fmt(list.p50)} ms，p99 ${fmt(list.p99)} ms，错误 ${list.errors}${errorText(list)}`,
  );
  for (const f of listByFilter) log(`      ${f.name}：${f.n} 页，p50 ${fmt(f.p50)} ms，p99 ${fmt(f.p99)} ms`);
  return { commands, list, listByFilter };
}

const tps = process.env.BENCH_PGBENCH_TPS
  ? Number(process.env.BENCH_PGBENCH_TPS)
  : LOAD_ONLY
    ? NaN
    : pgbenchTps(SECONDS);
log(`pgbench -N (10 clients, ${SECONDS}s): ${fmt(tps)} TPS`);

// What the machine allows with no application code: the ceiling any command is measured against.
log(`上限参照：测量前负载 ${loadavg()}`);
const ceiling =
  process.env.BENCH_CEILING === '0' || LOAD_ONLY ? [] : await measureCeiling(Math.min(SECONDS, 10), CLIENTS);
log(`上限参照：测量后负载 ${loadavg()}`);
const tx4 = ceiling.at(-1)?.rps ?? NaN;
for (const c of ceiling)
  log(
    `  上限参照（Fastify + node-postgres，无业务逻辑，${CLIENTS} 个客户端）${c.route}：${fmt(c.rps)} 次/秒 = ${fmt(c.rps / tps, 3)} × pgbench，p99 ${fmt(c.p99)} ms`,
  );

const rows: Row[] = [];
for (const kind of KINDS) {
  const reused = process.env.BENCH_CASES_REUSE === '1' ? (kind === 'postgres' ? preloaded() : preloadedPglite()) : null;
  const db = reused?.db ?? prepareDatabase(kind, 'zhifa_bench_cases');
  let keep = process.env.BENCH_CASES_KEEP === '1';
  try {
    log(
      reused
        ? `\n[${kind}] 使用预先载入的数据库（npm run bench:profile，BENCH_PROFILE_LOAD_ONLY=1）`
        : `\n[${kind}] 载入 ${COUNT.toLocaleString()} 件案件（演示县的案件为模板，insert … select … from generate_series，分批）${budget(kind) ? `，时限 ${budget(kind)} 秒` : ''}…`,
    );
    const load = reused?.load ?? (await loadDatabase(db, COUNT, budget(kind), (s) => log(s)));
    log(
      `[${kind}] 载入 ${load.loaded.toLocaleString()} 件用 ${fmt(load.seconds)} 秒，VACUUM (ANALYZE) ${fmt(load.vacuumSeconds)} 秒：共 ${load.total.toLocaleString()} 件，办案记录 ${load.actions.toLocaleString()} 条；` +
        Object.entries(load.byStatus)
          .map(([s, n]) => `${s} ${n.toLocaleString()}`)
          .join('、'),
    );
    if (LOAD_ONLY) {
      // Loaded now, measured by a later run on an idle machine (BENCH_CASES_REUSE=1).
      if (kind === 'pglite') fs.writeFileSync(pgliteState(), JSON.stringify({ env: db.env, load }));
      log(
        `[${kind}] 已载入并保留，供 BENCH_CASES_REUSE=1 测量：${kind === 'pglite' ? pgliteState() : JSON.stringify(db.env)}`,
      );
      keep = true;
      continue;
    }
    const server = await startServer(db);
    try {
      const officers = await signInOfficers(server, CLIENTS, POOL);
      log(
        `[${kind}] ${officers.length} 个客户端：${officers.map((o) => `${o.username}(${o.cases.length} 件)`).join(' ')}`,
      );
      const loaded = await phase(server, officers, SECONDS, `${officers.length} 个客户端`);
      const solo = SOLO > 0 ? await phase(server, officers.slice(0, 1), SOLO, '单个客户端') : null;
      rows.push({ kind, load, ...loaded, solo });
    } finally {
      await server.stop();
    }
  } finally {
    if (keep) log(`[${kind}] 保留数据库：${JSON.stringify(db.env)}`);
    else db.drop();
  }
}

const met = (ok: boolean) => (ok ? '达标' : '未达标');
const p = (s: Stats) => `${fmt(s.p50)} / ${fmt(s.p99)}`;
log(
  `\n案件办理基准（${CLIENTS} 个客户端，每项 ${SECONDS} 秒；pgbench -N ${fmt(tps)} TPS；列表每页 ${LIMIT} 件，每个筛选翻 ${PAGES} 页）`,
);
log(
  '| 数据库 | 案件（载入用时） | 成功命令/秒 | ÷ 四语句事务上限（目标 ≥ 0.25） | ÷ pgbench（旧目标） | 命令 p50 / p99 ms（目标 p99 ≤ 50） | 列表 p50 / p99 ms（目标 p99 ≤ 50） | 错误 | 单个客户端：命令 p50 / p99 ms（目标 p99 ≤ 12） | 单个客户端：列表 p50 / p99 ms |',
);
log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = r.commands.okRps / tps;
  const toCeiling = r.commands.okRps / tx4;
  log(
    `| ${r.kind} | ${r.load.total.toLocaleString()}（${fmt(r.load.seconds, 0)} 秒） | ${fmt(r.commands.okRps)} | ${fmt(toCeiling, 3)}（${met(toCeiling >= CEILING_TARGET)}） | ${fmt(ratio, 3)}（≥ ${TARGET[r.kind]}：${met(ratio >= TARGET[r.kind])}） | ` +
      `${p(r.commands)}（${met(r.commands.p99 <= P99_TARGET_MS)}） | ${p(r.list)}（${met(r.list.p99 <= P99_TARGET_MS)}） | ${r.commands.errors} / ${r.list.errors} | ` +
      `${r.solo ? `${p(r.solo.commands)}（${met(r.solo.commands.p99 <= SOLO_P99_TARGET_MS)}） | ${p(r.solo.list)}` : '— | —'} |`,
  );
}
if (ceiling.length > 0) {
  log(`\n同一台机器上不含任何业务逻辑的上限参照（${CLIENTS} 个客户端）：`);
  for (const c of ceiling) log(`- ${c.route}：${fmt(c.rps)} 次/秒，${fmt(c.rps / tps, 3)} × pgbench`);
}
