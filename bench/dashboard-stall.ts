// The dashboard benchmark's stall phase (issue 14: reports never stall writes). Against the real
// server on the loaded database, the case commands of bench/cases-client.ts for a fixed time
// alone, then for the same time while readers load dashboard figures over HTTP without pause and
// alert runs execute one after another (started through POST /api/alerts/runs, as a supervisor
// would, and polled). Target: command p99 with the reports ≤ 2 × the p99 without them.
import os from 'node:os';
import { DASHBOARD_FIGURES } from '@zhifa/contract';
import { closedLoop, commandStep, signInOfficers, type Officer, type Stats } from './cases-client';
import { call } from './http-client';
import { signIn, startServer, type BenchServer, type PreparedDatabase } from './lib';

interface Disturbed {
  commands: Stats;
  reads: { requests: number; errors: number; p50: number; p99: number; max: number };
  alertRuns: { started: number; finished: number; seconds: number[] };
  /** Load average at the end of the measured window. */
  load: string;
}

export interface StallReport {
  clients: number;
  readers: number;
  seconds: number;
  without: Stats;
  loadBefore: string;
  loadAfter: string;
  readersOnly: Disturbed;
  alertsOnly: Disturbed;
  both: Disturbed;
  /** Command p99 with readers and alert runs ÷ without. */
  ratio: number;
}

export const STALL_TARGET = 2;

const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

interface Period {
  from: string;
  to: string;
}

/** A reader: every figure in turn, for the county over the period, until `stop` says so. */
async function readFigures(server: BenchServer, cookie: string, period: Period, stop: () => boolean, out: number[]) {
  let errors = 0;
  for (let i = 0; !stop(); i++) {
    const figure = DASHBOARD_FIGURES[i % DASHBOARD_FIGURES.length];
    const t = performance.now();
    const res = await call(`${server.url}/api/dashboard/${figure}?from=${period.from}&to=${period.to}`, {
      headers: { cookie },
    });
    out.push(performance.now() - t);
    if (res.status !== 200) errors++;
  }
  return errors;
}

/** Alert runs one after another (each started, then polled every 500 ms) until `stop`; the seconds of those that finished. */
async function alertRuns(server: BenchServer, cookie: string, stop: () => boolean) {
  const seconds: number[] = [];
  let started = 0;
  for (let n = 0; !stop(); n++) {
    const t = performance.now();
    const res = await call(`${server.url}/api/alerts/runs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ rules: 'all', commandId: `bench-alert-run-${Date.now().toString(36)}-${n}` }),
    });
    if (res.status !== 202) throw new Error(`alert run not started: ${res.status} ${JSON.stringify(res.body)}`);
    started++;
    const id = (res.body as { id: string }).id;
    for (;;) {
      await sleep(500);
      const latest = await call(`${server.url}/api/alerts/runs/latest`, { headers: { cookie } });
      const run = (latest.body as { run: { id: string; status: string } | null }).run;
      if (run?.id === id && (run.status === 'finished' || run.status === 'failed')) {
        seconds.push((performance.now() - t) / 1000);
        break;
      }
      // A run longer than the window goes on into the next one (runs are serialised per server).
      if (stop()) break;
    }
  }
  return { started, finished: seconds.length, seconds };
}

/** Commands measured while `readers` read figures and (with a supervisor's cookie) alert runs follow one another. */
async function withReports(
  server: BenchServer,
  officers: Officer[],
  step: (o: Officer) => Promise<string | null>,
  opts: { seconds: number; period: Period },
  readerCookies: string[],
  supervisor: string | null,
): Promise<Disturbed> {
  let stopped = false;
  const stop = () => stopped;
  const latencies: number[] = [];
  const runs = supervisor
    ? alertRuns(server, supervisor, stop)
    : Promise.resolve({ started: 0, finished: 0, seconds: [] });
  const readers = readerCookies.map((c) => readFigures(server, c, opts.period, stop, latencies));
  // The readers and the first run get going before the measured window opens.
  await sleep(1000);
  const commands = await closedLoop(opts.seconds, officers, step);
  stopped = true;
  const load = loadavg();
  const errors = (await Promise.all(readers)).reduce((a, b) => a + b, 0);
  return {
    commands,
    reads: {
      requests: latencies.length,
      errors,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: quantile(latencies, 1),
    },
    alertRuns: await runs,
    load,
  };
}

/**
 * The stall measurement on a server started on `db` (its own single connection on PGlite, a pool
 * on PostgreSQL): `clients` command clients, `readers` dashboard readers and one alert-run client.
 */
export async function measureStall(
  db: PreparedDatabase,
  opts: { clients: number; readers: number; seconds: number; warmup: number; period: Period },
  log: (s: string) => void,
): Promise<StallReport> {
  // Scheduled runs off: the only alert runs are the ones this phase starts.
  const server = await startServer({ ...db, env: { ...db.env, ZHIFA_ALERT_INTERVAL_MINUTES: '0' } });
  try {
    const officers = await signInOfficers(server, opts.clients, 300);
    const supervisor = await signIn(server, 'coordinator');
    const readerCookies = await Promise.all(Array.from({ length: opts.readers }, () => signIn(server, 'coordinator')));
    const step = commandStep(server, `s${Date.now().toString(36)}`);
    if (opts.warmup > 0) await closedLoop(opts.warmup, officers, step);
    const loadBefore = loadavg();
    const without = await closedLoop(opts.seconds, officers, step);
    const loadAfter = loadavg();
    log(
      `  命令（无报表）：${without.okRps.toFixed(1)} 次/秒，p50 ${without.p50.toFixed(1)} ms，p99 ${without.p99.toFixed(1)} ms，错误 ${without.errors}；负载 ${loadBefore} → ${loadAfter}`,
    );
    // With the readers alone, with the alert runs alone, then with both (the target's case): which
    // of the two costs the commands what.
    const readersOnly = await withReports(server, officers, step, opts, readerCookies, null);
    const alertsOnly = await withReports(server, officers, step, opts, [], supervisor);
    const both = await withReports(server, officers, step, opts, readerCookies, supervisor);
    const ratio = both.commands.p99 / without.p99;
    for (const [label, r] of [
      ['只有驾驶舱读取', readersOnly],
      ['只有预警运行', alertsOnly],
      ['驾驶舱读取与预警运行同时', both],
    ] as const)
      log(
        `  命令（${label}）：${r.commands.okRps.toFixed(1)} 次/秒，p50 ${r.commands.p50.toFixed(1)} ms，p99 ${r.commands.p99.toFixed(1)} ms（${(r.commands.p99 / without.p99).toFixed(2)} ×），错误 ${r.commands.errors}；` +
          `驾驶舱读取 ${r.reads.requests} 次（错误 ${r.reads.errors}），p50 ${r.reads.p50.toFixed(0)} ms，p99 ${r.reads.p99.toFixed(0)} ms；` +
          `预警运行 ${r.alertRuns.finished}/${r.alertRuns.started} 次完成（${r.alertRuns.seconds.map((x) => x.toFixed(1)).join('、')} 秒）；负载 ${r.load}`,
      );
    log(`  p99 比值 ${ratio.toFixed(2)}（目标 ≤ ${STALL_TARGET}：${ratio <= STALL_TARGET ? '达标' : '未达标'}）`);
    return {
      clients: officers.length,
      readers: opts.readers,
      seconds: opts.seconds,
      without,
      loadBefore,
      loadAfter,
      readersOnly,
      alertsOnly,
      both,
      ratio,
    };
  } finally {
    await server.stop();
  }
}
