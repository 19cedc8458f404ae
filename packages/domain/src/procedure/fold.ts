// foldCase: header + action log → CaseState. Deterministic: no clock, no config, no calendar;
// anything those would contribute was computed by decide() and stored in `derived`.
import type { AnyCaseActionRecord, CaseActionRecord, CaseHeader } from './case';
import { actionDefinition } from './actions/index';
import { initialCaseState } from './fold/initial';
import type { CaseState } from './state';

/** Applies one action to a state owned by the caller (mutates it). */
export function applyCaseAction(s: CaseState, action: CaseActionRecord | AnyCaseActionRecord): CaseState {
  const spec = actionDefinition(action.type);
  const computed = spec.reduce(s, action);
  s.status = computed ?? (spec.to === 'same' ? s.status : spec.to);
  s.lastSeq = Math.max(s.lastSeq, action.seq);
  s.history.push({ seq: action.seq, type: action.type, actorId: action.actorId, at: action.at });
  return s;
}

export function foldCase(header: CaseHeader, actions: readonly (CaseActionRecord | AnyCaseActionRecord)[]): CaseState {
  const ordered = [...actions].sort((a, b) => a.seq - b.seq);
  return ordered.reduce(applyCaseAction, initialCaseState(header));
}
