// `npm run bench:dashboard` (issue 14): one county's five years of cases, and every dashboard
// query timed on it. The demo county is seeded, BENCH_DASHBOARD_CASES cases (default 100,000)
// are cloned with their actions by the set-based loader (bench/cases-load.ts), spread over the five
// years before today, the day counters are rebuilt from them (ADR 0016), and each figure is read
// BENCH_DASHBOARD_RUNS times (default 5) for the county over five years, over one year and for
// one township. Target: every query ≤ 1 s (issue 14: at 1,000,000 cases, on PostgreSQL and PGlite).
//
// PGlite by default, in a fresh folder (ZHIFA_DATA_DIR names one; run it on a fresh one, as the
// spread moves every case's dates again); DATABASE_URL for PostgreSQL.
// Prints one JSON line: the load report and, per figure and filter, the median and the slowest run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { DASHBOARD_FIGURES, type DashboardFigure } from '@zhifa/contract';
import { openPlatform } from '../packages/server/src/bootstrap';
import { loadConfig } from '../packages/server/src/config';
import { ensureDemoCounty } from '../packages/server/src/demo/seed';
import { readFigure } from '../packages/server/src/modules/dashboard/read-figure';
import { rebuildDayCounters } from '../packages/server/src/modules/dashboard/rebuild-counters';
import { loadCases } from './cases-load';

const COUNT = Number(process.env.BENCH_DASHBOARD_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 5);
const TARGET_MS = 1_000;
const COUNTY = '440703';

const log = (s: string) => process.stderr.write(`${s}\n`);

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    ZHIFA_MODE: 'demo',
    ZHIFA_DEMO_PASSWORD: process.env.ZHIFA_DEMO_PASSWORD ?? 'Bench-Passw0rd!2025',
  };
  if (!e.DATABASE_URL && !e.ZHIFA_DATA_DIR)
    e.ZHIFA_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-dashboard-'));
  return e;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const { app, database, release } = await openPlatform(loadConfig(env()));
  try {
    await ensureDemoCounty(app);
    const existing = Number(
      (await sql<{ n: string }>`select count(*)::text as n from cases`.execute(app.db)).rows[0].n,
    );
    const load = existing < COUNT ? await loadCases(app, COUNT - existing, 2_000, log) : null;
    const today = app.today();
    // The clones keep their templates' dates: spread every case over the five years before today
    // (a stable offset from its id), so the counters hold five years of days.
    const t0 = performance.now();
    await sql`update cases set
        filed_on = filed_on - (abs(hashtext(id::text)) % 1825),
        decided_on = decided_on - (abs(hashtext(id::text)) % 1825),
        closed_on = closed_on - (abs(hashtext(id::text)) % 1825)
      where filed_on is not null`.execute(app.db);
    await sql`update case_officers o set assigned_on = o.assigned_on - (abs(hashtext(o.case_id::text)) % 1825)`.execute(
      app.db,
    );
    await rebuildDayCounters(app.db);
    await app.database.exec('VACUUM (ANALYZE)');
    log(`  日期分布与汇总表重建 ${((performance.now() - t0) / 1000).toFixed(1)} 秒`);

    const township = (
      await app.db
        .selectFrom('agencies')
        .select('id')
        .where('kind', '=', 'township')
        .orderBy('region_code')
        .executeTakeFirstOrThrow()
    ).id;
    const filters = {
      county5y: { from: addDays(today, -1825), to: today },
      county1y: { from: addDays(today, -365), to: today },
      township5y: { from: addDays(today, -1825), to: today, agencyId: township },
    };
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
        log(`  ${figure.padEnd(9)} ${name.padEnd(11)} 中位 ${r.medianMs} ms，最慢 ${r.maxMs} ms`);
      }
    }
    const cases = Number((await sql<{ n: string }>`select count(*)::text as n from cases`.execute(app.db)).rows[0].n);
    const counters = Number(
      (await sql<{ n: string }>`select count(*)::text as n from case_day_counts`.execute(app.db)).rows[0].n,
    );
    process.stdout.write(
      `${JSON.stringify({ kind: app.database.kind, cases, counterRows: counters, load, targetMs: TARGET_MS, overTarget: over, results })}\n`,
    );
    if (over) process.exitCode = 1;
  } finally {
    await database.close();
    release();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
