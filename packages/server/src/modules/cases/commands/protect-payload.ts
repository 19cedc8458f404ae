// Personal identifiers in an action's payload besides the party's ID number (which
// prepare-payload keeps on the case row): a hearing agent's ID number, a natural person's address,
// an electronic service address. decide() and the append-only log see only the masked form; the
// clear values go to case_action_secrets, encrypted (个人信息保护法 第51条; security.md §7 item 22).
import { maskSensitivePayload, validateIdNumber, type CasePartyKind } from '@zhifa/domain';
import type { Db } from '../../../db/schema';
import type { BatchedWrite } from '../../../platform/write-batch';
import type { AppContext } from '../../../platform/context';
import { unprocessable } from '../../../platform/errors';

export interface ActionSecret {
  /** Path inside the payload: "agents[0].idNumber". */
  path: string;
  enc: string;
}

export interface ProtectedPayload {
  payload: unknown;
  secrets: ActionSecret[];
}

export interface SecretPlace {
  caseId: string;
  /** The seq the action will be appended under. */
  seq: number;
  /** The case's party kind; the payload's own party (filing, 当场处罚) takes precedence. */
  partyKind?: CasePartyKind | null;
  /** The action's day, for the ID numbers' birth-date check (default: today in Beijing). */
  today?: string;
}

/** AAD of a secret: its table, column and row, so a ciphertext copied to another row will not decrypt. */
export function secretBinding(caseId: string, seq: number, path: string): string {
  return `case_action_secrets.value_enc:${caseId}:${seq}:${path}`;
}

const AGENT = /^agents\[(\d+)\]\./;
const whose = (path: string) => {
  const agent = AGENT.exec(path);
  return agent ? `第${Number(agent[1]) + 1}名委托代理人的` : '';
};

/**
 * The payload with its identifiers masked, and their clear values encrypted for the action's row.
 * An ID number that fails GB 11643 is refused, as the party's is. A value that already is its own
 * masked form (a form prefilled from the masked state and sent back) carries nothing to keep.
 */
export function protectPayloadSecrets(
  app: AppContext,
  type: string,
  payload: unknown,
  at: SecretPlace,
): ProtectedPayload {
  const masked = maskSensitivePayload(type, payload, at.partyKind);
  if (masked.values.length === 0) return { payload, secrets: [] };
  const today = at.today ?? app.today();
  const secrets: ActionSecret[] = [];
  for (const v of masked.values) {
    if (v.kind === 'idNumber') {
      const check = validateIdNumber(v.value, today);
      if (!check.ok) {
        throw unprocessable('INVALID_ID_NUMBER', `${whose(v.path)}身份证号码无效：${check.message}`, [
          { path: v.path, message: check.message },
        ]);
      }
    } else if (v.masked === v.value) {
      continue;
    }
    secrets.push({ path: v.path, enc: app.fieldCrypto.encrypt(v.value, secretBinding(at.caseId, at.seq, v.path)) });
  }
  return { payload: masked.payload, secrets };
}

/** In the command's transaction, after the case_actions row (the secrets reference it). */
/** The insert of an action's secrets, for the command's batch (write-batch.ts); null when none. */
export function storeActionSecrets(caseId: string, seq: number, secrets: readonly ActionSecret[]): BatchedWrite | null {
  if (secrets.length === 0) return null;
  return (db) =>
    db
      .insertInto('case_action_secrets')
      .values(secrets.map((s) => ({ case_id: caseId, seq, path: s.path, value_enc: s.enc })));
}

/** The clear values of one action, in path order. */
export async function readActionSecrets(
  app: AppContext,
  db: Db,
  caseId: string,
  seq: number,
): Promise<{ path: string; value: string }[]> {
  const rows = await db
    .selectFrom('case_action_secrets')
    .select(['path', 'value_enc'])
    .where('case_id', '=', caseId)
    .where('seq', '=', seq)
    .orderBy('path')
    .execute();
  return rows.map((r) => ({
    path: r.path,
    value: app.fieldCrypto.decrypt(r.value_enc, secretBinding(caseId, seq, r.path)),
  }));
}
