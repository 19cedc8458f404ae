import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { load, PG_ADMIN_URL, prepareDatabase, psql, ROOT, signIn, startServer, type PreparedDatabase } from './lib';

/**
 * `npm run bench:disclosure` (issue 13): the public portal over many published renditions, on
 * PostgreSQL. BENCH_RENDITIONS (1,000,000) published renditions are loaded set-based (one
 * insert … select each for the documents and the renditions) beside the demo county; then, with
 * BENCH_CLIENTS (10) closed-loop clients for BENCH_SECONDS (10) each:
 * - the public list (newest first, a page deep in it) and the search (a word in the party's name)
 *   — p50 and p99; target p99 ≤ 100 ms;
 * - the 一案一码 page of random published decisions — requests per second, beside the bare
 *   one-select route of bench/ceiling-server.ts measured in the same run on the same database
 *   server; target ≥ 0.5 × the ceiling;
 * - the same page again while BENCH_STAFF_CLIENTS (4) staff clients read lists (disclosure tasks,
 *   cases): the portal's rate and p99 with the staff side busy, and the staff side's own.
 * The scratch databases are dropped at the end, unless BENCH_DATABASE names the database: then it is
 * kept (with the server's folder beside it, `<tmp>/<name>-server`), and a later run on it loads
 * nothing when it already holds the published renditions.
 */
const N = Number(process.env.BENCH_RENDITIONS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
/** Staff clients reading lists while the portal is measured again (BENCH_STAFF_CLIENTS). */
const STAFF_CLIENTS = Number(process.env.BENCH_STAFF_CLIENTS ?? 4);

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function get(url: string, cookie?: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: cookie ? { cookie } : {} }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

/** Documents and published renditions, generated in the database: two statements. */
async function loadRenditions(url: string, n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const c = await client.query<{ id: string; agency_id: string; name: string }>(
      `select c.id, c.agency_id, a.name from cases c join agencies a on a.id = c.agency_id
       where c.procedure = 'ordinary' order by c.created_at limit 1`,
    );
    const { id: caseId, agency_id: agencyId, name: agencyName } = c.rows[0];
    await client.query('set synchronous_commit = off');
    await client.query(
      `insert into documents (id, case_id, agency_id, kind, number, title, action_seq, issued_on, issued_at, payload)
       select gen_random_uuid(), $1, $2, 'penaltyDecision', 'bench罚〔2026〕' || i || '号', '行政处罚决定书', 1,
              date '2026-01-01' + (i % 300), now(), '{}'::jsonb
       from generate_series(1, $3::int) i`,
      [caseId, agencyId, n],
    );
    await client.query(
      `with d as (
         select id, case_id, agency_id, number, issued_on,
                substr($2, 1 + (row_number() over () % 20)::int, 1) || '某' || (row_number() over () % 997) as party
         from documents where number like 'bench罚%'
       ), r as (
         select d.*, jsonb_build_object(
           'format', 1, 'title', $1 || '行政处罚决定书（' || d.number || '）', 'agencyName', $1,
           'documentNumber', d.number, 'decidedOn', d.issued_on::text,
           'party', jsonb_build_object('kind', 'person', 'name', d.party, 'creditCode', null),
           'item', jsonb_build_object('code', 'TC-CG-001', 'name', '擅自占用城市道路摆摊设点'),
           'facts', '当事人在杜阮南路占道摆卖，占用城市道路约10平方米，影响行人通行。', 'evidence', null,
           'basis', jsonb_build_array(jsonb_build_object('title', '城市道路管理条例', 'article', '第四十二条')),
           'penalty', '罚款人民币500元', 'benchmark', '一般：适用裁量基准第三项一般情形',
           'reasoning', '当事人首次违法，配合调查。',
           'steps', jsonb_build_array(jsonb_build_object('label', '立案', 'on', d.issued_on::text),
                                      jsonb_build_object('label', '作出决定', 'on', d.issued_on::text))
         ) as rendition, lower(d.number || ' ' || d.party || ' 擅自占用城市道路摆摊设点') as words
         from d
       )
       insert into disclosure_renditions (document_id, case_id, agency_id, agency_name, document_number, decided_on,
         due_on, status, rendition, search_text, search_grams, search_keys, published_on, published_at, published_by,
         publication_ends_on, created_at, updated_at)
       select r.id, r.case_id, r.agency_id, $1, r.number, r.issued_on, r.issued_on + 9, 'published', r.rendition,
              r.words,
              array(select distinct substr(r.words, g, 2) from generate_series(1, length(r.words) - 1) g
                    where substr(r.words, g, 2) !~ '\\s'),
              -- The same pairs tagged with the month of publication (as publishing tags them).
              array(select distinct substr(r.words, g, 2) || ':' || (extract(year from r.issued_on + 1)::int * 12
                             + extract(month from r.issued_on + 1)::int - 1)
                    from generate_series(1, length(r.words) - 1) g where substr(r.words, g, 2) !~ '\\s'),
              r.issued_on + 1, now(), (select id from users where 'agencyHead' = any(roles) limit 1),
              date '2029-12-31', now(), now()
       from r`,
      [agencyName, SURNAMES],
    );
    // A settled table, as autovacuum leaves it: the visibility map lets the search read its index only.
    await client.query('vacuum analyze disclosure_renditions');
    await client.query('analyze documents');
  } finally {
    await client.end();
  }
}

