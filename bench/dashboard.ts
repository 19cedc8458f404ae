// `npm run bench:dashboard` (issue 14): one county's five years of cases, every dashboard query and
// a full alert run timed on it, and whether reports stall writes. The demo county is seeded,
// BENCH_DASHBOARD_CASES cases (default 100,000) are cloned with their actions by the set-based
// loader (bench/cases-load.ts), spread over the five years before today, the day counters are
// rebuilt from them (ADR 0016), and each figure is read BENCH_DASHBOARD_RUNS times (default 5) for
// the county over five years, over one year and for one township. Then the alert rules run
// BENCH_DASHBOARD_ALERT_RUNS times (default 2: the first opens the alerts, the next finds them
// again), all of them as the scheduler runs them, each rule timed. Targets: every query ≤ 1 s
// (issue 14: at 1,000,000 cases, on PostgreSQL and PGlite).
//
// Then the stall phase (bench/dashboard-stall.ts) on the real server: case-command p99 with
// dashboard readers and alert runs going ≤ 2 × without them. BENCH_STALL_SECONDS (20),
// BENCH_STALL_CLIENTS (command clients, 10), BENCH_STALL_READERS (dashboard readers, 2),
// BENCH_STALL_WARMUP (5); BENCH_DASHBOARD_STALL=0 skips it.
//
// PGlite by default, in a fresh folder; ZHIFA_DATA_DIR names one (a folder loaded beforehand:
// `BENCH_CASES_COUNT=1000000 ZHIFA_MODE=demo ZHIFA_DATA_DIR=… tsx bench/cases-load.ts`), DATABASE_URL
// (with ZHIFA_DATA_DIR for its keys) a PostgreSQL database. The spread and the counters' rebuild are
// done once per database (a settings row records it), so a loaded database can be measured again.
// Prints one JSON line: the load report, per figure and filter the median and the slowest run,
// the alert runs and the stall phase.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { DASHBOARD_FIGURES, type DashboardFigure } from '@zhifa/contract';
import { openPlatform } from '../packages/server/src/bootstrap';
import { loadConfig } from '../packages/server/src/config';
import { ensureDemoCounty } from '../packages/server/src/demo/seed';
import { runAlertRules, type RunReport } from '../packages/server/src/modules/alerts/run-rules';
import { readFigure } from '../packages/server/src/modules/dashboard/read-figure';
import { rebuildDayCounters } from '../packages/server/src/modules/dashboard/rebuild-counters';
import type { AppContext } from '../packages/server/src/platform/context';
import { loadCases } from './cases-load';
import { measureStall, STALL_TARGET, type StallReport } from './dashboard-stall';
import { PASSWORD } from './lib';

const COUNT = Number(process.env.BENCH_DASHBOARD_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 5);
const ALERT_RUNS = Number(process.env.BENCH_DASHBOARD_ALERT_RUNS ?? 2);
const STALL = process.env.BENCH_DASHBOARD_STALL !== '0';
const TARGET_MS = 1_000;
const COUNTY = '440703';
const SPREAD_KEY = 'bench.dashboard.spread';

