import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { UserRow } from '@zhifa/contract';

export interface UserFilter {
  q?: string;
  agencyId?: string;
  role?: string;
}

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', filter],
    queryFn: ({ signal }) => api.get<UserRow[]>('/api/users', { ...filter }, signal),
    placeholderData: (previous) => previous,
  });
}

export type UserStatus = 'normal' | 'locked' | 'disabled';

export function userStatus(u: UserRow): UserStatus {
  if (u.disabled) return 'disabled';
  if (u.locked) return 'locked';
  return 'normal';
}

export const USER_STATUS_LABELS: Record<UserStatus, { label: string; color: string }> = {
  normal: { label: '正常', color: 'green' },
  locked: { label: '已锁定', color: 'orange' },
  disabled: { label: '已停用', color: 'default' },
};
