import { RELEVANCE_SET } from '../packages/server/test/laws/relevance-set';
import { load, signIn, startBenchServer } from './lib';

/**
 * `npm run bench:search`: the law search (GET /api/laws/find) with the reference library and the
 * demo catalogue loaded, 10 concurrent clients sending the relevance set's queries in turn, on
 * PGlite and on the local PostgreSQL (BENCH_KINDS=pglite,postgres). Prints p50/p99 and req/s.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const fmt = (n: number, d = 1) => n.toFixed(d);
const queries = RELEVANCE_SET.map((c) => c.q);

for (const kind of KINDS) {
  const server = await startBenchServer(kind);
  try {
    const cookie = await signIn(server, 'huanshi.officer1');
    const url = (q: string) => `${server.url}/api/laws/find?q=${encodeURIComponent(q)}&date=2026-06-01&limit=15`;
    // The first search builds the process's cache of the library; officers' first search pays it once.
    const t0 = performance.now();
    await (await fetch(url(queries[0]), { headers: { cookie } })).arrayBuffer();
    const first = performance.now() - t0;
    for (const q of queries) await (await fetch(url(q), { headers: { cookie } })).arrayBuffer();
    const result = await load(SECONDS, CLIENTS, async (i) => {
      const res = await fetch(url(queries[i % queries.length]), { headers: { cookie } });
      await res.arrayBuffer();
      return res.status === 200;
    });
    console.log(
      `${kind.padEnd(8)} GET /api/laws/find (${CLIENTS} clients, ${queries.length} queries in turn, ${SECONDS}s): ${fmt(result.rps)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, errors ${result.errors}; first search ${fmt(first)} ms`,
    );
  } finally {
    await server.stop();
  }
}
