// The evidence custody ledger (security.md §4.2): one row per event, chained per case with
// SHA-256 or SM3 (entry hash covers the previous hash), each link sealed with an HMAC whose key lives
// outside the database. Appends are serialised per case by an advisory lock.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { CryptoSuite } from '../../../config';
import { sealSuiteOf } from '../../../platform/audit';
import type { Db, Tx } from '../../../db/schema';
import type { LedgerEvent } from '../../../db/tables/cases';

export const LEDGER_GENESIS = '0'.repeat(64);

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

export const sha256Hex = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface LedgerEntry {
  caseId: string;
  evidenceId: string;
  event: LedgerEvent;
  contentSha256: string;
  metadata: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  at: Date;
  sourceIp: string | null;
  details?: Record<string, unknown>;
}

interface ChainFields {
  case_id: string;
  seq: number;
  evidence_id: string;
  event: string;
  content_sha256: string;
  metadata_sha256: string;
  actor_id: string | null;
  at: Date;
  details: unknown;
}

// Links follow the deployment's suite like the audit chain (ZHIFA_CRYPTO): an SM3 link says so
// (`sm3:` + hex) and is sealed with HMAC-SM3; a bare hex link is SHA-256. Content hashes stay
// SHA-256: they are what the capture client computed.
export function ledgerHash(prevHash: string, r: ChainFields, suite: CryptoSuite = 'intl'): string {
  const body = canonicalJson([
    r.case_id,
    r.seq,
    r.evidence_id,
    r.event,
    r.content_sha256,
    r.metadata_sha256,
    r.actor_id,
    r.at.toISOString(),
    r.details ?? {},
  ]);
  if (suite === 'sm') return `sm3:${crypto.createHash('sm3').update(prevHash).update('\n').update(body).digest('hex')}`;
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

const suiteOfLink = (hash: string): CryptoSuite => (hash.startsWith('sm3:') ? 'sm' : 'intl');
const seal = (key: Buffer, hash: string) =>
  crypto
    .createHmac(suiteOfLink(hash) === 'sm' ? 'sm3' : 'sha256', key)
    .update(hash)
    .digest('hex');

export async function appendLedger(tx: Tx, key: Buffer, e: LedgerEntry): Promise<number> {
  await sql`select pg_advisory_xact_lock(7243101, hashtext(${e.caseId}))`.execute(tx);
  const last = await tx
    .selectFrom('evidence_ledger')
    .select(['seq', 'hash'])
    .where('case_id', '=', e.caseId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row: ChainFields = {
    case_id: e.caseId,
    seq: (last?.seq ?? 0) + 1,
    evidence_id: e.evidenceId,
    event: e.event,
    content_sha256: e.contentSha256,
    metadata_sha256: sha256Hex(canonicalJson(e.metadata)),
    actor_id: e.actorId,
    // Millisecond precision: what the timestamp column stores and reads back, so the hash verifies.
    at: new Date(e.at.getTime()),
    details: e.details ?? {},
  };
  const prevHash = last?.hash ?? LEDGER_GENESIS;
  const hash = ledgerHash(prevHash, row, sealSuiteOf(key));
  await tx
    .insertInto('evidence_ledger')
    .values({
      ...row,
      event: e.event,
      actor_name: e.actorName,
      source_ip: e.sourceIp,
      details: JSON.stringify(row.details),
      prev_hash: prevHash,
      hash,
      seal: seal(key, hash),
    })
    .execute();
  return row.seq;
}

export interface LedgerVerification {
  ok: boolean;
  rows: number;
  /** First seq whose link or seal does not verify. */
  brokenAt: number | null;
}

export async function verifyLedger(db: Db, key: Buffer, caseId: string): Promise<LedgerVerification> {
  const rows = await db
    .selectFrom('evidence_ledger')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  let prev = LEDGER_GENESIS;
  for (const r of rows) {
    const expected = ledgerHash(prev, { ...r, details: r.details }, suiteOfLink(r.hash));
    if (r.prev_hash !== prev || r.hash !== expected || r.seal !== seal(key, r.hash))
      return { ok: false, rows: rows.length, brokenAt: r.seq };
    prev = r.hash;
  }
  return { ok: true, rows: rows.length, brokenAt: null };
}
