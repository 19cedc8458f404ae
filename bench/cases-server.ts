// The case benchmark's bulk load: the demo county seeded and the cases loaded by the loader CLI in
// a process of its own, on a database from lib.ts's prepareDatabase.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, TSX, type PreparedDatabase } from './lib';
import type { LoadReport } from './cases-load';

function run(args: string[], env: Record<string, string>, onStderr: (s: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, '--conditions=source', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      onStderr(String(d));
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${err.slice(-4000)}`)),
    );
  });
}

/** Seed the demo county and bulk-load `count` cases in a process of its own (the loader CLI). */
export async function loadDatabase(
  db: PreparedDatabase,
  count: number,
  budgetSeconds: number,
  log: (s: string) => void,
): Promise<LoadReport> {
  const env = { ...db.env, BENCH_CASES_COUNT: String(count), BENCH_CASES_LOAD_BUDGET: String(budgetSeconds) };
  const out = await run([path.join(ROOT, 'bench/cases-load.ts')], env, (s) => log(s.trimEnd()));
  return JSON.parse(out.trim().split('\n').at(-1)!) as LoadReport;
}
