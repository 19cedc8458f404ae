// foldCase: header + action log → CaseState. Deterministic: no clock, no config, no calendar;
// anything those would contribute was computed by decide() and stored in `derived`.
import { CASE_ACTIONS } from './actions-table';
import type { AnyCaseActionRecord, CaseActionRecord, CaseHeader } from './case';
import { coercionReducers } from './fold/coercion';
import { correctionReducers } from './fold/correction';
import { jointAwarePayment, jointAwareServe, partyReducers } from './fold/parties';
import { decisionReducers } from './fold/decision';
import { executionReducers } from './fold/execution';
import { filingReducers } from './fold/filing';
import { initialCaseState } from './fold/initial';
import { investigationReducers } from './fold/investigation';
import { noticeReducers } from './fold/notice';
import { summaryAndClosureReducers } from './fold/summary';
import type { Reducer, Reducers } from './fold/types';
import type { CaseActionType } from './payloads/index';
import type { CaseState } from './state';

const REDUCERS: Reducers = {
  ...filingReducers,
  ...investigationReducers,
  ...correctionReducers,
  ...partyReducers,
  ...coercionReducers,
  ...noticeReducers,
  ...decisionReducers,
  ...executionReducers,
  ...summaryAndClosureReducers,
  serveDecision: jointAwareServe(decisionReducers.serveDecision),
  recordPayment: jointAwarePayment(executionReducers.recordPayment),
};

/** Applies one action to a state owned by the caller (mutates it). */
export function applyCaseAction(s: CaseState, action: CaseActionRecord | AnyCaseActionRecord): CaseState {
  const spec = CASE_ACTIONS[action.type];
  const reducer = REDUCERS[action.type] as Reducer<CaseActionType>;
  const computed = reducer(s, action);
  s.status = computed ?? (spec.to === 'same' ? s.status : spec.to);
  s.lastSeq = Math.max(s.lastSeq, action.seq);
  s.history.push({ seq: action.seq, type: action.type, actorId: action.actorId, at: action.at });
  return s;
}

export function foldCase(header: CaseHeader, actions: readonly (CaseActionRecord | AnyCaseActionRecord)[]): CaseState {
  const ordered = [...actions].sort((a, b) => a.seq - b.seq);
  return ordered.reduce(applyCaseAction, initialCaseState(header));
}
