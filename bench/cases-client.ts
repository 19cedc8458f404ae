// The case benchmark's HTTP clients: officers of the demo townships sign in, each takes its own
// set of open cases, then (1) sends case commands — an interview record on a case under
// investigation, a statement on a case in its statement period — keeping expectedVersion current,
// and (2) walks filtered case lists page by page with the keyset cursor.
import { TOWNSHIP_PINYIN } from '../packages/server/src/demo/county';
import { call } from './http-client';
import { signIn, type BenchServer } from './lib';

export interface Stats {
  requests: number;
  errors: number;
  /** Requests per second, failed ones included. */
  rps: number;
  /** Successful requests per second. */
  okRps: number;
  p50: number;
  p99: number;
  errorKinds: Record<string, number>;
}

interface Target {
  id: string;
  version: number;
  status: string;
}

export interface Officer {
  username: string;
  township: string;
  cookie: string;
  /** Person ids of the case officers (承办人员) on this township's cases, the client among them. */
  officers: string[];
  cases: Target[];
  next: number;
}

/** The statuses the bench's commands apply to, and the command for each. */
const COMMAND_FOR: Record<string, 'recordInterview' | 'recordStatement'> = {
  investigating: 'recordInterview',
  noticeServed: 'recordStatement',
};
const TOWNSHIPS = Object.keys(TOWNSHIP_PINYIN);
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
/** Half an hour ago in Beijing ('YYYY-MM-DDTHH:MM'): an interview cannot be recorded before it began. */
const chinaHalfHourAgo = () => new Date(Date.now() + 8 * 3_600_000 - 1_800_000).toISOString().slice(0, 16);

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${res.url}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

function stats(latencies: number[], errors: number, seconds: number, errorKinds: Record<string, number>): Stats {
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / seconds,
    okRps: (latencies.length - errors) / seconds,
    p50: q(0.5),
    p99: q(0.99),
    errorKinds,
  };
}

/** Closed loop: each client sends its next request when the last one returns. */
export async function closedLoop<C>(
  seconds: number,
  clients: C[],
  step: (c: C) => Promise<string | null>,
): Promise<Stats> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const t = performance.now();
        const error = await step(c).catch((e: Error) => `exception ${e.message.slice(0, 80)}`);
        latencies.push(performance.now() - t);
        if (error) {
          errors++;
          errorKinds[error] = (errorKinds[error] ?? 0) + 1;
        }
      }
    }),
  );
  return stats(latencies, errors, seconds, errorKinds);
}

/**
 * `clients` officers: officer1 of each township, then officer2 of each, … Each township's open
 * cases (those the officers handle, from the list) are dealt out among its clients so no two
 * clients ever touch the same case.
 */
export async function signInOfficers(server: BenchServer, clients: number, casesPerClient: number): Promise<Officer[]> {
  const officers: Officer[] = [];
  for (let i = 0; i < clients; i++) {
    const township = TOWNSHIPS[i % TOWNSHIPS.length];
    const username = `${township}.officer${1 + Math.floor(i / TOWNSHIPS.length)}`;
    officers.push({ username, township, cookie: await signIn(server, username), officers: [], cases: [], next: 0 });
  }
  for (const township of TOWNSHIPS) {
    const mine = officers.filter((o) => o.township === township);
    if (mine.length === 0) continue;
    const wanted = mine.length * casesPerClient;
    const found: Target[] = [];
    let after: string | null = null;
    do {
      const q = new URLSearchParams({
        status: Object.keys(COMMAND_FOR).join(','),
        assigned: 'me',
        limit: '200',
        ...(after ? { after } : {}),
      });
      const page: { items: Target[]; next: string | null } = await json(
        await fetch(`${server.url}/api/cases?${q.toString()}`, { headers: { cookie: mine[0].cookie } }),
      );
      found.push(...page.items.map((c) => ({ id: c.id, version: c.version, status: c.status })));
      after = page.next;
    } while (after && found.length < wanted);
    if (found.length === 0) throw new Error(`${township}: no open cases for the bench's commands`);
    const detail: { state: { officerIds: string[] } } = await json(
      await fetch(`${server.url}/api/cases/${found[0].id}`, { headers: { cookie: mine[0].cookie } }),
    );
    found.slice(0, wanted).forEach((c, k) => mine[k % mine.length].cases.push(c));
    for (const o of mine) o.officers = detail.state.officerIds;
  }
  return officers.filter((o) => o.cases.length > 0);
}

