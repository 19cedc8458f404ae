// Bulk loader of the case benchmark: clones the demo county's cases — each made by the real command
// pipeline, so every log is a lawful fold — into N cases with set-based SQL
// (insert … select … from generate_series), in batches, straight into the tables.
//
// Run as a CLI against the same environment the server will use (DATABASE_URL, or ZHIFA_DATA_DIR
// for PGlite; ZHIFA_MODE=demo, ZHIFA_DEMO_PASSWORD): it opens the platform, seeds the demo county
// if needed, loads BENCH_CASES_COUNT cases (BENCH_CASES_BATCH per transaction, stopping early once
// BENCH_CASES_LOAD_BUDGET seconds have passed; BENCH_CASES_VERBOSE=1 prints every batch with the
// seconds spent per table), runs VACUUM (ANALYZE), closes and prints one JSON line (LoadReport).
// A second run on the same database appends more clones of the same templates.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { openPlatform } from '../packages/server/src/bootstrap';
import { loadConfig } from '../packages/server/src/config';
import type { Db } from '../packages/server/src/db/schema';
import { ensureDemoCounty } from '../packages/server/src/demo/seed';
import { exercisableItems } from '../packages/server/src/modules/delegation/exercisable';
import type { AppContext } from '../packages/server/src/platform/context';
import { buildTemplates, type TemplateSet } from './cases-templates';

/** Rows of these tables belong to one case and are cloned with it, in this order (foreign keys). */
export const CASE_TABLES = [
  'cases',
  'case_actions',
  'case_officers',
  'case_deadlines',
  'documents',
  'item_usage',
] as const;
/** Serials of the clones' case and document numbers start above this, clear of the counters real cases use. */
const SERIAL_OFFSET = 100_000;
const SURNAMES = '陈李黄张梁林吴刘何罗谭冯邓区甄余郑叶许钟胡赵周'.split('');
const GIVEN = [
  '志强',
  '丽华',
  '建军',
  '晓敏',
  '国栋',
  '嘉怡',
  '伟明',
  '秀英',
  '俊杰',
  '慧玲',
  '振华',
  '思颖',
  '家豪',
  '婉婷',
  '锦荣',
  '雪梅',
  '永康',
  '淑贞',
  '子健',
  '美玲',
  '文',
  '芳',
  '明',
  '珊',
  '华',
];

