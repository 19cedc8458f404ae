import { closedLoop, commandStep, LIST_FILTERS, listStep, percentile, signInOfficers, walkers, type Stats } from './cases-client';
import { loadDatabase, prepareDatabase, startServer } from './cases-server';
import type { LoadReport } from './cases-load';
import { pgbenchTps } from './lib';

/**
 * `npm run bench:cases` (issue 4): pgbench -N TPS on the local PostgreSQL server; then, on
 * PostgreSQL and on PGlite, BENCH_CASES_COUNT cases (default 1,000,000) with their actions,
 * officers, deadlines and documents bulk-loaded, and through the HTTP API with 10 clients:
 * case commands per second (target ≥ 0.30 × pgbench TPS on PostgreSQL, ≥ 0.12 × on PGlite),
 * p99 of a command and of a filtered keyset-paginated case list (target ≤ 50 ms each).
 *
 * BENCH_SECONDS (20) per measured phase, BENCH_CASES_DB (postgres,pglite), BENCH_CASES_CLIENTS (10),
 * BENCH_CASES_POOL (cases per client, 300), BENCH_LIST_PAGES (5), BENCH_CASES_WARMUP (5 s),
 * BENCH_PGBENCH_TPS (skip pgbench, use this figure), BENCH_CASES_KEEP=1 (keep the databases).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const COUNT = Number(process.env.BENCH_CASES_COUNT ?? 1_000_000);
const KINDS = (process.env.BENCH_CASES_DB ?? 'postgres,pglite').split(',').map((s) => s.trim()) as ('postgres' | 'pglite')[];
const CLIENTS = Number(process.env.BENCH_CASES_CLIENTS ?? 10);
const POOL = Number(process.env.BENCH_CASES_POOL ?? 300);
const PAGES = Number(process.env.BENCH_LIST_PAGES ?? 5);
const WARMUP = Number(process.env.BENCH_CASES_WARMUP ?? 5);
const LIMIT = 20;
const TARGET = { postgres: 0.3, pglite: 0.12 } as const;
const P99_TARGET_MS = 50;

const fmt = (n: number, d = 1) => n.toFixed(d);
const log = (s: string) => console.log(s);

interface Row {
  kind: 'postgres' | 'pglite';
  load: LoadReport;
  commands: Stats;
  list: Stats;
  listByFilter: { name: string; n: number; p50: number; p99: number }[];
}

const tps = process.env.BENCH_PGBENCH_TPS ? Number(process.env.BENCH_PGBENCH_TPS) : pgbenchTps(SECONDS);
log(`pgbench -N (10 clients, ${SECONDS}s): ${fmt(tps)} TPS`);

const rows: Row[] = [];
for (const kind of KINDS) {
  const db = prepareDatabase(kind);
  try {
    log(`\n[${kind}] 载入 ${COUNT.toLocaleString()} 件案件（演示县的案件为模板，generate_series 批量插入）…`);
    const load = await loadDatabase(db, COUNT, (s) => log(s));
    log(
      `[${kind}] 载入 ${fmt(load.seconds)} 秒，VACUUM (ANALYZE) ${fmt(load.vacuumSeconds)} 秒：案件 ${load.total.toLocaleString()} 件，办案记录 ${load.actions.toLocaleString()} 条；` +
        Object.entries(load.byStatus)
          .map(([s, n]) => `${s} ${n}`)
          .join('、'),
    );
    const server = await startServer(db);
    try {
      const officers = await signInOfficers(server, CLIENTS, POOL);
      log(`[${kind}] ${officers.length} 个客户端：${officers.map((o) => `${o.username}(${o.cases.length})`).join(' ')}`);
      const run = Date.now().toString(36);
      const command = commandStep(server, run);
      if (WARMUP > 0) await closedLoop(WARMUP, officers, command);
      const commands = await closedLoop(SECONDS, officers, command);
      const perFilter: number[][] = LIST_FILTERS.map(() => []);
      if (WARMUP > 0) await closedLoop(WARMUP, walkers(officers), listStep(server, PAGES, LIMIT, LIST_FILTERS.map(() => [])));
      const list = await closedLoop(SECONDS, walkers(officers), listStep(server, PAGES, LIMIT, perFilter));
      const listByFilter = LIST_FILTERS.map((f, i) => ({ name: f.name, n: perFilter[i]!.length, p50: percentile(perFilter[i]!, 0.5), p99: percentile(perFilter[i]!, 0.99) }));
      rows.push({ kind, load, commands, list, listByFilter });
      log(
        `[${kind}] 命令：${fmt(commands.rps)} 次/秒，p50 ${fmt(commands.p50)} ms，p99 ${fmt(commands.p99)} ms，错误 ${commands.errors}` +
          (commands.errors ? ` ${JSON.stringify(commands.errorKinds)}` : ''),
      );
      log(`[${kind}] 列表：${fmt(list.rps)} 页/秒，p50 ${fmt(list.p50)} ms，p99 ${fmt(list.p99)} ms，错误 ${list.errors}` + (list.errors ? ` ${JSON.stringify(list.errorKinds)}` : ''));
      for (const f of listByFilter) log(`    ${f.name}: ${f.n} 页，p50 ${fmt(f.p50)} ms，p99 ${fmt(f.p99)} ms`);
    } finally {
      await server.stop();
    }
  } finally {
    if (process.env.BENCH_CASES_KEEP === '1') log(`[${kind}] 保留数据库：${JSON.stringify(db.env)}`);
    else db.drop();
  }
}

const yes = (ok: boolean) => (ok ? '达标' : '未达标');
log(`\n案件办理基准（${COUNT.toLocaleString()} 件，${CLIENTS} 个客户端，每项 ${SECONDS} 秒；pgbench -N ${fmt(tps)} TPS）`);
log('| 数据库 | 载入 | 命令/秒 | 对 pgbench 比值（目标） | 命令 p50 / p99 | 命令错误 | 列表 p50 / p99 | 列表错误 |');
log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = r.commands.rps / tps;
  log(
    `| ${r.kind} | ${r.load.total.toLocaleString()} 件 ${fmt(r.load.seconds, 0)} 秒 | ${fmt(r.commands.rps)} | ${fmt(ratio, 3)}（≥ ${TARGET[r.kind]}，${yes(ratio >= TARGET[r.kind])}） | ` +
      `${fmt(r.commands.p50)} / ${fmt(r.commands.p99)} ms（${yes(r.commands.p99 <= P99_TARGET_MS)}） | ${r.commands.errors} | ` +
      `${fmt(r.list.p50)} / ${fmt(r.list.p99)} ms（${yes(r.list.p99 <= P99_TARGET_MS)}） | ${r.list.errors} |`,
  );
}
