import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { KeysetPage, Lead, LeadDetail } from '@zhifa/contract';

export interface LeadFilter {
  status?: string;
  source?: string;
  q?: string;
}

export function useLeads(filter: LeadFilter) {
  return useInfiniteQuery({
    queryKey: ['leads', 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<KeysetPage<Lead>>('/api/leads', { ...filter, after: pageParam, limit: 20 }, signal),
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function useLead(id: string | undefined) {
  return useQuery({
    queryKey: ['leads', 'detail', id],
    queryFn: ({ signal }) => api.get<LeadDetail>(`/api/leads/${id}`, undefined, signal),
    enabled: !!id,
  });
}
