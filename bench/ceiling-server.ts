// The floor under every figure of bench/cases.ts: Fastify and node-postgres with no application
// at all, on the same machine. A route that does nothing, one that sends one insert, and one that
// runs a four-statement transaction (begin, select, insert, commit). No case command, which also
// authenticates, validates, decides and writes its audit row, can be cheaper than the last one.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query('create table if not exists bench_ceiling (id bigserial primary key, v text not null)');
await pool.query("insert into bench_ceiling (id, v) values (1, 'bench') on conflict do nothing");
const app = Fastify();
app.post('/none', () => ({ ok: true }));
app.post('/one', async (req) => {
  const r = await pool.query('insert into bench_ceiling (v) values ($1) returning id', [(req.body as { v: string }).v]);
  return { id: r.rows[0].id };
});
app.post('/tx4', async (req) => {
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query('select count(*) from bench_ceiling where id = $1', [1]);
    const r = await c.query('insert into bench_ceiling (v) values ($1) returning id', [(req.body as { v: string }).v]);
    await c.query('commit');
    return { id: r.rows[0].id };
  } finally {
    c.release();
  }
});
// One select by primary key: the floor under a read page (bench/disclosure.ts).
app.get('/select', async () => {
  const r = await pool.query('select id, v from bench_ceiling where id = $1', [1]);
  return { rows: r.rowCount };
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