const log = (s: string) => process.stderr.write(`${s}\n`);
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** The platform's environment; a fresh data folder (removed at the end) unless one is named. */
function env(): { env: Record<string, string>; temporary: string | null } {
  const e: Record<string, string> = {
    ZHIFA_MODE: 'demo',
    ZHIFA_DEMO_PASSWORD: process.env.ZHIFA_DEMO_PASSWORD ?? PASSWORD,
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    ZHIFA_DATA_DIR: process.env.ZHIFA_DATA_DIR ?? '',
    LOG_LEVEL: 'error',
    ZHIFA_LOGIN_RATE_MAX: '100000',
  };
  const temporary = e.ZHIFA_DATA_DIR ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-dashboard-'));
  if (temporary) e.ZHIFA_DATA_DIR = temporary;
  return { env: e, temporary };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const count = async (app: AppContext, table: string) =>
  Number((await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)}`.execute(app.db)).rows[0].n);

/**
 * The clones keep their templates' dates: spread every case over the five years before today (a
 * stable offset from its id), so the counters hold five years of days; once per database.
 */
async function spreadOnce(app: AppContext): Promise<number | null> {
  const done = await app.db.selectFrom('settings').select('value').where('key', '=', SPREAD_KEY).executeTakeFirst();
  if (done) return null;
  const t0 = performance.now();
  await sql`update cases set
      filed_on = filed_on - (abs(hashtext(id::text)) % 1825),
      decided_on = decided_on - (abs(hashtext(id::text)) % 1825),
      closed_on = closed_on - (abs(hashtext(id::text)) % 1825)
    where filed_on is not null`.execute(app.db);
  await sql`update case_officers o set assigned_on = o.assigned_on - (abs(hashtext(o.case_id::text)) % 1825)`.execute(
    app.db,
  );
  await sql`update item_usage set used_on = used_on - (abs(hashtext(source_id)) % 1825) where source = 'case'`.execute(
    app.db,
  );
  // The demo county's townships received their powers in 2024–2025: moved back as far as the
  // cases, so a case filed four years ago was filed under a power held then (else half the clones
  // would trip 'item not held', which no real county shows). Decisions are immutable to the
  // platform (0003_catalogue.sql); the benchmark sets their triggers aside for this one update.
  await sql`alter table delegation_decisions disable trigger delegation_decisions_immutable`.execute(app.db);
  await sql`update delegation_decisions set announcement_date = announcement_date - 1825, effective_date = effective_date - 1825`.execute(
    app.db,
  );
  await sql`alter table delegation_decisions enable trigger delegation_decisions_immutable`.execute(app.db);
  await sql`update delegation_state set version = version + 1`.execute(app.db);
  await rebuildDayCounters(app.db);
  await app.db
    .insertInto('settings')
    .values({ key: SPREAD_KEY, value: JSON.stringify({ on: app.today(), cases: await count(app, 'cases') }) })
    .execute();
  await app.database.exec('VACUUM (ANALYZE)');
  return (performance.now() - t0) / 1000;
}

type Filters = Record<string, { from: string; to: string; agencyId?: string }>;

async function timeFigures(app: AppContext, filters: Filters) {
  const scope = { kind: 'region' as const, regionCode: COUNTY };
  const results: Record<string, Record<string, { medianMs: number; maxMs: number }>> = {};
  let over = 0;
  for (const figure of DASHBOARD_FIGURES as readonly DashboardFigure[]) {
    results[figure] = {};
    for (const [name, f] of Object.entries(filters)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await readFigure(app, scope, figure, f);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const r = {
        medianMs: Math.round(times[Math.floor(times.length / 2)]),
        maxMs: Math.round(times[times.length - 1]),
      };
      if (r.maxMs > TARGET_MS) over++;
      results[figure][name] = r;
      log(`  ${figure.padEnd(10)} ${name.padEnd(11)} 中位 ${r.medianMs} ms，最慢 ${r.maxMs} ms`);
    }
  }
  return { results, over };
}

/** Full runs of every rule, as the scheduler starts them; each run's seconds and its rules' times. */
async function timeAlertRuns(app: AppContext) {
  const runs: (Omit<RunReport, 'runId'> & { seconds: number; load: string })[] = [];
  for (let i = 0; i < ALERT_RUNS; i++) {
    const t = performance.now();
    const { runId: _, ...r } = await runAlertRules(app, { trigger: 'schedule' });
    const seconds = (performance.now() - t) / 1000;
    runs.push({ ...r, seconds, load: loadavg() });
    const slow = [...r.rules].sort((a, b) => b.ms - a.ms).slice(0, 5);
    log(
      `  预警运行 ${i + 1}：${seconds.toFixed(1)} 秒，发现 ${r.found}，新开 ${r.opened}，关闭 ${r.resolved}，失败 ${r.failed.length}${r.failed.length ? ` ${JSON.stringify(r.failed)}` : ''}；最慢：${slow.map((x) => `${x.rule} ${x.ms} ms（${x.found}）`).join('、')}；负载 ${loadavg()}`,
    );
  }
  return runs;
}

async function main() {
  const { env: e, temporary } = env();
  const { app, database, release } = await openPlatform(loadConfig({ ...process.env, ...e }));
  let period: { from: string; to: string };
  let report: Record<string, unknown>;
  let over = 0;
  try {
    await ensureDemoCounty(app);
    const existing = await count(app, 'cases');
    const load = existing < COUNT ? await loadCases(app, COUNT - existing, 2_000, log) : null;
    const spreadSeconds = await spreadOnce(app);
    if (spreadSeconds !== null) log(`  日期分布与汇总表重建 ${spreadSeconds.toFixed(1)} 秒`);
    const today = app.today();
    const township = (
      await app.db
        .selectFrom('agencies')
        .select('id')
        .where('kind', '=', 'township')
        .orderBy('region_code')
        .executeTakeFirstOrThrow()
    ).id;
    period = { from: addDays(today, -1825), to: today };
    const loadBefore = loadavg();
    const figures = await timeFigures(app, {
      county5y: period,
      county1y: { from: addDays(today, -365), to: today },
      township5y: { ...period, agencyId: township },
    });
    over += figures.over;
    const loadFigures = loadavg();
    const alertRuns = await timeAlertRuns(app);
    report = {
      kind: app.database.kind,
      cases: await count(app, 'cases'),
      actions: await count(app, 'case_actions'),
      counterRows: await count(app, 'case_day_counts'),
      load,
      spreadSeconds,
      targetMs: TARGET_MS,
      overTarget: figures.over,
      loadavg: { beforeFigures: loadBefore, afterFigures: loadFigures },
      results: figures.results,
      alertRuns,
    };
  } finally {
    await database.close();
    release();
  }
  let stall: StallReport | null = null;
  try {
    if (STALL) {
      log(`  卡顿测量（${app.database.kind}）…`);
      stall = await measureStall(
        { kind: app.database.kind, env: e, drop: () => undefined },
        {
          clients: Number(process.env.BENCH_STALL_CLIENTS ?? 10),
          readers: Number(process.env.BENCH_STALL_READERS ?? 2),
          seconds: Number(process.env.BENCH_STALL_SECONDS ?? 20),
          warmup: Number(process.env.BENCH_STALL_WARMUP ?? 5),
          period,
        },
        log,
      );
      if (stall.ratio > STALL_TARGET) over++;
    }
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ ...report, stall })}\n`);
  if (over) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
