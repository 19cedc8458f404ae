import type { Permission } from './permissions';
import type { Role } from './roles';

/**
 * How far down the region/agency tree a role's permission reaches:
 * `agency` — records of the actor's own agency; `region` — records of every agency whose region
 * lies inside the actor's agency region (a county office sees all its townships); `all` — everything.
 */
export type ScopeLevel = 'agency' | 'region' | 'all';

export interface Grant {
  permission: Permission;
  scope: ScopeLevel;
}

const g = (scope: ScopeLevel, ...permissions: Permission[]): Grant[] =>
  permissions.map((permission) => ({ permission, scope }));

const READ_LIBRARIES: Permission[] = ['law:read', 'item:read', 'delegation:read', 'region:read', 'agency:read'];

/** The one role → permission map. Changing it is a security event (audited by the server). */
export const ROLE_GRANTS: Record<Role, Grant[]> = {
  officer: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'agency',
      'person:read',
      'lead:read',
      'lead:manage',
      'case:read',
      'case:handle',
      'evidence:read',
      'evidence:upload',
      'alert:read',
      'disclosure:read',
    ),
  ],
  auxiliary: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g('agency', 'lead:read', 'lead:manage', 'case:read', 'evidence:read', 'evidence:upload'),
  ],
  legalReviewer: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'agency',
      'person:read',
      'lead:read',
      'case:read',
      'case:review',
      'evidence:read',
      'alert:read',
      'disclosure:read',
      'disclosure:publish',
    ),
  ],
  agencyHead: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'agency',
      'person:read',
      'person:manage',
      'person:viewIdentity',
      'lead:read',
      'lead:manage',
      'lead:viewComplainant',
      'case:read',
      'case:approve',
      'evidence:read',
      // The head signs what the agency issues, so the head keeps its numbering and payee account.
      'document:configure',
      'alert:read',
      'alert:handle',
      'correction:read',
      'correction:reply',
      'disclosure:read',
      'disclosure:publish',
      // The head sets how the agency's own decisions are published (where a local rule allows).
      'disclosure:configure',
      // The dashboard of the head's own agency (驾驶舱, own data only).
      'oversight:read',
    ),
  ],
  departmentOfficer: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'agency',
      'person:read',
      'lead:read',
      'lead:manage',
      'case:read',
      'case:handle',
      'evidence:read',
      'evidence:upload',
      'alert:read',
    ),
    ...g('region', 'item:manage'),
  ],
  countyCoordinator: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'region',
      'law:manage',
      'item:manage',
      'delegation:manage',
      'person:read',
      'person:manage',
      'lead:read',
      'case:read',
      'oversight:read',
      'alert:read',
      'alert:handle',
      'alert:run',
      'correction:read',
      'oversight:review',
      'disclosure:configure',
    ),
  ],
  countySupervisor: [
    ...g('all', ...READ_LIBRARIES, 'workbench:read'),
    ...g(
      'region',
      'person:read',
      'person:viewIdentity',
      'lead:read',
      'lead:viewComplainant',
      'case:read',
      'evidence:read',
      'oversight:read',
      'alert:read',
      'alert:handle',
      'alert:run',
      'correction:read',
      'correction:issue',
      'disclosure:read',
      'oversight:review',
      'disclosure:configure',
    ),
  ],
  systemAdmin: [
    ...g(
      'all',
      'region:read',
      'agency:read',
      'agency:manage',
      'user:read',
      'user:manage',
      'role:read',
      'config:manage',
      'document:configure',
    ),
  ],
  securityAdmin: [...g('all', 'user:read', 'user:unlock', 'role:read', 'role:assign', 'agency:read')],
  auditAdmin: [...g('all', 'audit:read', 'audit:verify')],
};
