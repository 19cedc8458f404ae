import { load, pgbenchTps, signIn, startBenchServer } from './lib';

/**
 * `npm run bench`: pgbench -N TPS on the local PostgreSQL server, then an authenticated JSON
 * write route (validate, authorise, write, audit row — one transaction) under 10 concurrent
 * clients on PostgreSQL and on PGlite, each as a ratio of the pgbench figure.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const fmt = (n: number, d = 1) => n.toFixed(d);

const tps = pgbenchTps(SECONDS);
console.log(`pgbench -N (10 clients, ${SECONDS}s): ${fmt(tps)} TPS`);

for (const kind of ['postgres', 'pglite'] as const) {
  const server = await startBenchServer(kind);
  try {
    const cookie = await signIn(server, 'sysadmin');
    const agencies = (await (await fetch(`${server.url}/api/agencies`, { headers: { cookie } })).json()) as {
      id: string;
    }[];
    const agencyId = agencies[0].id;
    const run = Date.now().toString(36);
    const result = await load(SECONDS, 10, async (i) => {
      const res = await fetch(`${server.url}/api/agencies/${agencyId}/teams`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${i}` },
        body: JSON.stringify({ name: `压测队-${run}-${i}` }),
      });
      await res.arrayBuffer();
      return res.status === 201;
    });
    console.log(
      `${kind.padEnd(8)} POST /api/agencies/:id/teams (10 clients): ${fmt(result.rps)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, errors ${result.errors}; ratio to pgbench ${fmt(result.rps / tps, 3)}`,
    );
  } finally {
    await server.stop();
  }
}
if (process.env.BENCH_CASES === '1') {
  process.env.BENCH_PGBENCH_TPS ??= String(tps);
  await import('./cases');
}
