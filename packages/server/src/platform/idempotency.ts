import crypto from 'node:crypto';
import type { Tx } from '../db/schema';
import { unprocessable } from './errors';

export function fingerprint(method: string, url: string, body: unknown): string {
  return crypto.createHash('sha256').update(`${method} ${url}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

export interface StoredResult {
  statusCode: number;
  response: unknown;
}

/** A retry with the same command id returns the first result; another payload is refused. */
export async function findCommand(tx: Tx, actorId: string, commandId: string, print: string): Promise<StoredResult | null> {
  const row = await tx
    .selectFrom('command_log')
    .select(['fingerprint', 'status_code', 'response'])
    .where('actor_id', '=', actorId)
    .where('command_id', '=', commandId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.fingerprint !== print) {
    throw unprocessable('COMMAND_ID_REUSED', '该命令编号已用于另一项不同的操作，请生成新的命令编号后重试');
  }
  const response = typeof row.response === 'string' ? JSON.parse(row.response) : row.response;
  return { statusCode: row.status_code, response };
}

export async function storeCommand(tx: Tx, actorId: string, commandId: string, print: string, result: StoredResult) {
  await tx
    .insertInto('command_log')
    .values({
      actor_id: actorId,
      command_id: commandId,
      fingerprint: print,
      status_code: result.statusCode,
      response: JSON.stringify(result.response ?? null),
    })
    .execute();
}
