// The table of every action a case can take, read by allowedActions(), decide(), fold, the server's
// command pipeline and the web. Each entry is the action's one definition (actions/<phase>.ts).
import { CASE_ACTION_DEFINITIONS } from './actions/index';
import { type CaseActionType, unknownPayloadKeys } from './payloads/index';

export type { CaseActionSpec, CaseDuty } from './actions/types';

export const CASE_ACTIONS = CASE_ACTION_DEFINITIONS;

export const CASE_ACTION_TYPES = Object.keys(CASE_ACTIONS) as CaseActionType[];

export function isCaseActionType(value: unknown): value is CaseActionType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CASE_ACTIONS, value);
}

export { unknownPayloadKeys };
