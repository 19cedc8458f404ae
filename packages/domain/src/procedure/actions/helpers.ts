// Small helpers the definitions share: the timeline's wording.
import { describePenalty, type PenaltyProposal } from '../penalty';
import type { CaseActionType } from '../payloads/index';
import type { CaseState } from '../state';

/** A free text cut for the timeline. */
export const cut = (s: unknown, n = 80): string =>
  typeof s === 'string' ? (s.length > n ? `${s.slice(0, n)}…` : s) : '';

/** A penalty in words; a stored payload the current vocabulary no longer reads gives nothing. */
export const penaltyText = (p: unknown): string => {
  try {
    return describePenalty(p as PenaltyProposal);
  } catch {
    return '';
  }
};

export const labelOf = <K extends string>(labels: Record<K, string>, key: unknown): string =>
  typeof key === 'string' && key in labels ? labels[key as K] : '';

/** The log position of the latest step of a type (for a queue's 提交时间). */
export const lastSeqOf = (s: CaseState, type: CaseActionType): { seq?: number } => {
  const seq = [...s.history].reverse().find((h) => h.type === type)?.seq;
  return seq === undefined ? {} : { seq };
};
