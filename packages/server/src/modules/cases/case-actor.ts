// Who acts on a case, in the procedure's terms. decide() compares the actor with the officers,
// reviewers and presiders recorded in the log, and those are people (persons.id), not accounts:
// two accounts of one person are the same actor for 办、审、定三分离.
import { BUSINESS_ROLES, type BusinessRole, type CaseActor } from '@zhifa/domain';
import type { SessionActor } from '../../platform/route';

export interface CaseActorInfo {
  userId: string;
  personId: string | null;
  /** persons.id, or users.id for an account without a person record. */
  domainId: string;
  name: string;
  roles: BusinessRole[];
  primaryRole: string;
  agencyId: string | null;
}

export function businessRoles(roles: readonly string[]): BusinessRole[] {
  return roles.filter((r): r is BusinessRole => (BUSINESS_ROLES as readonly string[]).includes(r));
}

/** Sync: the session already carries the account's person (resolveSession). */
export function caseActorOf(actor: SessionActor): CaseActorInfo {
  return {
    userId: actor.userId,
    personId: actor.personId,
    domainId: actor.personId ?? actor.userId,
    name: actor.name,
    roles: businessRoles(actor.roles),
    primaryRole: actor.primaryRole,
    agencyId: actor.agencyId,
  };
}

export function procedureActor(a: CaseActorInfo): CaseActor {
  return { userId: a.domainId, roles: [...a.roles] };
}
