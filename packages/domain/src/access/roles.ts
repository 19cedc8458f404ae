// Roles of the platform. Business roles act on cases and libraries; the three administrator
// roles (三权分立, 等保 8.1.4.2d) never do business and never do each other's work.
export const BUSINESS_ROLES = [
  'officer',
  'auxiliary',
  'legalReviewer',
  'agencyHead',
  'departmentOfficer',
  'countyCoordinator',
  'countySupervisor',
] as const;
export const ADMIN_ROLES = ['systemAdmin', 'securityAdmin', 'auditAdmin'] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;

export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: '执法人员',
  auxiliary: '执法辅助人员',
  legalReviewer: '法制审核人员',
  agencyHead: '执法主体负责人',
  departmentOfficer: '县级部门执法人员',
  countyCoordinator: '依法治县办工作人员',
  countySupervisor: '司法局执法监督人员',
  systemAdmin: '系统管理员',
  securityAdmin: '安全管理员',
  auditAdmin: '审计管理员',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

/** The second factor is mandatory for administrators (等保 8.1.4.1d). */
export function requiresSecondFactor(roles: readonly Role[], requireForEveryone: boolean): boolean {
  return requireForEveryone || roles.some(isAdminRole);
}

/** Idle timeout in minutes: 15 for administrators, 30 for everyone else (security.md §S5). */
export function idleTimeoutMinutes(roles: readonly Role[]): number {
  return roles.some(isAdminRole) ? 15 : 30;
}

/**
 * A role set is valid when it is non-empty and, if it contains an administrator role, contains
 * exactly that one role: an administrator account cannot also hold a business role or a second
 * administrator role (三权分立).
 */
export function validateRoleSet(roles: readonly string[]): { ok: true } | { ok: false; message: string } {
  if (roles.length === 0) return { ok: false, message: '至少需要一个角色' };
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length) return { ok: false, message: `未知角色：${unknown.join('、')}` };
  if (new Set(roles).size !== roles.length) return { ok: false, message: '角色不能重复' };
  const admins = (roles as Role[]).filter(isAdminRole);
  if (admins.length > 0 && roles.length > 1) {
    return { ok: false, message: '管理员角色（系统、安全、审计）必须单独授予，不能与其他角色兼任' };
  }
  return { ok: true };
}
