// One line per action for the case's timeline, in the words of the forms (each action's definition
// says how its payload reads).
import { actionDefinition, isCaseActionType } from '@zhifa/domain';
import type { StoredAction } from '../load-case';

function summaryOf(a: StoredAction): string | null {
  if (!isCaseActionType(a.type)) return null;
  const summary = actionDefinition(a.type).summary;
  if (!summary) return null;
  try {
    return summary(a.payload ?? {});
  } catch {
    // A payload stored under an older shape than the summary reads: the line goes without it.
    return null;
  }
}

export function timelineEntry(a: StoredAction) {
  return {
    seq: a.seq,
    type: a.type,
    label: isCaseActionType(a.type) ? actionDefinition(a.type).label : a.type,
    actorName: a.actorName,
    actorRole: a.actorRole,
    at: a.at.toISOString(),
    actionDate: a.actionDate,
    summary: summaryOf(a),
    payload: a.payload,
    warnings: Array.isArray(a.warnings) ? a.warnings : [],
  };
}
