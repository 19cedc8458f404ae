// decide(): the single gate every command passes. Order: action known → procedure and status →
// role → 办审定分离 → preconditions → payload shape → the action's legal guards. Every refusal
// carries its article. A missing holiday year refuses rather than guessing (legal-rules §8.3).
import { payloadTooLarge } from './payload-limits';
import { CASE_ACTIONS, isCaseActionType } from './actions-table';
import { ART } from './articles';
import { settlePartyDates } from './party-dates';
import type { CaseActor, CaseCommand } from './case';
import type { CaseContext } from './context';
import { checkDuty, checkRole } from './duties';
import { actionDefinition } from './actions/index';
import { type CaseActionType, type CaseDerived, type CasePayloads, checkPayload } from './payloads/index';
import { type CaseRefusal, refusal } from './refusal';
import type { CaseState } from './state';
import { CASE_STATUSES } from './status';

export interface DecidedAction<T extends CaseActionType = CaseActionType> {
  type: T;
  payload: CasePayloads[T];
  derived: CaseDerived<T>;
  actorId: string;
  actorRoles: CaseActor['roles'];
  at: string;
}

export type DecideResult<T extends CaseActionType = CaseActionType> =
  { ok: true; action: DecidedAction<T>; warnings: CaseRefusal[] } | { ok: false; refusals: CaseRefusal[] };

/** Status, procedure, role, duty and preconditions: everything that does not need the payload. */
export function gateRefusals(s: CaseState, type: CaseActionType, actor: CaseActor, ctx: CaseContext): CaseRefusal[] {
  const spec = CASE_ACTIONS[type];
  if (spec.procedure !== 'both' && spec.procedure !== s.procedure) {
    return [
      refusal(
        'wrongProcedure',
        `“${spec.label}”不适用于${s.procedure === 'summary' ? '简易程序' : '普通程序'}案件`,
        spec.basis,
      ),
    ];
  }
  if (!spec.from.includes(s.status)) {
    return [
      refusal('wrongStatus', `案件处于“${CASE_STATUSES[s.status].label}”状态，不能办理“${spec.label}”`, spec.basis),
    ];
  }
  const role = checkRole(spec, actor);
  if (role.length) return role;
  const duty = checkDuty(spec, s, actor);
  if (duty.length) return duty;
  return spec.precondition?.(s, actor, ctx) ?? [];
}

function normalise(payload: unknown): unknown {
  // Payloads are JSON: a round trip drops undefined fields and detaches the caller's objects.
  return JSON.parse(JSON.stringify(payload)) as unknown;
}

export function decide<T extends CaseActionType>(
  folded: CaseState,
  command: CaseCommand<T>,
  ctx: CaseContext,
): DecideResult<T> {
  const state = settlePartyDates(folded, ctx.calendar, ctx.config);
  if (!isCaseActionType(command.type)) {
    return {
      ok: false,
      refusals: [refusal('unknownAction', `未知的操作：${String(command.type)}`, ART.processRecord)],
    };
  }
  const type = command.type;
  const spec = CASE_ACTIONS[type];
  const gate = gateRefusals(state, type, command.actor, ctx);
  if (gate.length) return { ok: false, refusals: gate };
  const payload = normalise(command.payload ?? {});
  const tooLarge = payloadTooLarge(type, payload);
  if (tooLarge) return { ok: false, refusals: [refusal('payloadTooLarge', tooLarge, spec.basis)] };
  const errors = checkPayload(type, payload);
  if (errors.length) {
    return { ok: false, refusals: errors.map((message) => refusal('invalidPayload', message, spec.basis)) };
  }
  const typed = payload as CasePayloads[T];
  const definition = actionDefinition(type);
  const result = definition.guard({ s: state, p: typed, actor: command.actor, at: command.at, ctx });
  if (result.refusals.length) return { ok: false, refusals: result.refusals };
  if (definition.derives && !result.derived) {
    throw new Error(`decide(${type}): guard returned no derived fields`);
  }
  return {
    ok: true,
    action: {
      type,
      payload: typed,
      derived: (result.derived ?? {}) as CaseDerived<T>,
      actorId: command.actor.userId,
      actorRoles: [...command.actor.roles],
      at: command.at,
    },
    warnings: result.warnings ?? [],
  };
}
