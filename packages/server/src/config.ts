import path from 'node:path';

export type Mode = 'demo' | 'production' | 'test';

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  /** Embedded PGlite data folder (ignored when databaseUrl is set). */
  dataDir: string;
  /** Content-addressed evidence store (write-once files named by SHA-256). */
  evidenceDir: string;
  databaseUrl?: string;
  /** Folder holding the keys that must live outside the database (audit seal, field encryption). */
  keyDir: string;
  require2fa: boolean;
  lockout: { maxFailures: number; lockMinutes: number };
  session: { absoluteHours: number };
  loginRateLimit: { max: number; windowMs: number };
  demoPassword?: string;
  vacuumIntervalMinutes: number;
  /** ZHIFA_CLOCK_FILE: a file moving the server's clock for browser tests (src/demo/test-clock.ts); never in production. */
  clockFile?: string;
  webDist: string;
  logLevel: string;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const mode = (env.ZHIFA_MODE as Mode) || 'demo';
  if (!['demo', 'production', 'test'].includes(mode)) throw new Error(`ZHIFA_MODE 只能是 demo 或 production，收到：${mode}`);
  const dataDir = path.resolve(env.ZHIFA_DATA_DIR || path.join(ROOT, 'data'));
  if (mode === 'production' && env.ZHIFA_CLOCK_FILE) {
    throw new Error('生产模式下不允许设置 ZHIFA_CLOCK_FILE：测试时钟只用于演示和测试，生产环境必须使用真实时间。');
  }
  return {
    mode,
    port: int(env.PORT, 3000),
    host: env.HOST || '0.0.0.0',
    dataDir,
    evidenceDir: path.resolve(env.ZHIFA_EVIDENCE_DIR || path.join(dataDir, 'evidence')),
    databaseUrl: env.DATABASE_URL || undefined,
    keyDir: path.resolve(env.ZHIFA_KEY_DIR || path.join(dataDir, 'keys')),
    require2fa: env.ZHIFA_REQUIRE_2FA === '1',
    lockout: { maxFailures: int(env.ZHIFA_LOCK_FAILURES, 5), lockMinutes: int(env.ZHIFA_LOCK_MINUTES, 30) },
    session: { absoluteHours: 12 },
    loginRateLimit: { max: int(env.ZHIFA_LOGIN_RATE_MAX, 20), windowMs: 60_000 },
    demoPassword: env.ZHIFA_DEMO_PASSWORD || undefined,
    vacuumIntervalMinutes: int(env.ZHIFA_VACUUM_MINUTES, 360),
    clockFile: env.ZHIFA_CLOCK_FILE ? path.resolve(env.ZHIFA_CLOCK_FILE) : undefined,
    webDist: path.join(ROOT, 'packages/web/dist'),
    logLevel: env.LOG_LEVEL || 'info',
    ...overrides,
  };
}

export const REPO_ROOT = ROOT;