async function ceilingSelect(url: string): Promise<{ rps: number; p99: number }> {
  const port = 20000 + ((process.pid + 7) % 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/ceiling-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`ceiling server exited (${code})`)));
    });
    const send = async () => (await get(`http://127.0.0.1:${port}/select`)).status === 200;
    await load(Math.min(3, SECONDS), CLIENTS, send);
    const r = await load(SECONDS, CLIENTS, send);
    return { rps: r.rps, p99: r.p99 };
  } finally {
    child.kill('SIGTERM');
  }
}

/** The published renditions a kept database already holds (0 when it does not exist yet). */
async function publishedCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const r = await client.query<{ n: string }>(
      `select count(*) as n from disclosure_renditions where status = 'published'`,
    );
    return Number(r.rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A kept database's server folder (its field-encryption key): kept beside it, found by its name. */
const keptFolder = (name: string) => path.join(os.tmpdir(), `${name}-server`);

/** A kept database as it is, with its own server folder. */
function reuse(name: string, url: string): PreparedDatabase {
  const folder = prepareDatabase('pglite', 'zhifa_disclosure_bench');
  fs.rmSync(folder.env.ZHIFA_DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(keptFolder(name), { recursive: true });
  return {
    ...folder,
    kind: 'postgres',
    env: { ...folder.env, ZHIFA_DATA_DIR: keptFolder(name), DATABASE_URL: url },
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const kept = process.env.BENCH_DATABASE;
  const name = kept ?? `zhifa_disclosure_bench_${process.pid}`;
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const loaded = kept ? await publishedCount(url.toString()) : 0;
  if (kept && loaded === 0) {
    psql(`drop database if exists ${kept} with (force)`);
    psql(`create database ${kept}`);
    fs.rmSync(keptFolder(kept), { recursive: true, force: true });
  }
  const db = kept ? reuse(kept, url.toString()) : prepareDatabase('postgres', 'zhifa_disclosure_bench', name);
  const server = await startServer(db);
  try {
    if (loaded === 0) {
      const t0 = performance.now();
      await loadRenditions(url.toString(), N);
      console.log(`已载入 ${N.toLocaleString()} 条已公示决定：${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } else console.log(`沿用 ${name}：${loaded.toLocaleString()} 条已公示决定`);

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const ids = (
      await client.query<{ document_id: string }>(
        `select document_id from disclosure_renditions where status = 'published' order by random() limit 2000`,
      )
    ).rows.map((r) => r.document_id);
    await client.end();

    const deepPage = Math.max(1, Math.min(50, Math.floor(N / 20 / 10)));
    const cases = [
      { label: '公开列表 第 1 页', path: () => '/public/decisions' },
      { label: `公开列表 第 ${deepPage} 页`, path: () => `/public/decisions?page=${deepPage}` },
      {
        label: '搜索 当事人（“王某1”）',
        path: (i: number) => `/public/decisions?q=${encodeURIComponent(`王某${(i % 9) + 1}`)}`,
      },
      {
        label: '搜索 文号（“罚〔2026〕12”）',
        path: (i: number) => `/public/decisions?q=${encodeURIComponent(`罚〔2026〕${(i % 90) + 10}`)}`,
      },
    ];
    const rows: string[] = [];
    for (const c of cases) {
      const send = async (i: number) => (await get(`${server.url}${c.path(i)}`)).status === 200;
      await load(Math.min(2, SECONDS), CLIENTS, send);
      const r = await load(SECONDS, CLIENTS, send);
      rows.push(
        `${c.label.padEnd(28)} p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  ${r.rps.toFixed(0)} 次/秒  错误 ${r.errors}`,
      );
    }
    const page = async (i: number) => {
      const r = await get(`${server.url}/public/decisions/${ids[i % ids.length]}`);
      return r.status === 200 && r.bytes < 50 * 1024;
    };
    await load(Math.min(3, SECONDS), CLIENTS, page);
    const qr = await load(SECONDS, CLIENTS, page);
    // The portal while the staff side is busy: the same page load beside staff list reads (the
    // disclosure tasks with their count over every rendition, the case list), closed loop.
    const cookie = await signIn(server, 'duruan.head');
    const STAFF = ['/api/disclosure/tasks?page=3', '/api/cases', '/api/disclosure/tasks?due=late'];
    const staff = async (i: number) => (await get(`${server.url}${STAFF[i % STAFF.length]}`, cookie)).status === 200;
    const [busy, staffSide] = await Promise.all([load(SECONDS, CLIENTS, page), load(SECONDS, STAFF_CLIENTS, staff)]);
    const ceiling = await ceilingSelect(url.toString());
    console.log(rows.join('\n'));
    console.log(
      `一案一码页面                 ${qr.rps.toFixed(0)} 次/秒  p50 ${ms(qr.p50)}  p99 ${ms(qr.p99)}  错误 ${qr.errors}`,
    );
    console.log(
      `一案一码页面（员工端同时列表查询）${busy.rps.toFixed(0)} 次/秒  p50 ${ms(busy.p50)}  p99 ${ms(busy.p99)}  错误 ${busy.errors}`,
    );
    console.log(
      `  员工端列表（${STAFF_CLIENTS} 个客户端）     ${staffSide.rps.toFixed(0)} 次/秒  p50 ${ms(staffSide.p50)}  p99 ${ms(staffSide.p99)}  错误 ${staffSide.errors}`,
    );
    console.log(`空壳单条 select（上限）      ${ceiling.rps.toFixed(0)} 次/秒  p99 ${ms(ceiling.p99)}`);
    console.log(`一案一码 / 上限 = ${(qr.rps / ceiling.rps).toFixed(2)}（目标 ≥ 0.5）`);
  } finally {
    await server.stop();
    // A kept database stays, with its server folder.
    if (!kept) {
      db.drop();
      psql(`drop database if exists ${name} with (force)`);
    }
  }
}

await main();
