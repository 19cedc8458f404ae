// Who acts on a case, in the procedure's terms. decide() compares the actor with the officers,
// reviewers and presiders recorded in the log, and those are people (persons.id), not accounts:
// two accounts of one person are the same actor for 办、审、定三分离.
import { BUSINESS_ROLES, type BusinessRole, type CaseActor } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SessionActor } from '../../platform/route';
import { officerForUser } from '../people/enforcing-officers';

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

export async function caseActorOf(db: Kysely<DB>, actor: SessionActor): Promise<CaseActorInfo> {
  const person = await officerForUser(db, actor.userId);
  return {
    userId: actor.userId,
    personId: person?.personId ?? null,
    domainId: person?.personId ?? actor.userId,
    name: actor.name,
    roles: businessRoles(actor.roles),
    primaryRole: actor.primaryRole,
    agencyId: actor.agencyId,
  };
}

export function procedureActor(a: CaseActorInfo): CaseActor {
  return { userId: a.domainId, roles: [...a.roles] };
}
