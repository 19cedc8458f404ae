import type { CaseActor } from '../case';
import type { CaseContext } from '../context';
import type { CaseActionType, CaseDerived, CasePayloads } from '../payloads/index';
import type { CaseRefusal } from '../refusal';
import type { CaseState } from '../state';

export interface GuardInput<K extends CaseActionType> {
  s: CaseState;
  p: CasePayloads[K];
  actor: CaseActor;
  at: string;
  ctx: CaseContext;
}

export interface GuardResult<K extends CaseActionType> {
  refusals: CaseRefusal[];
  /** Not blocking: shown to the user and kept with the action. */
  warnings?: CaseRefusal[];
  derived?: CaseDerived<K>;
}

/** The action-specific legal checks, run after status, role, duty and payload shape pass. */
export type Guard<K extends CaseActionType> = (g: GuardInput<K>) => GuardResult<K>;

export type Guards = { [K in CaseActionType]: Guard<K> };

/** Checks that depend only on the state and actor, so allowedActions() can run them without a payload. */
export type Precondition = (s: CaseState, actor: CaseActor, ctx: CaseContext) => CaseRefusal[];
