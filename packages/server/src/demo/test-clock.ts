// A clock that browser tests can move while the server runs: ZHIFA_CLOCK_FILE names a JSON file
// `{ "offsetDays": n }` whose offset is added to the real time. Demo and test mode only; loadConfig
// refuses it in production, where the time of every record must be the real one.
import fs from 'node:fs';
import { chinaDate } from '../platform/clock';

const DAY_MS = 86_400_000;
const SHAPE = '{"offsetDays": 天数}';

/** The offset in days a clock file holds; throws with a Chinese message when the content is wrong. */
export function parseClockFile(text: string, file: string): number {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`测试时钟文件 ${file} 不是有效的 JSON，应为 ${SHAPE}`);
  }
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : null;
  const days = keys ? (value as { offsetDays?: unknown }).offsetDays : undefined;
  if (!keys || keys.length !== 1 || typeof days !== 'number' || !Number.isFinite(days)) {
    throw new Error(`测试时钟文件 ${file} 的内容应为 ${SHAPE}`);
  }
  return days;
}

export interface FileClockOptions {
  /** The real time in milliseconds (injected by tests of this module). */
  realNow?: () => number;
  /** Look at the file at most this often: now() runs on every request and must stay cheap. */
  minCheckMs?: number;
}

/**
 * `now()` for AppContext: real time plus the file's offset. The file must exist and be valid at
 * start (a wrong path fails the start, not the test an hour later); afterwards it is re-read when
 * its mtime, size or inode (a rename over it) changes, and a file caught half-written keeps the previous offset.
 */
export function fileClock(file: string, { realNow = Date.now, minCheckMs = 200 }: FileClockOptions = {}): () => Date {
  let offsetMs = 0;
  let seen = '';
  let checkedAt = -Infinity;
  const refresh = (atStart: boolean) => {
    try {
      const stat = fs.statSync(file);
      const version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
      if (version === seen) return;
      offsetMs = parseClockFile(fs.readFileSync(file, 'utf8'), file) * DAY_MS;
      seen = version;
    } catch (err) {
      if (!atStart) return;
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(`测试时钟文件 ${file} 不存在（ZHIFA_CLOCK_FILE）`);
      throw err;
    }
  };
  refresh(true);
  return () => {
    const real = realNow();
    if (real - checkedAt >= minCheckMs) {
      checkedAt = real;
      refresh(false);
    }
    return new Date(real + offsetMs);
  };
}

/**
 * ZHIFA_TEST_DATE (YYYY-MM-DD): whole days from today in Beijing to that date, so a whole test run
 * (integration platforms and browser-test servers alike) can be moved to a chosen day — the last
 * days of the last loaded holiday year, a year with no notice — keeping the time of day. 0 when unset.
 */
export function testDateOffsetDays(date: string | undefined, realNow: number = Date.now()): number {
  if (!date) return 0;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`ZHIFA_TEST_DATE 应为 YYYY-MM-DD 格式的日期：${date}`);
  }
  const beijingToday = chinaDate(new Date(realNow));
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${beijingToday}T00:00:00Z`)) / DAY_MS);
}
