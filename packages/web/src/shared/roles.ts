import { ROLE_LABELS, isAdminRole, isRole } from '@zhifa/domain';

export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

export function roleLabels(roles: readonly string[]): string {
  return roles.map(roleLabel).join('、');
}

export function isAdminRoleName(role: string): boolean {
  return isRole(role) && isAdminRole(role);
}

/** Tag colour: administrators stand apart from business roles (三员分立). */
export function roleColor(role: string): string {
  return isAdminRoleName(role) ? 'purple' : 'blue';
}
