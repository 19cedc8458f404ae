// The documents (文书) an action issues, as its definition lists them. Numbers the decision itself
// must carry (告, 罚, 当罚, 封/扣/冻, archive) are issued before decide() and read back from the
// payload; the others are issued here, after the action passed, in the same transaction.
import { randomUUID } from 'node:crypto';
import {
  actionDefinition,
  caseParties,
  isCaseActionType,
  type CasePayloads,
  type CaseState,
  type PayloadPath,
} from '@zhifa/domain';
import type { Tx } from '../../../db/schema';
import { writeOrBatch, type BatchedWrite } from '../../../platform/write-batch';
import { issueDocumentNumber, type NumberingAgency } from '../../../shared/numbers';

export interface IssueDocumentsInput {
  tx: Tx;
  agency: NumberingAgency;
  caseId: string;
  caseNumber: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  state: CaseState;
  today: string;
  now: Date;
  /** Content for the document body beyond the payload and what the definition adds. */
  extra?: Record<string, unknown>;
  /** Add the inserts to the command's batch (write-batch.ts) instead of running them. */
  batch?: BatchedWrite[];
}

function valueAt(payload: Record<string, unknown>, path: PayloadPath): unknown {
  let node: unknown = payload;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** The party a document is addressed to: a joint case's decision names its own party. */
function partyNameOf(s: CaseState, payload: Record<string, unknown>): string | null {
  if (typeof payload.partyId === 'string') return caseParties(s).find((p) => p.id === payload.partyId)?.name ?? null;
  if (payload.party && typeof payload.party === 'object') {
    const name = (payload.party as { name?: unknown }).name;
    return typeof name === 'string' && name ? name : null;
  }
  return s.party?.name ?? null;
}

/** A document the action issued; `disclosed`: its definition marks it as published after the fact. */
export interface IssuedDocument {
  id: string;
  kind: string;
  number: string | null;
  disclosed: boolean;
}

export async function issueDocuments(i: IssueDocumentsInput): Promise<IssuedDocument[]> {
  const out: IssuedDocument[] = [];
  if (!isCaseActionType(i.type)) return out;
  // The payload passed the action's check before documents are issued.
  const payload = i.payload as CasePayloads[typeof i.type];
  for (const spec of actionDefinition(i.type).documents ?? []) {
    if (spec.when && !spec.when(payload)) continue;
    const pre = spec.numberAt ? valueAt(i.payload, spec.numberAt) : undefined;
    const number =
      typeof pre === 'string'
        ? pre
        : spec.series
          ? await issueDocumentNumber(i.tx, i.agency, Number(i.today.slice(0, 4)), spec.series)
          : null;
    // The id is chosen here so writes queued in the same batch (a disclosure task) can name it.
    const id = randomUUID();
    const insert: BatchedWrite = (db) =>
      db.insertInto('documents').values({
        id,
        case_id: i.caseId,
        agency_id: i.agency.id,
        kind: spec.kind,
        number,
        title: spec.title,
        action_seq: i.seq,
        issued_on: i.today,
        issued_at: i.now,
        payload: JSON.stringify({
          caseNumber: i.caseNumber,
          partyName: partyNameOf(i.state, i.payload),
          action: i.type,
          content: i.payload,
          ...spec.content?.(i.state),
          ...i.extra,
        }),
      });
    await writeOrBatch(i.tx, i.batch, insert);
    out.push({ id, kind: spec.kind, number, disclosed: spec.disclosed === true });
  }
  return out;
}
