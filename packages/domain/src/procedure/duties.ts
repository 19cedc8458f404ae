// 办、审、定三分离 and role checks, shared by decide() and allowedActions().
import type { CaseActionSpec } from './actions/types';
import { ART, SEPARATION_OF_DUTIES } from './articles';
import type { CaseActor } from './case';
import { type CaseRefusal, refusal } from './refusal';
import type { CaseState } from './state';

/** Everyone who took part in the investigation, past or present. */
export function investigatorIds(s: CaseState): string[] {
  const ids = new Set<string>([...s.officerIds, ...s.formerOfficerIds]);
  s.records.forEach((r) => r.officerIds.forEach((id) => ids.add(id)));
  s.preservations.forEach((p) => p.officerIds.forEach((id) => ids.add(id)));
  s.coerciveMeasures.forEach((m) => m.officerIds.forEach((id) => ids.add(id)));
  s.criminal.officerIds?.forEach((id) => ids.add(id));
  s.summary?.officerIds.forEach((id) => ids.add(id));
  return [...ids];
}

/** Everyone who recorded a legal-review opinion on the case. */
export function reviewerIds(s: CaseState): string[] {
  return [...new Set(s.reviews.flatMap((r) => (r.result ? [r.result.by] : [])))];
}

/** The officers currently handling the case (the summary officers for an on-the-spot case). */
export function handlingOfficerIds(s: CaseState): string[] {
  return s.procedure === 'summary' ? (s.summary?.officerIds ?? []) : s.officerIds;
}

/**
 * A county department's enforcement officer handles its own department's cases exactly as a
 * township officer does (行政处罚法 第23条): for case actions the role counts as `officer`.
 */
export function caseRoles(roles: readonly string[]): string[] {
  return roles.includes('departmentOfficer') ? [...roles, 'officer'] : [...roles];
}

export function checkRole(spec: CaseActionSpec, actor: CaseActor): CaseRefusal[] {
  if (caseRoles(actor.roles).some((r) => (spec.roles as readonly string[]).includes(r))) return [];
  if (actor.roles.includes('auxiliary')) {
    return [refusal('auxiliaryNotAllowed', `执法辅助人员不得从事“${spec.label}”`, ART.twoOfficers)];
  }
  return [refusal('roleNotAllowed', `当前角色无权办理“${spec.label}”`, spec.basis)];
}

export function checkDuty(spec: CaseActionSpec, s: CaseState, actor: CaseActor): CaseRefusal[] {
  const investigator = investigatorIds(s).includes(actor.userId);
  switch (spec.duty) {
    case 'handle':
      return handlingOfficerIds(s).includes(actor.userId)
        ? []
        : [refusal('notHandlingOfficer', `只有本案承办执法人员可以办理“${spec.label}”`, ART.twoOfficers)];
    case 'approve':
      return investigator
        ? [refusal('investigatorApproving', `本案调查人员不得以负责人身份办理“${spec.label}”`, SEPARATION_OF_DUTIES)]
        : [];
    case 'review':
      return investigator
        ? [refusal('investigatorReviewing', '本案调查人员不得进行本案的法制审核', SEPARATION_OF_DUTIES)]
        : [];
    case 'decide': {
      const out: CaseRefusal[] = [];
      if (investigator) out.push(refusal('investigatorDeciding', '本案调查人员不得作出本案决定', SEPARATION_OF_DUTIES));
      if (reviewerIds(s).includes(actor.userId)) {
        out.push(refusal('reviewerDeciding', '本案法制审核人员不得签发本案决定', SEPARATION_OF_DUTIES));
      }
      return out;
    }
    case 'none':
      return [];
  }
}
