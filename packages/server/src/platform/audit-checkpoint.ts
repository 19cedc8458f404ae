import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../db/schema';
import type { CheckpointHead } from './audit';
import { hmacHex } from './crypto-suite';

/**
 * The audit chain's head anchored outside the database (security.md S14): seq, hash and row
 * count, sealed with the audit key, written to the key folder at least every minute and at
 * shutdown. Cutting rows off the end of the chain leaves a valid chain behind; the verifier
 * compares it with this checkpoint and fails when the chain is shorter.
 *
 * - `audit-checkpoint.json`: the latest checkpoint (replaced atomically).
 * - `audit-checkpoints.jsonl`: one line per new head, for a log shipper to send off the machine
 *   (docs/SECURITY.md, "Checkpoints").
 */
export const CHECKPOINT_FILE = 'audit-checkpoint.json';
export const CHECKPOINT_LOG = 'audit-checkpoints.jsonl';

export interface Checkpoint extends CheckpointHead {
  seal: string;
}

const body = (c: CheckpointHead) => JSON.stringify([c.seq, c.hash, c.count, c.at]);

export function sealCheckpoint(key: Buffer, head: CheckpointHead): Checkpoint {
  // HMAC-SM3 when the head itself is an SM3 link, so one deployment's anchors use one algorithm.
  return {
    ...head,
    seal: hmacHex(head.hash.startsWith('sm3:') ? 'sm3' : 'sha256', key, 'zhifa-audit-checkpoint\n', body(head)),
  };
}

/** The current head of the chain, or null when it has no rows. */
export async function chainHead(db: Db, at: Date): Promise<CheckpointHead | null> {
  const r = await sql<{ seq: string; hash: string; count: string }>`
    select t.seq::text as seq, t.hash, (select count(*) from audit_log)::text as count
    from (select seq, hash from audit_log order by seq desc limit 1) t`.execute(db);
  const row = r.rows[0];
  return row ? { seq: row.seq, hash: row.hash, count: Number(row.count), at: at.toISOString() } : null;
}

export function readCheckpoint(keyDir: string, key: Buffer): Checkpoint | null {
  const file = path.join(keyDir, CHECKPOINT_FILE);
  if (!fs.existsSync(file)) return null;
  let parsed: Checkpoint;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Checkpoint;
  } catch {
    throw new Error(`审计检查点文件 ${file} 无法解析：可能已被改动`);
  }
  const expected = sealCheckpoint(key, {
    seq: String(parsed.seq),
    hash: String(parsed.hash),
    count: Number(parsed.count),
    at: String(parsed.at),
  });
  if (expected.seal !== parsed.seal) throw new Error(`审计检查点文件 ${file} 的封印无效：检查点被改动或换用了其他密钥`);
  return expected;
}

/**
 * Write a checkpoint of the current head. The head only moves forward: a head with fewer rows
 * than the last checkpoint is not written over it (that is what the verifier must report).
 */
export async function writeCheckpoint(db: Db, keyDir: string, key: Buffer, at: Date): Promise<Checkpoint | null> {
  const head = await chainHead(db, at);
  if (!head) return null;
  const last = readCheckpoint(keyDir, key);
  if (last && (head.count < last.count || Number(head.seq) < Number(last.seq))) {
    throw new Error(
      `审计链短于上一个检查点（序号 ${last.seq}，共 ${last.count} 条），不覆盖检查点：请运行 npm run audit:verify`,
    );
  }
  const checkpoint = sealCheckpoint(key, head);
  fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const file = path.join(keyDir, CHECKPOINT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(checkpoint), { mode: 0o600 });
  fs.renameSync(tmp, file);
  if (!last || last.seq !== checkpoint.seq) {
    fs.appendFileSync(
      path.join(keyDir, CHECKPOINT_LOG),
      `${JSON.stringify({ event: 'audit.checkpoint', ...checkpoint })}\n`,
      { mode: 0o600 },
    );
  }
  return checkpoint;
}

/** Checkpoints every `seconds` (at most 60) until stopped; the caller writes one more at shutdown. */
export function scheduleCheckpoints(
  write: () => Promise<Checkpoint | null>,
  seconds: number,
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void },
): { stop: () => void } {
  let running = false;
  let loggedSeq: string | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    write()
      .then((c) => {
        // The log line (stdout → journald/syslog) is a second way off the machine; only new heads.
        if (c && c.seq !== loggedSeq) log.info({ auditCheckpoint: c }, '审计链检查点');
        loggedSeq = c?.seq ?? loggedSeq;
      })
      .catch((err: unknown) => log.error({ err }, '审计链检查点写入失败'))
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
