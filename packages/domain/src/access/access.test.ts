import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { can, scopeFor, permissionsOf, type Actor } from './scope';
import { ADMIN_ROLES, BUSINESS_ROLES, ROLES, validateRoleSet, requiresSecondFactor, idleTimeoutMinutes } from './roles';
import { ROLE_GRANTS } from './role-permissions';
import { PERMISSION_LIST } from './permissions';

const township: Actor = { userId: 'u1', roles: ['officer'], agencyId: 'a-dr', regionCode: '440703103' };
const county: Actor = { userId: 'u2', roles: ['countySupervisor'], agencyId: 'a-sfj', regionCode: '440703' };

describe('access module', () => {
  it('an officer acts on records of the own agency only', () => {
    expect(can(township, 'case:handle', { agencyId: 'a-dr', regionCode: '440703103' })).toBe(true);
    expect(can(township, 'case:handle', { agencyId: 'a-th', regionCode: '440703102' })).toBe(false);
  });

  it('a county supervisor reads every agency inside the county, none outside', () => {
    expect(can(county, 'case:read', { agencyId: 'a-th', regionCode: '440703102' })).toBe(true);
    expect(can(county, 'case:read', { agencyId: 'x', regionCode: '440704001' })).toBe(false);
    expect(can(county, 'case:handle')).toBe(false);
  });

  it('deny by default: an actor without roles can do nothing', () => {
    const nobody: Actor = { userId: 'n', roles: [], agencyId: 'a', regionCode: '4407' };
    for (const p of PERMISSION_LIST) expect(can(nobody, p)).toBe(false);
  });

  it('等保 8.1.4.2d 三权分立: administrators hold no business permission and none of each other', () => {
    const adminPerms = Object.fromEntries(ADMIN_ROLES.map((r) => [r, new Set(permissionsOf([r]))]));
    const business = new Set(BUSINESS_ROLES.flatMap((r) => permissionsOf([r])));
    for (const r of ADMIN_ROLES) {
      for (const p of adminPerms[r]) {
        expect(
          ['case:', 'lead:', 'evidence:', 'law:manage', 'item:manage', 'delegation:', 'person:'].some((b) =>
            p.startsWith(b),
          ),
        ).toBe(false);
        if (p.endsWith(':read') && p !== 'audit:read') continue;
        for (const other of ADMIN_ROLES)
          if (other !== r && !p.endsWith(':read')) expect(adminPerms[other].has(p)).toBe(false);
      }
    }
    expect(business.has('audit:read')).toBe(false);
    expect(business.has('user:manage')).toBe(false);
    expect(business.has('role:assign')).toBe(false);
  });

  it('an administrator role cannot be combined with any other role', () => {
    expect(validateRoleSet(['systemAdmin', 'officer']).ok).toBe(false);
    expect(validateRoleSet(['securityAdmin', 'auditAdmin']).ok).toBe(false);
    expect(validateRoleSet(['officer', 'legalReviewer']).ok).toBe(true);
    expect(validateRoleSet([]).ok).toBe(false);
    expect(validateRoleSet(['root']).ok).toBe(false);
  });

  it('administrators need a second factor and a 15-minute idle timeout (等保 8.1.4.1)', () => {
    expect(requiresSecondFactor(['auditAdmin'], false)).toBe(true);
    expect(requiresSecondFactor(['officer'], false)).toBe(false);
    expect(requiresSecondFactor(['officer'], true)).toBe(true);
    expect(idleTimeoutMinutes(['systemAdmin'])).toBe(15);
    expect(idleTimeoutMinutes(['officer'])).toBe(30);
  });

  it('every grant names a known permission and a known role', () => {
    for (const role of ROLES)
      for (const grant of ROLE_GRANTS[role]) expect(PERMISSION_LIST).toContain(grant.permission);
  });

  it('property: a record is in scope only if the permission is granted at all', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...PERMISSION_LIST),
        fc.constantFrom('440703', '440703101', '440704', '44'),
        (roles, permission, regionCode) => {
          const actor: Actor = { userId: 'x', roles, agencyId: 'a1', regionCode: '440703' };
          const record = { agencyId: 'a2', regionCode };
          if (can(actor, permission, record)) expect(scopeFor(actor, permission).kind).not.toBe('none');
          if (!regionCode.startsWith('440703')) {
            const s = scopeFor(actor, permission);
            expect(can(actor, permission, record)).toBe(s.kind === 'all');
          }
        },
      ),
    );
  });
});
