// Every action of a case, one definition each, grouped by phase. The table must name exactly the
// actions of CaseActionType: a missing or an unknown action is a type error here.
import type { CaseActionType } from '../payloads/index';
import { closureActions } from './closure';
import { coercionActions } from './coercion';
import { correctionActions } from './correction';
import { decisionActions } from './decision';
import { executionActions } from './execution';
import { filingActions } from './filing';
import { investigationActions } from './investigation';
import { noticeActions } from './notice';
import { reviewActions } from './review';
import { summaryActions } from './summary';
import type { CaseActionDefinition, CaseActionDefinitions, PayloadPath } from './types';

const ALL = {
  ...filingActions,
  ...investigationActions,
  ...correctionActions,
  ...coercionActions,
  ...noticeActions,
  ...reviewActions,
  ...decisionActions,
  ...executionActions,
  ...summaryActions,
  ...closureActions,
} satisfies CaseActionDefinitions;

// Spreads escape the excess-property check; each phase's `satisfies` catches an unknown name, this the rest.
type Unknown = Exclude<keyof typeof ALL, CaseActionType>;
const onlyKnownActions: [Unknown] extends [never] ? true : never = true;
void onlyKnownActions;

export const CASE_ACTION_DEFINITIONS: CaseActionDefinitions = ALL;

/** One action's definition, typed by its name. */
export function actionDefinition<K extends CaseActionType>(type: K): CaseActionDefinition<K> {
  return CASE_ACTION_DEFINITIONS[type];
}

/** The action that opens a case of each procedure (the one taken from `draft`). */
export function openingAction(procedure: 'ordinary' | 'summary'): CaseActionType {
  const types = Object.keys(CASE_ACTION_DEFINITIONS) as CaseActionType[];
  const found = types.find((t) => {
    const d = CASE_ACTION_DEFINITIONS[t];
    return d.from.includes('draft') && d.procedure === procedure;
  });
  if (!found) throw new Error(`no action opens a ${procedure} case`);
  return found;
}

/** The numbers (文号、档案号) the server issues into an action's payload: a client never sends them. */
export function serverNumberedPaths(type: CaseActionType): PayloadPath[] {
  return (CASE_ACTION_DEFINITIONS[type].serverFills ?? [])
    .filter((f) => f.fill === 'documentNumber' || f.fill === 'archiveNumber')
    .map((f) => f.path);
}
