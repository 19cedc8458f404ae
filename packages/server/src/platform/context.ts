import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Db } from '../db/schema';
import { registerSealSuite } from './audit';
import { ChainTip } from './chain-append';
import { chinaDate } from './clock';
import { FieldCrypto } from './field-crypto';
import type { Keys } from './keys';

/** Everything a use case may need, created once per process (or per test). */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  keys: Keys;
  fieldCrypto: FieldCrypto;
  /** Injectable clock so deadline and lockout tests need not sleep. */
  now: () => Date;
  /** Today in China Standard Time, from `now` (platform/clock.ts). */
  today: () => string;
  /** The audit chain's tail as this process last wrote it (chain-append.ts). */
  auditTip: ChainTip;
}

export function createAppContext(
  config: Config,
  database: Database,
  keys: Keys,
  now: () => Date = () => new Date(),
): AppContext {
  registerSealSuite(keys.auditSeal, config.cryptoSuite);
  return {
    config,
    database,
    db: database.db,
    keys,
    fieldCrypto: new FieldCrypto(keys, config.cryptoSuite),
    now,
    today: () => chinaDate(now()),
    auditTip: new ChainTip(),
  };
}
