import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Agency, AgencyKind, Region } from '@zhifa/contract';

export function useAgencies(filter: { kind?: AgencyKind; q?: string } = {}, enabled = true) {
  return useQuery({
    queryKey: ['agencies', filter],
    queryFn: ({ signal }) => api.get<Agency[]>('/api/agencies', filter, signal),
    enabled,
  });
}

export function useRegions(enabled = true) {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => api.get<Region[]>('/api/regions', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}
