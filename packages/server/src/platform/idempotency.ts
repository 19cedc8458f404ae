import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { QueryCreator } from 'kysely';
import type { DB, Db, Tx } from '../db/schema';
import type { CommandClaim } from './route';
import { unprocessable } from './errors';

export function fingerprint(method: string, url: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

export interface StoredResult {
  statusCode: number;
  response: unknown;
}

/**
 * Claim a command id before doing the work: the insert takes the primary-key slot, so a retry
 * that arrives while the first attempt is still running waits on it (whatever the isolation
 * level) and then finds its result, instead of racing it. Returns null when this request owns
 * the id; the first result when an earlier request already completed it; refuses another
 * payload under the same id. A rolled-back attempt leaves no claim behind.
 */
export async function claimCommand(
  tx: Tx,
  actorId: string,
  commandId: string,
  print: string,
): Promise<StoredResult | null> {
  const claimed = await sql<{ ok: number }>`
    insert into command_log (actor_id, command_id, fingerprint, status_code, response)
    values (${actorId}, ${commandId}, ${print}, 0, 'null'::jsonb)
    on conflict (actor_id, command_id) do nothing
    returning 1 as ok`.execute(tx);
  if (claimed.rows.length > 0) return null;
  return storedResult(tx, actorId, commandId, print);
}

/** The stored result of a command id another request claimed; refuses another payload under it. */
export async function storedResult(
  db: Db | Tx,
  actorId: string,
  commandId: string,
  print: string,
): Promise<StoredResult> {
  const row = await db
    .selectFrom('command_log')
    .select(['fingerprint', 'status_code', 'response'])
    .where('actor_id', '=', actorId)
    .where('command_id', '=', commandId)
    .executeTakeFirstOrThrow();
  if (row.fingerprint !== print) {
    throw unprocessable('COMMAND_ID_REUSED', '该命令编号已用于另一项不同的操作，请生成新的命令编号后重试');
  }
  const response = typeof row.response === 'string' ? JSON.parse(row.response) : row.response;
  return { statusCode: row.status_code, response };
}

/**
 * The claim as a CTE for the handler's first statement (routes with `claimsCommand`): it returns
 * one row when this request owns the id. Like claimCommand, it waits for an overlapping attempt.
 */
export function claimCommandQuery(claim: CommandClaim) {
  return (db: QueryCreator<DB>) =>
    db
      .insertInto('command_log')
      .values({
        actor_id: claim.actorId,
        command_id: claim.commandId,
        fingerprint: claim.fingerprint,
        status_code: 0,
        response: 'null',
      })
      .onConflict((oc) => oc.columns(['actor_id', 'command_id']).doNothing())
      .returning(sql<number>`1`.as('ok'));
}

/** Thrown by a `claimsCommand` handler whose claim found the id taken (the registry replays). */
export class CommandTaken extends Error {
  constructor() {
    super('command id already claimed');
  }
}

/** Record the result of a claimed command in the same transaction as its effects. */
export async function completeCommand(tx: Tx, actorId: string, commandId: string, result: StoredResult) {
  await completeCommandQuery(actorId, commandId, result)(tx).execute();
}

/** The same write as a query to send with another statement (appendAudit's `alongside`). */
export function completeCommandQuery(actorId: string, commandId: string, result: StoredResult) {
  return (db: QueryCreator<DB>) =>
    db
      .updateTable('command_log')
      .set({ status_code: result.statusCode, response: JSON.stringify(result.response ?? null) })
      .where('actor_id', '=', actorId)
      .where('command_id', '=', commandId);
}
