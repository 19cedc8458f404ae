import { sql } from 'kysely';
import type { Config } from './config';
import { openDatabase, type Database } from './db/database';
import { acquireDataDirLock } from './db/lock';
import { migrate } from './db/migrate';
import { createAppContext, type AppContext } from './platform/context';
import { ephemeralKeys, loadOrCreateKeys } from './platform/keys';
import { ensureReferenceData } from './modules/system/reference-data';
import { fileClock } from './demo/test-clock';
import { selfTestNationalAlgorithms } from './platform/crypto-suite';

export interface Opened {
  app: AppContext;
  database: Database;
  release: () => void;
}

/**
 * Open the database for this process: lock the embedded data folder, connect, migrate and load
 * the reference data every installation needs (holiday calendars, laws). Shared by the server and the CLIs.
 */
export async function openPlatform(config: Config, options: { ephemeral?: boolean } = {}): Promise<Opened> {
  // Before touching the database: a wrong clock file should fail the start at once.
  const now = clockOf(config);
  // Known-answer tests before anything is written with the national algorithms (security.md S25).
  if (config.cryptoSuite === 'sm') selfTestNationalAlgorithms();
  let release = () => {};
  if (!config.databaseUrl) release = acquireDataDirLock(config.dataDir);
  try {
    const database = await openDatabase(
      config.databaseUrl
        ? { url: config.databaseUrl }
        : { dataDir: options.ephemeral ? undefined : `${config.dataDir}/pgdata` },
    );
    await migrate(database);
    const keys = options.ephemeral ? ephemeralKeys() : loadOrCreateKeys(config.keyDir);
    const app = createAppContext(config, database, keys, now);
    await ensureReferenceData(app);
    return { app, database, release };
  } catch (err) {
    release();
    throw err;
  }
}

/** The test clock when one is configured (loadConfig has already refused it in production). */
function clockOf(config: Config): (() => Date) | undefined {
  if (!config.clockFile) return undefined;
  if (config.mode === 'production') throw new Error('生产模式下不允许使用测试时钟（ZHIFA_CLOCK_FILE）');
  return fileClock(config.clockFile);
}

/** Administrator roles (三权分立) that no enabled account holds yet, by Chinese label. */
export async function missingAdministrators(app: AppContext): Promise<string[]> {
  const labels: Record<string, string> = {
    systemAdmin: '系统管理员',
    securityAdmin: '安全管理员',
    auditAdmin: '审计管理员',
  };
  const rows = await sql<{ role: string }>`select distinct unnest(roles) as role from users where not disabled`.execute(
    app.db,
  );
  const present = new Set(rows.rows.map((r) => r.role));
  return Object.keys(labels)
    .filter((r) => !present.has(r))
    .map((r) => labels[r]);
}
