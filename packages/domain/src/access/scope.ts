import type { Permission } from './permissions';
import { ROLE_GRANTS, type ScopeLevel } from './role-permissions';
import type { Role } from './roles';

export interface Actor {
  userId: string;
  roles: Role[];
  agencyId: string | null;
  /** Region code of the actor's agency (GB/T 2260, township codes extend the county code). */
  regionCode: string | null;
}

/** Where a record lives in the region/agency tree. */
export interface RecordLocation {
  agencyId: string | null;
  regionCode: string | null;
}

export type DataScope =
  { kind: 'none' } | { kind: 'all' } | { kind: 'region'; regionCode: string } | { kind: 'agency'; agencyId: string };

const RANK: Record<ScopeLevel, number> = { agency: 1, region: 2, all: 3 };

/** The widest scope any of the actor's roles grants for this permission. Deny by default. */
export function scopeFor(actor: Actor, permission: Permission): DataScope {
  let best: ScopeLevel | null = null;
  for (const role of actor.roles) {
    for (const grant of ROLE_GRANTS[role] ?? []) {
      if (grant.permission === permission && (best === null || RANK[grant.scope] > RANK[best])) best = grant.scope;
    }
  }
  if (best === null) return { kind: 'none' };
  if (best === 'all') return { kind: 'all' };
  if (best === 'region') return actor.regionCode ? { kind: 'region', regionCode: actor.regionCode } : { kind: 'none' };
  return actor.agencyId ? { kind: 'agency', agencyId: actor.agencyId } : { kind: 'none' };
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return scopeFor(actor, permission).kind !== 'none';
}

export function scopeContains(scope: DataScope, record: RecordLocation): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'region':
      return record.regionCode !== null && record.regionCode.startsWith(scope.regionCode);
    case 'agency':
      return record.agencyId !== null && record.agencyId === scope.agencyId;
  }
}

/** "May this actor do this action on this record?" — the one question every route asks. */
export function can(actor: Actor, permission: Permission, record?: RecordLocation): boolean {
  const scope = scopeFor(actor, permission);
  if (scope.kind === 'none') return false;
  return record === undefined ? true : scopeContains(scope, record);
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const grant of ROLE_GRANTS[role] ?? []) set.add(grant.permission);
  return [...set].sort();
}
