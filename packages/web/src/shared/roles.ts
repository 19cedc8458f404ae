import { ROLE_LABELS, isRole } from '@zhifa/domain';

export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

export function roleLabels(roles: readonly string[]): string {
  return roles.map(roleLabel).join('、');
}
