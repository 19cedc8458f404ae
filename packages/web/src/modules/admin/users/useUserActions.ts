import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey } from '../../../api/client';
import type { UserRow } from '@zhifa/contract';
import { showSuccess } from '../../../app/feedback';

export type UserAction = 'disable' | 'enable' | 'unlock' | 'resetSecondFactor';

const DONE: Record<UserAction, (u: UserRow) => string> = {
  disable: (u) => `已停用 ${u.name} 的账号，其登录会话已注销`,
  enable: (u) => `已启用 ${u.name} 的账号`,
  unlock: (u) => `已解锁 ${u.name} 的账号`,
  resetSecondFactor: (u) => `已重置 ${u.name} 的动态验证码，下次登录时需重新绑定`,
};

function call(action: UserAction, user: UserRow, key: string) {
  switch (action) {
    case 'disable':
    case 'enable':
      return api.post(`/api/users/${user.id}/disable`, { disabled: action === 'disable' }, key);
    case 'unlock':
      return api.post(`/api/users/${user.id}/unlock`, undefined, key);
    case 'resetSecondFactor':
      return api.post(`/api/users/${user.id}/reset-second-factor`, undefined, key);
  }
}

/** One-click account actions: one idempotency key per click (mutations are not retried; the client resends once on a network failure with the same key). */
export function useUserActions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, user }: { action: UserAction; user: UserRow }) => call(action, user, newIdempotencyKey()),
    onSuccess: (_r, { action, user }) => {
      showSuccess(DONE[action](user));
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