export interface LoadReport {
  kind: string;
  loaded: number;
  total: number;
  seconds: number;
  vacuumSeconds: number;
  actions: number;
  byStatus: Record<string, number>;
  templates: number;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (xs: readonly string[]) => `array[${xs.map(lit).join(',')}]::text[]`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const PLACEHOLDER = /⟦(ID|P|N\d+)⟧/g;

interface Column {
  name: string;
  type: string;
  /** Placeholders its template values hold (then it is staged as text and substituted). */
  placeholders: string[];
}

/** The value clone g puts in place of a placeholder. */
function placeholderValue(p: string, salt: string): string {
  // An RFC 4122 version-4 shape (version and variant digits set), as gen_random_uuid() makes.
  if (p === 'ID')
    return `overlay(overlay(md5(${lit(salt)} || g::text) placing '4' from 13) placing '8' from 17)::uuid::text`;
  if (p === 'P')
    return `(${arr(SURNAMES)})[1 + g % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + (g / ${SURNAMES.length}) % ${GIVEN.length}]`;
  const k = Number(p.slice(1));
  return `coalesce(i.nh[${k + 1}] || (${SERIAL_OFFSET}::bigint + g::bigint * i.nstep + ${k} * least(i.nstep - 1, 1))::text || i.nt[${k + 1}], '')`;
}

/** Columns of each case table, and which placeholders each column's template values hold. */
async function caseColumns(db: Db, t: TemplateSet): Promise<Map<string, Column[]>> {
  const out = new Map<string, Column[]>();
  for (const table of CASE_TABLES) {
    const cols = await sql<{ name: string; type: string }>`
      select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = ${table}::regclass and attnum > 0 and not attisdropped order by attnum`.execute(db);
    const found = new Map<string, Set<string>>();
    for (const tpl of t.templates) {
      for (const row of tpl.rows) {
        if (row.table !== table) continue;
        for (const [name, value] of Object.entries(JSON.parse(row.body) as Record<string, unknown>)) {
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          for (const m of text.matchAll(PLACEHOLDER)) found.set(name, (found.get(name) ?? new Set()).add(m[1]));
        }
      }
    }
    out.set(
      table,
      cols.rows.map((c) => ({ name: c.name, type: c.type, placeholders: [...(found.get(c.name) ?? [])].sort() })),
    );
  }
  return out;
}

/**
 * Clone g's value of a column: the staged value, with its placeholders substituted (text staged,
 * cast back), or an override (each clone's own document ids; case times spread so the
 * (updated_at, id) order the lists page through is not a few bunches of equal timestamps —
 * closed cases over three years, open ones over three months).
 */
function columnValue(table: string, c: Column, salt: string): string {
  const back = `make_interval(mins => ((g::bigint * 7919) % i.span_minutes)::int)`;
  if (table === 'cases' && (c.name === 'updated_at' || c.name === 'created_at')) return `r.${ident(c.name)} - ${back}`;
  if (table === 'documents' && c.name === 'id') return 'gen_random_uuid()';
  if (c.placeholders.length === 0) return `r.${ident(c.name)}`;
  let e = `r.${ident(c.name)}`;
  for (const p of c.placeholders) e = `replace(${e}, '⟦${p}⟧', ${placeholderValue(p, salt)})`;
  return `(${e})::${c.type}`;
}

function insertSql(table: string, columns: Column[], lo: number, hi: number, slots: number, salt: string): string {
  return `insert into ${table} (${columns.map((c) => ident(c.name)).join(', ')})
    select ${columns.map((c) => columnValue(table, c, salt)).join(',\n      ')}
    from generate_series(${lo}, ${hi}) g
    join bench_pick p on p.slot = g % ${slots}
    join bench_tpl_info i on i.tpl = p.tpl
    join bench_tpl_${table} r on r.tpl = p.tpl`;
}

const STAGING = ['bench_tpl_rows', 'bench_tpl_info', 'bench_pick', ...CASE_TABLES.map((t) => `bench_tpl_${t}`)];

/** Template rows into typed staging tables, one per case table; columns with placeholders as text. */
async function stage(db: Db, t: TemplateSet, columns: Map<string, Column[]>): Promise<void> {
  await sql.raw(`drop table if exists ${STAGING.join(', ')}`).execute(db);
  await sql
    .raw(`create unlogged table bench_tpl_rows (tpl int not null, tbl text not null, body text not null)`)
    .execute(db);
  await sql
    .raw(
      `create unlogged table bench_tpl_info (tpl int primary key, nh text[] not null, nt text[] not null, nstep int not null, span_minutes int not null)`,
    )
    .execute(db);
  await sql.raw(`create unlogged table bench_pick (slot int primary key, tpl int not null)`).execute(db);
  for (const tpl of t.templates) {
    await db
      .insertInto('bench_tpl_info' as never)
      .values({
        tpl: tpl.index,
        nh: tpl.numberHeads,
        nt: tpl.numberTails,
        nstep: tpl.numberStep,
        span_minutes: tpl.spanMinutes,
      })
      .execute();
    const rows = tpl.rows.map((r) => ({ tpl: tpl.index, tbl: r.table, body: r.body }));
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto('bench_tpl_rows' as never)
        .values(rows.slice(i, i + 200))
        .execute();
  }
  const picks = t.slots.map((tpl, slot) => ({ slot, tpl }));
  for (let i = 0; i < picks.length; i += 500)
    await db
      .insertInto('bench_pick' as never)
      .values(picks.slice(i, i + 500))
      .execute();
  for (const table of CASE_TABLES) {
    const cols = columns.get(table)!;
    const text = cols.filter((c) => c.placeholders.length > 0).map((c) => c.name);
    await sql
      .raw(
        `create unlogged table bench_tpl_${table} (tpl int not null, ${cols.map((c) => `${ident(c.name)} ${text.includes(c.name) ? 'text' : c.type}`).join(', ')})`,
      )
      .execute(db);
    await sql
      .raw(
        `insert into bench_tpl_${table}
         select r.tpl, ${cols.map((c) => (text.includes(c.name) ? `x.j ->> ${lit(c.name)}` : `rec.${ident(c.name)}`)).join(', ')}
         from bench_tpl_rows r
         cross join lateral (select r.body::jsonb as j) x
         cross join lateral jsonb_populate_record(null::${table}, x.j - ${arr(text)}) rec
         where r.tbl = ${lit(table)}`,
      )
      .execute(db);
    await sql.raw(`analyze bench_tpl_${table}`).execute(db);
  }
  await sql.raw(`analyze bench_tpl_info, bench_pick`).execute(db);
}

interface Progress {
  salt: string;
  loaded: number;
  /** The demo cases the clones were made from (later runs append from the same ones). */
  sourceCaseIds: string[];
}

async function readProgress(db: Db): Promise<Progress | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'bench.cases').executeTakeFirst();
  return (row?.value as Progress | undefined) ?? null;
}

