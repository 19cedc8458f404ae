import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { Workbench } from '@zhifa/contract';

const EMPTY: Workbench = { todo: [], deadlines: [], cases: [] };

/** The signed-in user's to-dos, near deadlines and cases; empty while the server has no such endpoint. */
export function useWorkbench() {
  return useQuery({
    queryKey: ['workbench'],
    queryFn: async ({ signal }) => {
      try {
        const data = await api.get<Workbench>('/api/workbench', undefined, signal);
        return { ...EMPTY, ...data };
      } catch (err) {
        if (isApiError(err, 404)) return EMPTY;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}
