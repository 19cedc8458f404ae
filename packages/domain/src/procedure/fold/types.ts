import type { CaseActionRecord } from '../case';
import type { CaseActionType } from '../payloads/index';
import type { CaseState } from '../state';
import type { CaseStatus } from '../status';

/**
 * Applies one action to a state the fold owns (so mutation is safe). Returns the next status
 * when it depends on the payload; otherwise the table's `to` applies.
 */
export type Reducer<K extends CaseActionType> = (s: CaseState, a: CaseActionRecord<K>) => CaseStatus | void;

export type Reducers = { [K in CaseActionType]: Reducer<K> };
