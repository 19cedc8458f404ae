// What other modules do in a case command's unit of work once the action passed and its documents
// were issued (the disclosure module opens a task for a published decision and withdraws it when
// the decision is revoked). `cases` may not import those modules: the composition root registers
// them here, and every command path (routes, uploads, the demo seed) runs them.
import type { CaseState } from '@zhifa/domain';
import type { Tx } from '../../../db/schema';
import type { AppContext } from '../../../platform/context';
import type { BatchedWrite } from '../../../platform/write-batch';
import type { CaseActorInfo } from '../case-actor';
import type { IssuedDocument } from './documents';

export interface AfterCaseAction {
  tx: Tx;
  app: AppContext;
  actor: CaseActorInfo;
  today: string;
  now: Date;
  caseId: string;
  agency: { id: string; name: string };
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  /** The state with the action applied. */
  state: CaseState;
  documents: readonly IssuedDocument[];
}

/** Returns the writes to join the command's batch. */
export type AfterCaseActionHook = (input: AfterCaseAction) => Promise<BatchedWrite[]>;

const hooks: AfterCaseActionHook[] = [];

export function onCaseAction(hook: AfterCaseActionHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

export async function runAfterCaseAction(input: AfterCaseAction): Promise<BatchedWrite[]> {
  const out: BatchedWrite[] = [];
  for (const hook of hooks) out.push(...(await hook(input)));
  return out;
}
