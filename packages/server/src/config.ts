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
  /**
   * ZHIFA_TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For
   * is believed. Empty (the default): the peer address is the client, whatever headers say.
   */
  trustedProxies: string[];
  /** ZHIFA_SESSIONS_ON_LOGIN: `end` signs out the account's other sessions at each sign-in; `offer` (default) tells the user and lets them end them. */
  sessionsOnLogin: 'end' | 'offer';
  /** ZHIFA_CRYPTO: `intl` (SHA-256, HMAC-SHA-256, AES-256-GCM) or `sm` (SM3, HMAC-SM3, SM4) for what is written from now on. */
  cryptoSuite: CryptoSuite;
  /** Accounts unused this long are warned, then disabled (ZHIFA_IDLE_WARN_DAYS / ZHIFA_IDLE_DISABLE_DAYS); null: not enforced. */
  idleAccounts: { warnDays: number; disableDays: number } | null;
  /** Seconds between audit-chain checkpoints written to the key folder (ZHIFA_CHECKPOINT_SECONDS, at most 60). */
  checkpointSeconds: number;
  /** Minutes between scheduled runs of the alert rules (0: only on demand). */
  alertIntervalMinutes: number;
  /**
   * ZHIFA_DASHBOARD_CACHE_SECONDS: how long a dashboard figure, once computed for a scope and
   * filter, is served as it is (default 60; 0 computes every read, as the test mode does).
   */
  dashboardCacheSeconds: number;
  /** ZHIFA_PUBLIC_URL: the address the public reaches the platform at; decisions' QR codes open pages under it. */
  publicBaseUrl: string;
  /**
   * The public complaint form (security.md S34): photos kept outside any web root
   * (ZHIFA_COMPLAINT_DIR), submissions per source address and hour (ZHIFA_COMPLAINTS_PER_HOUR),
   * after how many in the hour a question must be answered (ZHIFA_COMPLAINT_CHALLENGE_AFTER), and
   * the largest photo in bytes (ZHIFA_COMPLAINT_PHOTO_MB).
   */
  complaints: { dir: string; perHour: number; challengeAfter: number; photoMaxBytes: number };
}

export type CryptoSuite = 'intl' | 'sm';

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function idleAccounts(env: NodeJS.ProcessEnv, mode: Mode): Config['idleAccounts'] {
  // Off by default outside production: demo and test clocks jump months ahead and would disable
  // every demo account. Setting either variable turns it on in any mode.
  if (env.ZHIFA_IDLE_DISABLE_DAYS === '0') return null;
  if (mode !== 'production' && !env.ZHIFA_IDLE_DISABLE_DAYS && !env.ZHIFA_IDLE_WARN_DAYS) return null;
  const disableDays = int(env.ZHIFA_IDLE_DISABLE_DAYS, 90);
  const warnDays = Math.min(int(env.ZHIFA_IDLE_WARN_DAYS, disableDays - 10), disableDays - 1);
  return { warnDays, disableDays };
}

// packages/server/src/config.ts and the bundle packages/server/dist/*.js are both two levels below
// the server package, three below the repository root.
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const mode = (env.ZHIFA_MODE as Mode) || 'demo';
  if (!['demo', 'production', 'test'].includes(mode))
    throw new Error(`ZHIFA_MODE 只能是 demo 或 production，收到：${mode}`);
  const dataDir = path.resolve(env.ZHIFA_DATA_DIR || path.join(ROOT, 'data'));
  if (env.ZHIFA_SESSIONS_ON_LOGIN && !['end', 'offer'].includes(env.ZHIFA_SESSIONS_ON_LOGIN)) {
    throw new Error(`ZHIFA_SESSIONS_ON_LOGIN 只能是 end 或 offer，收到：${env.ZHIFA_SESSIONS_ON_LOGIN}`);
  }
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
    trustedProxies: list(env.ZHIFA_TRUSTED_PROXIES),
    sessionsOnLogin: env.ZHIFA_SESSIONS_ON_LOGIN === 'end' ? 'end' : 'offer',
    cryptoSuite: cryptoSuite(env.ZHIFA_CRYPTO),
    idleAccounts: idleAccounts(env, mode),
    checkpointSeconds: Math.min(int(env.ZHIFA_CHECKPOINT_SECONDS, 60), 60),
    alertIntervalMinutes: env.ZHIFA_ALERT_INTERVAL_MINUTES === '0' ? 0 : int(env.ZHIFA_ALERT_INTERVAL_MINUTES, 60),
    dashboardCacheSeconds:
      env.ZHIFA_DASHBOARD_CACHE_SECONDS === '0' ? 0 : int(env.ZHIFA_DASHBOARD_CACHE_SECONDS, mode === 'test' ? 0 : 60),
    publicBaseUrl: (env.ZHIFA_PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    complaints: {
      dir: path.resolve(env.ZHIFA_COMPLAINT_DIR || path.join(dataDir, 'complaints')),
      perHour: int(env.ZHIFA_COMPLAINTS_PER_HOUR, 10),
      challengeAfter: int(env.ZHIFA_COMPLAINT_CHALLENGE_AFTER, 3),
      photoMaxBytes: int(env.ZHIFA_COMPLAINT_PHOTO_MB, 8) * 1024 * 1024,
    },
    ...overrides,
  };
}

function cryptoSuite(value: string | undefined): CryptoSuite {
  if (value === undefined || value === '' || value === 'intl') return 'intl';
  if (value === 'sm') return 'sm';
  throw new Error(`ZHIFA_CRYPTO 只能是 intl（国际算法）或 sm（国密算法 SM3/SM4），收到：${value}`);
}

export const REPO_ROOT = ROOT;
