import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { QueryCreator } from 'kysely';
import type { DB, Db, Tx } from '../db/schema';
import { unprocessable } from './errors';

export function fingerprint(method: string, url: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

/** The command id a request carries, and the fingerprint of its payload (a retry must send the same). */
export interface CommandClaim {
  actorId: string;
  commandId: string;
  fingerprint: string;
}

export interface StoredResult {
  statusCode: number;
  response: unknown;
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
 * Claim a command id before doing the work (unit-of-work.ts sends it with the command's first
 * read): the insert takes the primary-key slot, so a retry that arrives while the first attempt
 * is still running waits on it (whatever the isolation level) and then finds its result, instead
 * of racing it. It returns one row when this request owns the id. A rolled-back attempt leaves
 * no claim behind.
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

/** Record the result of a claimed command, sent with the audit insert (appendAudit's `alongside`). */
export function completeCommandQuery(actorId: string, commandId: string, result: StoredResult) {
  return (db: QueryCreator<DB>) =>
    db
      .updateTable('command_log')
      .set({ status_code: result.statusCode, response: JSON.stringify(result.response ?? null) })
      .where('actor_id', '=', actorId)
      .where('command_id', '=', commandId);
}