async function saveProgress(db: Db, p: Progress): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: 'bench.cases', value: JSON.stringify(p) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(p), updated_at: new Date() }))
    .execute();
}

/**
 * Load `count` more cases (the demo's own cases are the templates), `batch` per transaction;
 * with a budget, stop after the batch that passes it (the count loaded is in the report).
 */
export async function loadCases(
  app: AppContext,
  count: number,
  batch: number,
  log: (s: string) => void,
  budgetSeconds?: number,
  verbose = false,
): Promise<LoadReport> {
  const db = app.db;
  const started = performance.now();
  const earlier = await readProgress(db);
  const t = await buildTemplates(
    db,
    (agencyId, date) => exercisableItems(db, agencyId, date),
    earlier?.sourceCaseIds ?? null,
  );
  if (t.templates.length === 0) throw new Error('没有可用作模板的演示案件（演示数据未加载或案件模块未生成演示案件）');
  const columns = await caseColumns(db, t);
  await stage(db, t, columns);
  const salt = earlier?.salt ?? crypto.randomBytes(6).toString('hex');
  const first = (earlier?.loaded ?? 0) + 1;
  const last = first + count - 1;
  const timings: Record<string, number> = {};
  let loaded = 0;
  for (let lo = first; lo <= last; lo += batch) {
    const hi = Math.min(last, lo + batch - 1);
    await db.transaction().execute(async (tx) => {
      // The clones copy rows that met every constraint, re-pointed at rows that exist (the
      // batch's own cases, the township's people, the agency, the catalogue item), so the
      // foreign-key triggers are skipped for the load (superuser; PGlite runs as one).
      await sql.raw(`set local session_replication_role = replica`).execute(tx);
      for (const table of CASE_TABLES) {
        const t0 = performance.now();
        await sql.raw(insertSql(table, columns.get(table)!, lo, hi, t.slots.length, salt)).execute(tx);
        timings[table] = (timings[table] ?? 0) + (performance.now() - t0) / 1000;
      }
      await saveProgress(tx, { salt, loaded: hi, sourceCaseIds: t.sourceCaseIds });
    });
    loaded = hi - first + 1;
    const elapsed = (performance.now() - started) / 1000;
    if (verbose || loaded % Math.max(batch, 50_000) < batch || hi === last) {
      log(
        `  已载入 ${loaded.toLocaleString()} / ${count.toLocaleString()} 件（${elapsed.toFixed(0)} 秒）${verbose ? ` ${JSON.stringify(timings, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}` : ''}`,
      );
    }
    if (budgetSeconds && elapsed > budgetSeconds && hi < last) {
      log(`  载入时限 ${budgetSeconds} 秒已到：停在 ${loaded.toLocaleString()} 件`);
      break;
    }
  }
  await sql.raw(`drop table ${STAGING.join(', ')}`).execute(db);
  const loadedAt = performance.now();
  // PGlite has no autovacuum; on PostgreSQL this keeps autovacuum's catch-up after the bulk
  // insert (and its visibility-map work) out of the measured runs.
  await app.database.exec('VACUUM (ANALYZE)');
  const done = performance.now();
  const counts = await sql<{
    status: string;
    n: string;
  }>`select status, count(*)::text as n from cases group by status order by 2 desc`.execute(db);
  const actions = await sql<{ n: string }>`select count(*)::text as n from case_actions`.execute(db);
  const byStatus = Object.fromEntries(counts.rows.map((r) => [r.status, Number(r.n)]));
  return {
    kind: app.database.kind,
    loaded,
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    seconds: (loadedAt - started) / 1000,
    vacuumSeconds: (done - loadedAt) / 1000,
    actions: Number(actions.rows[0].n),
    byStatus,
    templates: t.templates.length,
  };
}

async function main() {
  const count = Number(process.env.BENCH_CASES_COUNT ?? 1_000_000);
  const batch = Number(process.env.BENCH_CASES_BATCH ?? 2_000);
  const config = loadConfig();
  const { app, database, release } = await openPlatform(config);
  try {
    const t0 = performance.now();
    await ensureDemoCounty(app);
    process.stderr.write(`  演示数据 ${((performance.now() - t0) / 1000).toFixed(1)} 秒\n`);
    const budget = Number(process.env.BENCH_CASES_LOAD_BUDGET ?? 0) || undefined;
    const report = await loadCases(
      app,
      count,
      batch,
      (s) => process.stderr.write(`${s}\n`),
      budget,
      !!process.env.BENCH_CASES_VERBOSE,
    );
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await database.close();
    release();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
