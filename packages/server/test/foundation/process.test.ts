import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config';

const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = path.join(REPO_ROOT, 'packages/server/src/main.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-proc-'));
  dirs.push(d);
  return d;
}

async function port(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function start(env: Record<string, string>) {
  let out = '';
  const child = spawn(process.execPath, [TSX, '--conditions=source', MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function waitReady(url: string, child: ChildProcess, output: () => string, marker: string) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(output());
    try {
      if ((await fetch(`${url}/api/ready`)).ok && output().includes(marker)) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready: ${output()}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));

describe('the server process', () => {
  it('locks its data folder: a second start on it fails at once with a clear message; SIGTERM stops it cleanly and frees the lock', async () => {
    const dir = tempDir();
    const p1 = await port();
    const first = start({
      ZHIFA_MODE: 'demo',
      ZHIFA_DATA_DIR: dir,
      PORT: String(p1),
      ZHIFA_DEMO_PASSWORD: 'Demo-Passw0rd!2025',
    });
    await waitReady(`http://127.0.0.1:${p1}`, first.child, first.output, '演示账号');
    expect(first.output()).toContain('duruan.officer1');
    expect(first.output()).toContain('Demo-Passw0rd!2025');

    const second = start({ ZHIFA_MODE: 'demo', ZHIFA_DATA_DIR: dir, PORT: String(await port()) });
    expect(await exited(second.child)).toBe(1);
    expect(second.output()).toMatch(/已被另一个进程.*占用/);

    // An in-flight request finishes before the process exits.
    const inflight = fetch(`http://127.0.0.1:${p1}/api/ready`).then((r) => r.status);
    first.child.kill('SIGTERM');
    expect(await inflight).toBe(200);
    expect(await exited(first.child)).toBe(0);
    expect(fs.existsSync(path.join(dir, 'zhifa.lock'))).toBe(false);
  }, 180_000);

  it('production mode refuses a demo password, loads no demo data, and asks for admin:init; admin:init creates the three administrators', async () => {
    const dir = tempDir();
    const refused = start({
      ZHIFA_MODE: 'production',
      ZHIFA_DATA_DIR: dir,
      PORT: String(await port()),
      ZHIFA_DEMO_PASSWORD: 'Demo-Passw0rd!2025',
    });
    expect(await exited(refused.child)).toBe(1);
    expect(refused.output()).toMatch(/生产模式下不允许设置 ZHIFA_DEMO_PASSWORD/);

    const init = spawnSync(process.execPath, [TSX, '--conditions=source', 'packages/server/src/cli/admin-init.ts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: '',
        ZHIFA_MODE: 'production',
        ZHIFA_DATA_DIR: dir,
        ZHIFA_ADMIN_SYSTEM_PASSWORD: 'Sys#Adm1n-2025x',
        ZHIFA_ADMIN_SECURITY_PASSWORD: 'Sec#Adm1n-2025y',
        ZHIFA_ADMIN_AUDIT_PASSWORD: 'password',
      },
    });
    expect(init.status).not.toBe(0);
    expect(init.stderr).toMatch(/审计管理员密码不符合要求/);

    const p2 = await port();
    const prod = start({ ZHIFA_MODE: 'production', ZHIFA_DATA_DIR: dir, PORT: String(p2) });
    await waitReady(`http://127.0.0.1:${p2}`, prod.child, prod.output, '尚未创建审计管理员');
    const login = await fetch(`http://127.0.0.1:${p2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'duruan.officer1', password: 'Demo-Passw0rd!2025' }),
    });
    expect(login.status).toBe(401);
    const sys = await fetch(`http://127.0.0.1:${p2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sysadmin', password: 'Sys#Adm1n-2025x' }),
    });
    // Outside demo mode an administrator without a second factor enrols at first sign-in.
    expect(((await sys.json()) as { status: string }).status).toBe('enrolmentRequired');
    prod.child.kill('SIGTERM');
    expect(await exited(prod.child)).toBe(0);
  }, 180_000);
});
