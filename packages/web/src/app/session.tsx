import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Permission } from '@zhifa/domain';
import { api } from '../api/client';
import type { Me, ResponseOf } from '@zhifa/contract';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

export const meQuery = {
  queryKey: ME_QUERY_KEY,
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get<Me>('/api/auth/me', undefined, signal),
  staleTime: Infinity,
  retry: false,
} as const;

/** The signed-in user, or an error (401) when there is no session. */
export function useMeQuery() {
  return useQuery(meQuery);
}

const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** The signed-in user; only inside the authenticated layout. */
export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the authenticated layout');
  return user;
}

/** `can('user:manage')` — the permission list comes from the server's role map (permissionsOf). */
export function useCan(): (permission: Permission | undefined) => boolean {
  const user = useContext(CurrentUserContext);
  return useCallback(
    (permission: Permission | undefined) =>
      permission === undefined || (user?.permissions.includes(permission) ?? false),
    [user],
  );
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => api.post<ResponseOf<'POST /api/auth/logout'>>('/api/auth/logout'),
    meta: { silent: true },
    onSettled: async () => {
      // Leave the signed-in layout first (it would refetch the user), then forget every cached
      // record of this user on this device, whatever the server answered.
      await navigate('/login', { replace: true, state: { signedOut: true } });
      queryClient.clear();
    },
  });
  return mutation;
}
