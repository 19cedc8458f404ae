import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { CryptoSuite } from '../config';
import type { Db, Tx } from '../db/schema';

export interface AuditEntry {
  actorId?: string | null;
  actorName?: string | null;
  actorRole?: string | null;
  agencyId?: string | null;
  sourceIp?: string | null;
  eventType: string;
  objectType?: string | null;
  objectId?: string | null;
  outcome: 'success' | 'failure' | 'denied';
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
// One advisory lock id for the chain: appends are serialised so the chain stays linear.
export const CHAIN_LOCK = 7_243_001;

export interface ChainHead {
  prevHash: string | null;
  nextSeq: string;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

interface ChainFields {
  seq: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  agency_id: string | null;
  source_ip: string | null;
  event_type: string;
  object_type: string | null;
  object_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  request_id: string | null;
  details: unknown;
}

// The suite a seal key writes with (ZHIFA_CRYPTO), registered when the app context is created:
// every append site passes the key, so the choice travels with it without touching them all.
const suites = new WeakMap<Buffer, CryptoSuite>();

export function registerSealSuite(key: Buffer, suite: CryptoSuite): void {
  suites.set(key, suite);
}

/** The suite registered for a seal key ('intl' when none was). */
export function sealSuiteOf(key: Buffer): CryptoSuite {
  return suites.get(key) ?? 'intl';
}

const SM3_PREFIX = 'sm3:';

/** A link written under SM3 says so (`sm3:` + hex); a bare hex link is SHA-256 (written before the choice existed, or under `intl`). */
export function linkHash(prevHash: string, row: ChainFields, suite: CryptoSuite = 'intl'): string {
  const body = canonical([
    row.seq,
    row.at,
    row.actor_id,
    row.actor_name,
    row.actor_role,
    row.agency_id,
    row.source_ip,
    row.event_type,
    row.object_type,
    row.object_id,
    row.outcome,
    row.request_id,
    row.details ?? {},
  ]);
  if (suite === 'sm')
    return SM3_PREFIX + crypto.createHash('sm3').update(prevHash).update('\n').update(body).digest('hex');
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

const suiteOfHash = (hash: string): CryptoSuite => (hash.startsWith(SM3_PREFIX) ? 'sm' : 'intl');

/** The HMAC seal of a link, with the link's own algorithm (HMAC-SM3 for `sm3:` links). */
export function sealOf(key: Buffer, hash: string): string {
  return crypto
    .createHmac(suiteOfHash(hash) === 'sm' ? 'sm3' : 'sha256', key)
    .update(hash)
    .digest('hex');
}

/** An audit row as inserted: the entry's fields, linked and sealed. */
export type ChainRow = Omit<ChainFields, 'details'> & {
  details: string;
  prev_hash: string;
  hash: string;
  seal: string;
};

/**
 * Link and seal entries onto a head: pure and synchronous, so a caller can compute the links
 * and record them as its new tip before any other request of the process runs (chain-append.ts).
 */
export function chainRows(
  head: ChainHead,
  key: Buffer,
  entries: AuditEntry | readonly AuditEntry[],
  at: string = new Date().toISOString(),
): ChainRow[] {
  const list: readonly AuditEntry[] = Array.isArray(entries) ? entries : [entries as AuditEntry];
  const suite = suites.get(key) ?? 'intl';
  let prevHash = head.prevHash ?? GENESIS_HASH;
  let seq = BigInt(head.nextSeq);
  return list.map((entry) => {
    const fields: ChainFields = {
      seq: String(seq++),
      at,
      actor_id: entry.actorId ?? null,
      actor_name: entry.actorName ?? null,
      actor_role: entry.actorRole ?? null,
      agency_id: entry.agencyId ?? null,
      source_ip: entry.sourceIp ?? null,
      event_type: entry.eventType,
      object_type: entry.objectType ?? null,
      object_id: entry.objectId ?? null,
      outcome: entry.outcome,
      request_id: entry.requestId ?? null,
      details: JSON.parse(canonical(entry.details ?? {})),
    };
    const hash = linkHash(prevHash, fields, suite);
    const row = {
      ...fields,
      details: JSON.stringify(fields.details),
      prev_hash: prevHash,
      hash,
      seal: sealOf(key, hash),
    };
    prevHash = hash;
    return row;
  });
}

/**
 * Append audit rows inside the caller's transaction (so they commit or roll back with the
 * change): take the chain lock, read the tail, link, insert. Returns the seq of the last row.
 * A command's unit of work appends through chain-append.ts instead, in its write batch.
 */
export async function appendAudit(tx: Tx, key: Buffer, entries: AuditEntry | readonly AuditEntry[]): Promise<string> {
  // Lock and tail in one call (migration 0145): the function's query takes its snapshot once
  // the lock is held, so it sees the tail the previous holder committed. Writes never run
  // serializable (unit-of-work.ts), where the transaction's older snapshot would fork it.
  const rows = chainRows(await readChainHead(tx), key, entries);
  await tx.insertInto('audit_log').values(rows).execute();
  return rows.at(-1)!.seq;
}

export async function readChainHead(tx: Tx): Promise<ChainHead> {
  const next = await sql<{
    prev_hash: string | null;
    next_seq: string;
  }>`select prev_hash, next_seq::text as next_seq from audit_chain_head(${CHAIN_LOCK})`.execute(tx);
  return { prevHash: next.rows[0].prev_hash, nextSeq: next.rows[0].next_seq };
}

/** Append an audit row in a transaction of its own (security events of failed requests). */
export async function appendAuditStandalone(db: Db, key: Buffer, entry: AuditEntry): Promise<void> {
  await db.transaction().execute((tx) => appendAudit(tx, key, entry));
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  lastSeq: string | null;
  firstBroken?: { seq: string; reason: string };
  /** The checkpoint compared against (written outside the database), if there was one. */
  checkpoint?: { seq: string; count: number; at: string } | null;
}

/** The chain head as last written outside the database (audit-checkpoint.ts). */
export interface CheckpointHead {
  seq: string;
  hash: string;
  count: number;
  at: string;
}

/**
 * Walk the chain in seq order. A changed row breaks its hash or seal; a deleted row breaks the
 * next row's prev_hash; swapped rows break both. Reads in pages so 100,000 rows stay cheap.
 */
export async function verifyAuditChain(
  db: Db,
  key: Buffer,
  pageSize = 5000,
  checkpoint: CheckpointHead | null = null,
): Promise<ChainReport> {
  const report = await walkChain(db, key, pageSize, checkpoint?.seq ?? null);
  const anchored = checkpoint ? { seq: checkpoint.seq, count: checkpoint.count, at: checkpoint.at } : null;
  if (!report.ok) return { ...report, checkpoint: anchored };
  // Rows cut off the end leave an intact chain behind; only a head kept elsewhere shows them missing.
  if (report.checked === 0) {
    return {
      ...report,
      ok: false,
      checkpoint: anchored,
      firstBroken: { seq: '0', reason: '审计日志为空：至少应有安装和登录记录，记录可能已被全部删除' },
    };
  }
  if (checkpoint) {
    if (report.checked < checkpoint.count || report.hashAt === null || report.hashAt !== checkpoint.hash) {
      return {
        ...report,
        ok: false,
        checkpoint: anchored,
        firstBroken: {
          seq: checkpoint.seq,
          reason: `审计链短于或不符于 ${checkpoint.at} 的检查点（序号 ${checkpoint.seq}，共 ${checkpoint.count} 条）：末尾的记录可能已被删除`,
        },
      };
    }
  }
  const { hashAt: _h, ...rest } = report;
  return { ...rest, checkpoint: anchored };
}

async function walkChain(
  db: Db,
  key: Buffer,
  pageSize: number,
  watchSeq: string | null,
): Promise<ChainReport & { hashAt: string | null }> {
  let hashAt: string | null = null;
  let prevHash = GENESIS_HASH;
  let after = '0';
  let checked = 0;
  let lastSeq: string | null = null;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(sql<boolean>`seq > ${after}::bigint`)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = String(row.seq);
      const fields: ChainFields = {
        seq,
        at: new Date(row.at).toISOString(),
        actor_id: row.actor_id,
        actor_name: row.actor_name,
        actor_role: row.actor_role,
        agency_id: row.agency_id,
        source_ip: row.source_ip,
        event_type: row.event_type,
        object_type: row.object_type,
        object_id: row.object_id,
        outcome: row.outcome,
        request_id: row.request_id,
        details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details,
      };
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          checked,
          lastSeq,
          hashAt,
          firstBroken: { seq, reason: '链接断裂：上一条记录缺失、被删除或顺序被改动' },
        };
      }
      const hash = linkHash(prevHash, fields, suiteOfHash(row.hash));
      if (hash !== row.hash) {
        return { ok: false, checked, lastSeq, hashAt, firstBroken: { seq, reason: '内容被篡改：记录哈希与内容不符' } };
      }
      const expected = sealOf(key, hash);
      if (
        !crypto.timingSafeEqual(
          Buffer.from(expected),
          Buffer.from(row.seal.padEnd(expected.length).slice(0, expected.length)),
        )
      ) {
        return { ok: false, checked, lastSeq, hashAt, firstBroken: { seq, reason: '封印无效：记录被重新计算过哈希' } };
      }
      if (seq === watchSeq) hashAt = row.hash;
      prevHash = row.hash;
      checked++;
      lastSeq = seq;
    }
    after = lastSeq!;
  }
  return { ok: true, checked, lastSeq, hashAt };
}