export function commandStep(server: BenchServer, run: string) {
  let n = 0;
  return async (o: Officer): Promise<string | null> => {
    const target = o.cases[o.next++ % o.cases.length];
    const today = chinaToday();
    const seq = n++;
    const type = COMMAND_FOR[target.status];
    const payload =
      type === 'recordInterview'
        ? {
            recordId: `XW-${run}-${seq}`,
            officerIds: o.officers,
            startedAt: chinaHalfHourAgo(),
            place: '综合行政执法办公室',
            certificatesShown: true,
            signature: { partySigned: true },
            interviewee: '当事人',
            summary: '当事人对违法事实无异议，对现场检查笔录记载的情况予以确认。',
            avEvidenceId: 'DEMO-AV-1',
          }
        : { receivedOn: today, form: 'written', content: '当事人提交书面陈述：已整改完毕，请求从轻处罚。' };
    const commandId = `bench-${run}-${seq}`;
    const res = await call(`${server.url}/api/cases/${target.id}/commands`, {
      method: 'POST',
      headers: { cookie: o.cookie, 'content-type': 'application/json', 'idempotency-key': commandId },
      body: JSON.stringify({ commandId, expectedVersion: target.version, type, payload }),
    });
    const body = res.body as {
      version?: number;
      code?: string;
      details?: { currentVersion?: number; refusals?: { code: string }[] };
    };
    if (res.status === 200) {
      target.version = body.version!;
      return null;
    }
    if (typeof body.details?.currentVersion === 'number') target.version = body.details.currentVersion;
    return `${res.status} ${body.code ?? ''}${body.details?.refusals ? ` ${body.details.refusals.map((r) => r.code).join(',')}` : ''}`;
  };
}

/** The list filters an officer uses every day: my open cases, the agency's closed ones, my cases awaiting service or payment. */
export const LIST_FILTERS = [
  { name: '本人承办·调查/告知', query: { status: 'investigating,noticeServed', assigned: 'me' } },
  { name: '本机关·已结案/归档', query: { status: 'closed,archived' } },
  { name: '本人承办·待送达/执行', query: { status: 'decided,served,summaryServed', assigned: 'me' } },
] as const;

interface Walker {
  officer: Officer;
  filter: number;
  page: number;
  after: string | null;
}

/** One page per step: the first page of a filter, then the next `pages - 1` by the cursor, then the next filter. */
export function listStep(server: BenchServer, pages: number, limit: number, perFilter: number[][]) {
  return async (w: Walker): Promise<string | null> => {
    const f = LIST_FILTERS[w.filter];
    const q = new URLSearchParams({ ...f.query, limit: String(limit), ...(w.after ? { after: w.after } : {}) });
    const t = performance.now();
    const res = await call(`${server.url}/api/cases?${q.toString()}`, { headers: { cookie: w.officer.cookie } });
    const body = res.body as { items?: unknown[]; next?: string | null; code?: string };
    perFilter[w.filter].push(performance.now() - t);
    if (res.status !== 200) return `${res.status} ${body.code ?? ''}`;
    w.page++;
    w.after = body.next ?? null;
    if (!w.after || w.page >= pages) {
      w.filter = (w.filter + 1) % LIST_FILTERS.length;
      w.page = 0;
      w.after = null;
    }
    return body.items && body.items.length > 0 ? null : 'empty page';
  };
}

export function walkers(officers: Officer[]): Walker[] {
  return officers.map((officer, i) => ({ officer, filter: i % LIST_FILTERS.length, page: 0, after: null }));
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}
