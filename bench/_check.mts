import { openPlatform } from '../packages/server/src/bootstrap';
import { loadConfig } from '../packages/server/src/config';
import { foldRow, loadActions, loadCaseRow } from '../packages/server/src/modules/cases/load-case';
import { sql } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
const { app, database, release } = await openPlatform(loadConfig());
const db = app.db;
const rows = await sql<{ id: string; state: any; version: number; status: string }>`select id, state, version, status from cases order by random() limit 200`.execute(db);
let bad = 0;
for (const r of rows.rows) {
  const row = await loadCaseRow(db, r.id);
  const actions = await loadActions(db, r.id);
  const folded = JSON.parse(JSON.stringify(foldRow(row, actions)));
  if (actions.length !== r.version || !isDeepStrictEqual(folded, r.state) || folded.status !== r.status) { bad++; if (bad < 3) console.log('MISMATCH', r.id, r.status, folded.status, actions.length, r.version, JSON.stringify(folded).slice(0,300), '\n', JSON.stringify(r.state).slice(0,300)); }
}
console.log('checked', rows.rows.length, 'bad', bad);
console.log((await sql`select number, title, party_name, status, updated_at from cases order by updated_at desc limit 5`.execute(db)).rows);
console.log((await sql`select count(*) as n, count(distinct agency_id) as a, count(distinct number) as nn, count(distinct party_name) as p from cases`.execute(db)).rows);
console.log((await sql`select a.short_name, c.status, count(*) from cases c join agencies a on a.id=c.agency_id group by 1,2 order by 1,2`.execute(db)).rows.length);
console.log((await sql`select kind, number from documents where number is not null order by random() limit 5`.execute(db)).rows);
await database.close(); release();
