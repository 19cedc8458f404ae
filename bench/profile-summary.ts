// Summaries for bench/profile.ts: a V8 CPU profile of the server cut into the phases of a case
// command, and the CPU time of the processes sharing the machine, read from /proc.
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The phase of a sample is decided by the innermost frame of the application that names one (a
 * file of the server, or one of the domain's entry points: the fold and decide). A sample with
 * no such frame (Fastify parsing a request, node-postgres parsing a reply, the garbage collector)
 * is named by its innermost frame in a known library.
 */
const PHASE_BY_FILE: [RegExp, string][] = [
  [/platform\/(audit|chain-append)\.ts$/, 'audit chain: canonical JSON, SHA-256 link, HMAC seal'],
  [/(write-batch|cases\/project|cases\/documents|cases\/numbers|deadlines)\.ts$/, 'project state + build write batch'],
  [/(command-snapshot|load-case|enforcing-officers)\.ts$/, 'lock + snapshot read (build query, parse rows)'],
  [
    /(prepare-payload|protect-payload|build-context|case-config|calendar-store|exercisable|field-crypto|resolve-citation|people-names|delegation\/.*)\.ts$/,
    'prepare payload + build decision context',
  ],
  [/(assert-strict-payload|cases\/schemas|platform\/schemas)\.ts$/, 'validation (zod schemas)'],
  [/platform\/idempotency\.ts$/, 'command id: fingerprint, claim, stored result'],
  [/(execute-command|command-env|routes-cases|case-actor)\.ts$/, 'execute-command (the rest)'],
  [/(auth\/sessions|platform\/register|platform\/route|platform\/http|src\/app)\.ts$/, 'HTTP: session, route wrapper'],
  [/src\/db\//, 'send statements (named-statement adapter, node-postgres, socket)'],
];
const DOMAIN_ENTRY: [RegExp, string][] = [
  [/^decide$/, 'decide (domain rules)'],
  [/^(foldRow|foldCase|applyCaseAction)$/, 'fold the log (domain)'],
];
const LIBRARY: [(f: CallFrame) => boolean, string][] = [
  [(f) => f.functionName === '(garbage collector)', 'garbage collector'],
  [(f) => f.functionName === '(program)', 'V8 (program: compiler, native)'],
  [(f) => f.functionName === '(idle)', '(idle)'],
  [
    (f) => f.url === '' && /^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(f.functionName),
    'socket writes (system calls)',
  ],
  [(f) => /\/node_modules\/zod\//.test(f.url), 'validation (zod schemas)'],
  [(f) => /fast-json-stringify|fastify-type-provider-zod/.test(f.url), 'serialisation (response)'],
  [
    (f) => /\/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//.test(f.url),
    'node-postgres (send, parse replies)',
  ],
  [(f) => /\/node_modules\/kysely\//.test(f.url), 'Kysely (compile queries, run)'],
  [
    (f) => /\/node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|pino|secure-json-parse)/.test(f.url),
    'Fastify (HTTP parse, routing, hooks, reply)',
  ],
  [(f) => f.url.startsWith('node:'), 'Node core (http, net, streams, timers)'],
];

const APP = /\/packages\/(server\/src|domain\/src)\//;

function phaseOf(f: CallFrame): string | null {
  if (!APP.test(f.url)) return null;
  if (f.url.includes('/packages/domain/')) {
    for (const [re, name] of DOMAIN_ENTRY) if (re.test(f.functionName)) return name;
    return null;
  }
  if (f.functionName === 'foldRow') return 'fold the log (domain)';
  const file = f.url.replace(/\?.*$/, '');
  for (const [re, name] of PHASE_BY_FILE) if (re.test(file)) return name;
  return 'other application code';
}

function libraryOf(f: CallFrame): string | null {
  for (const [test, name] of LIBRARY) if (test(f)) return name;
  if (APP.test(f.url)) return f.url.includes('/packages/domain/') ? 'domain (rules)' : 'application (server)';
  return null;
}

export interface Breakdown {
  /** Busy time in the profile (idle excluded), µs. */
  busyUs: number;
  idleUs: number;
  byPhase: Map<string, number>;
  byLibrary: Map<string, number>;
  /** `phase ← library` pairs: which library's code each phase spends its time in. */
  byPair: Map<string, number>;
}

/** Sample weights: the delta after each sample (the last takes the mean). */
export function summariseProfile(profile: CpuProfile): Breakdown {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, { phase: string; library: string }>();
  const classify = (id: number) => {
    let hit = memo.get(id);
    if (hit) return hit;
    let phase: string | null = null;
    let library: string | null = null;
    for (let n: number | undefined = id; n !== undefined && (!phase || !library); n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      phase ??= phaseOf(f);
      library ??= libraryOf(f);
    }
    library ??= 'other';
    const special = ['garbage collector', 'V8 (program: compiler, native)', '(idle)'];
    hit = { phase: special.includes(library) ? library : (phase ?? library), library };
    memo.set(id, hit);
    return hit;
  };
  const mean = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const out: Breakdown = { busyUs: 0, idleUs: 0, byPhase: new Map(), byLibrary: new Map(), byPair: new Map() };
  profile.samples.forEach((id, i) => {
    const w = profile.timeDeltas[i + 1] ?? mean;
    const { phase, library } = classify(id);
    if (library === '(idle)') {
      out.idleUs += w;
      return;
    }
    out.busyUs += w;
    out.byPhase.set(phase, (out.byPhase.get(phase) ?? 0) + w);
    out.byLibrary.set(library, (out.byLibrary.get(library) ?? 0) + w);
    const pair = phase === library ? phase : `${phase} ← ${library}`;
    out.byPair.set(pair, (out.byPair.get(pair) ?? 0) + w);
  });
  return out;
}

/** The heaviest functions by self time (idle excluded), for a closer look. */
export function topFunctions(profile: CpuProfile, n: number): { name: string; us: number }[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  const mean = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    const file = f.url.replace(/^.*\/(node_modules\/[^/]+|packages\/[^/]+\/src)\//, '$1/').replace(/^file:\/\//, '');
    const key = `${f.functionName || '(anonymous)'} ${file}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? mean));
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, us }));
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (ms) so far of a process, or of all PostgreSQL processes together. */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

export function postgresCpuMs(): number {
  let total = 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      /* ended meanwhile */
    }
  }
  return total;
}

/** The machine's busy and total CPU time (ms, all cores) from /proc/stat. */
export function machineCpuMs(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = line.reduce((a, b) => a + b, 0) * TICK_MS;
  const idle = (line[3] + line[4]) * TICK_MS;
  return { busy: total - idle, total };
}
