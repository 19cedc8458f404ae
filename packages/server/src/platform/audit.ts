import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { QueryCreator, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { DB, Db, Tx } from '../db/schema';

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

// A head already read under the chain lock by a transaction's last batch of writes
// (write-batch.ts); its next append uses it instead of a round trip of its own.
const heldHeads = new WeakMap<object, ChainHead>();

export function holdChainHead(tx: Tx, head: ChainHead): void {
  heldHeads.set(tx, head);
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

export function linkHash(prevHash: string, row: ChainFields): string {
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
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export function sealOf(key: Buffer, hash: string): string {
  return crypto.createHmac('sha256', key).update(hash).digest('hex');
}

/** A write sent with the audit insert (register.ts: the command's stored result). */
export type AlongsideWrite = (db: QueryCreator<DB>) => UpdateQueryBuilder<DB, any, any, UpdateResult>;

/** Append one audit row inside the caller's transaction (so it commits or rolls back with the change). */
export async function appendAudit(tx: Tx, key: Buffer, entry: AuditEntry, alongside?: AlongsideWrite): Promise<string> {
  // Lock, then tail and next seq, in one call (migration 0009): the function's query takes its
  // snapshot once the lock is held, so it sees the tail the previous holder committed. Writes
  // never run serializable (register.ts), where the transaction's older snapshot would fork it.
  const held = heldHeads.get(tx);
  heldHeads.delete(tx);
  const last = held ? { hash: held.prevHash, seq: held.nextSeq } : await readChainHead(tx);
  const fields: ChainFields = {
    seq: String(last.seq),
    at: new Date().toISOString(),
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
  const prevHash = last.hash ?? GENESIS_HASH;
  const hash = linkHash(prevHash, fields);
  // `alongside`: another write of the transaction sent in the same statement (a CTE), one round trip fewer.
  await (alongside ? (tx.with('alongside', alongside) as unknown as Tx) : tx)
    .insertInto('audit_log')
    .values({
      ...fields,
      details: JSON.stringify(fields.details),
      prev_hash: prevHash,
      hash,
      seal: sealOf(key, hash),
    })
    .execute();
  return fields.seq;
}

async function readChainHead(tx: Tx) {
  const next = await sql<{ prev_hash: string | null; next_seq: string }>`select prev_hash, next_seq::text as next_seq from audit_chain_next(${CHAIN_LOCK})`.execute(tx);
  return { hash: next.rows[0]!.prev_hash, seq: next.rows[0]!.next_seq };
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
}

/**
 * Walk the chain in seq order. A changed row breaks its hash or seal; a deleted row breaks the
 * next row's prev_hash; swapped rows break both. Reads in pages so 100,000 rows stay cheap.
 */
export async function verifyAuditChain(db: Db, key: Buffer, pageSize = 5000): Promise<ChainReport> {
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
        return { ok: false, checked, lastSeq, firstBroken: { seq, reason: '链接断裂：上一条记录缺失、被删除或顺序被改动' } };
      }
      const hash = linkHash(prevHash, fields);
      if (hash !== row.hash) {
        return { ok: false, checked, lastSeq, firstBroken: { seq, reason: '内容被篡改：记录哈希与内容不符' } };
      }
      const expected = sealOf(key, hash);
      if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(row.seal.padEnd(expected.length).slice(0, expected.length)))) {
        return { ok: false, checked, lastSeq, firstBroken: { seq, reason: '封印无效：记录被重新计算过哈希' } };
      }
      prevHash = row.hash;
      checked++;
      lastSeq = seq;
    }
    after = lastSeq!;
  }
  return { ok: true, checked, lastSeq };
}
