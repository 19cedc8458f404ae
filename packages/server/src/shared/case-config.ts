// The procedure's configurable numbers (DEFAULT_CASE_CONFIG), with a county's departures stored
// under the setting `cases.config` (e.g. a sector's 备案 period or the 较大数额 thresholds).
import { DEFAULT_CASE_CONFIG, type CaseConfig } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) {
    if (k in out) out[k] = merge(out[k], v);
  }
  return out as T;
}

export async function loadCaseConfig(db: Kysely<DB>): Promise<CaseConfig> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'cases.config').executeTakeFirst();
  return caseConfigFrom(row?.value);
}

/** The configuration from the setting's stored value (undefined or null: the defaults). */
export function caseConfigFrom(stored: unknown): CaseConfig {
  const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  return merge(DEFAULT_CASE_CONFIG, value ?? undefined);
}
