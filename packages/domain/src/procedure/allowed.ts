// allowedActions(): which buttons to show. Payload-free: an action listed here can still be
// refused by decide() for what its payload says.
import { CASE_ACTION_TYPES } from './actions-table';
import type { CaseActor } from './case';
import type { CaseContext } from './context';
import { gateRefusals } from './decide';
import { settlePartyDates } from './party-dates';
import type { CaseActionType } from './payloads/index';
import type { CaseState } from './state';

export function allowedActions(state: CaseState, actor: CaseActor, ctx: CaseContext): CaseActionType[] {
  const settled = settlePartyDates(state, ctx.calendar, ctx.config);
  return CASE_ACTION_TYPES.filter((type) => gateRefusals(settled, type, actor, ctx).length === 0);
}
