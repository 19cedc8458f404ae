// The stored shape of a case: an immutable header plus an append-only list of actions.
import type { BusinessRole } from '../access/index';
import type { CaseActionType, CaseDerived, CasePayloads } from './payloads/index';
import type { CaseProcedure } from './status';

export interface CaseHeader {
  caseId: string;
  agencyId: string;
  procedure: CaseProcedure;
  createdAt: string;
  createdBy: string;
}

/** One appended action. `seq` is assigned by the server (1, 2, ...), never reused. */
export interface CaseActionRecord<T extends CaseActionType = CaseActionType> {
  seq: number;
  type: T;
  payload: CasePayloads[T];
  derived: CaseDerived<T>;
  actorId: string;
  actorRoles: BusinessRole[];
  at: string;
}

/** Any action record, discriminated on `type` so reducers get the right payload. */
export type AnyCaseActionRecord = { [K in CaseActionType]: CaseActionRecord<K> }[CaseActionType];

export interface CaseActor {
  userId: string;
  roles: BusinessRole[];
}

export interface CaseCommand<T extends CaseActionType = CaseActionType> {
  type: T;
  /** Untrusted input; decide() validates it against the action's payload type. */
  payload: unknown;
  actor: CaseActor;
  at: string;
}
