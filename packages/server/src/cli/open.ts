import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlatform, type Opened } from '../bootstrap';
import { loadConfig, type Config } from '../config';
import { DataDirLockedError } from '../db/lock';

/**
 * Open the platform's database from a command-line tool. When a running server holds the
 * embedded data folder, read-only tools work on a snapshot copy instead of touching it.
 */
export async function openForCli(options: {
  readOnly: boolean;
}): Promise<Opened & { config: Config; snapshot: boolean }> {
  const config = loadConfig();
  try {
    return { ...(await openPlatform(config)), config, snapshot: false };
  } catch (err) {
    if (!(err instanceof DataDirLockedError) || !options.readOnly) throw err;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-snapshot-'));
    fs.cpSync(path.join(config.dataDir, 'pgdata'), path.join(tmp, 'pgdata'), { recursive: true });
    const snapConfig = { ...config, dataDir: tmp, keyDir: config.keyDir };
    const opened = await openPlatform(snapConfig);
    return {
      ...opened,
      release: () => {
        opened.release();
        fs.rmSync(tmp, { recursive: true, force: true });
      },
      config: snapConfig,
      snapshot: true,
    };
  }
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
