// ZHIFA_CLOCK_FILE: the clock browser tests move while the server runs, and its refusal in production.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/bootstrap';
import { loadConfig, REPO_ROOT } from '../../src/config';
import { fileClock, parseClockFile } from '../../src/demo/test-clock';

const DAY_MS = 86_400_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function clockFile(content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-clock-'));
  dirs.push(dir);
  const file = path.join(dir, 'clock.json');
  fs.writeFileSync(file, content);
  return file;
}

/** Replace the file the way the e2e helper does: write aside, then rename over it. */
function replace(file: string, content: string) {
  fs.writeFileSync(`${file}.tmp`, content);
  fs.renameSync(`${file}.tmp`, file);
}

describe('the test clock file', () => {
  it('adds offsetDays to the real time and follows a changed file, looking at it at most every 200 ms', () => {
    const file = clockFile('{"offsetDays": 10}');
    let real = Date.parse('2026-03-02T01:00:00Z');
    const now = fileClock(file, { realNow: () => real });
    expect(now().toISOString()).toBe('2026-03-12T01:00:00.000Z');

    replace(file, '{"offsetDays": 12.5}');
    real += 100;
    // Within 200 ms of the last look the old offset stands: now() must not hit the disk per call.
    expect(now().getTime()).toBe(real + 10 * DAY_MS);
    real += 150;
    expect(now().getTime()).toBe(real + 12.5 * DAY_MS);
  });

  it('keeps the last offset while the file is half-written or gone, and takes the next valid one', () => {
    const file = clockFile('{"offsetDays": 3}');
    let real = Date.parse('2026-03-02T01:00:00Z');
    const now = fileClock(file, { realNow: () => real });
    replace(file, '{"offsetDa');
    real += 1000;
    expect(now().getTime()).toBe(real + 3 * DAY_MS);
    fs.rmSync(file);
    real += 1000;
    expect(now().getTime()).toBe(real + 3 * DAY_MS);
    replace(file, '{"offsetDays": -1}');
    real += 1000;
    expect(now().getTime()).toBe(real - DAY_MS);
  });

  it('refuses at start a missing file or content other than {"offsetDays": n}', () => {
    expect(() => fileClock(path.join(os.tmpdir(), 'zhifa-no-such-clock.json'))).toThrow(/不存在/);
    for (const bad of ['', '[]', '{"offsetDays": "3"}', '{"now": "2026-03-02"}', '{"offsetDays": 1, "extra": 2}']) {
      expect(() => parseClockFile(bad, 'clock.json'), bad).toThrow(/测试时钟文件 clock\.json/);
    }
    expect(() => fileClock(clockFile('{"offsetDays": null}'))).toThrow(/offsetDays/);
  });

  it('is read from ZHIFA_CLOCK_FILE in demo and test mode and moves app.now() of the opened platform', async () => {
    const file = clockFile('{"offsetDays": 30}');
    expect(loadConfig({ ZHIFA_MODE: 'demo', ZHIFA_CLOCK_FILE: file }).clockFile).toBe(file);
    expect(loadConfig({ ZHIFA_MODE: 'test' }).clockFile).toBeUndefined();
    const dataDir = path.dirname(file);
    const config = loadConfig({
      ZHIFA_MODE: 'test',
      ZHIFA_CLOCK_FILE: file,
      ZHIFA_DATA_DIR: dataDir,
      DATABASE_URL: '',
    });
    const { app, database, release } = await openPlatform(config, { ephemeral: true });
    try {
      const ahead = app.now().getTime() - Date.now();
      expect(ahead).toBeGreaterThan(30 * DAY_MS - 60_000);
      expect(ahead).toBeLessThanOrEqual(30 * DAY_MS);
    } finally {
      await database.close();
      release();
    }
  }, 120_000);

  it('production mode refuses ZHIFA_CLOCK_FILE: loadConfig throws and the server does not start', async () => {
    const file = clockFile('{"offsetDays": 0}');
    expect(() => loadConfig({ ZHIFA_MODE: 'production', ZHIFA_CLOCK_FILE: file })).toThrow(
      /生产模式下不允许设置 ZHIFA_CLOCK_FILE/,
    );

    let out = '';
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--conditions=source',
        path.join(REPO_ROOT, 'packages/server/src/main.ts'),
      ],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          ZHIFA_MODE: 'production',
          ZHIFA_CLOCK_FILE: file,
          ZHIFA_DATA_DIR: path.dirname(file),
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: '',
          ZHIFA_DEMO_PASSWORD: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(out).toContain('启动失败');
    expect(out).toContain('生产模式下不允许设置 ZHIFA_CLOCK_FILE');
    // Refused before the data folder was touched.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['clock.json']);
  }, 60_000);
});
