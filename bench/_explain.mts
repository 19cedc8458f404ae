import { sql } from 'kysely';
import { openPlatform } from '../packages/server/src/bootstrap';
import { loadConfig } from '../packages/server/src/config';
import { exercisableItems } from '../packages/server/src/modules/delegation/exercisable';
import { buildTemplates } from './cases-templates';
import { stage, insertSql, CASE_TABLES, caseColumns } from './cases-load';
const { app, database, release } = await openPlatform(loadConfig());
const db = app.db;
const prog = (await db.selectFrom('settings').select('value').where('key', '=', 'bench.cases').executeTakeFirst())!.value as any;
const t = await buildTemplates(db, (a, d) => exercisableItems(db, a, d), prog.sourceCaseIds);
const columns = await caseColumns(db, t);
await stage(db, t, columns);
const lo = Number(process.env.LO ?? 900000), n = Number(process.env.N ?? 1000);
if (process.env.SQL) console.log(insertSql('cases', columns.get('cases')!, lo, lo + n - 1, t.slots.length, 'x'));
await db.transaction().execute(async (tx) => {
  await sql.raw(`set local session_replication_role = replica`).execute(tx);
  for (const table of CASE_TABLES) {
    const q = insertSql(table, columns.get(table)!, lo, lo + n - 1, t.slots.length, 'x');
    const t0 = performance.now();
    const r = await sql.raw(`explain (analyze, buffers) ${q}`).execute(tx);
    console.log(table, (performance.now() - t0).toFixed(0), 'ms');
    if (process.env.PLAN) console.log((r.rows as any[]).map((x) => x['QUERY PLAN']).join('\n'));
  }
  throw new Error('rollback');
}).catch((e) => console.log(String(e).slice(0, 200)));
await database.close(); release();
