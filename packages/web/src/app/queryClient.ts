import { MutationCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { showError } from './feedback';

declare module '@tanstack/react-query' {
  interface Register {
    /** `silent: true` — the caller shows the error itself (e.g. inside a form). */
    mutationMeta: { silent?: boolean };
  }
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network and 5xx errors may.
        retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        if (!mutation.meta?.silent) showError(err);
      },
    }),
  });
}
