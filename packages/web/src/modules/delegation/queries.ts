import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AgencyHistory,
  AgencyItems,
  ConsistencyReport,
  DecisionDetail,
  DecisionInput,
  DecisionSummary,
  IdleReport,
  ResponseOf,
  Township,
  TownshipGroup,
} from '@zhifa/contract';

export function useTownships() {
  return useQuery({
    queryKey: ['delegation', 'townships'],
    queryFn: ({ signal }) => api.get<Township[]>('/api/delegation/townships', undefined, signal),
  });
}

export function useGroups() {
  return useQuery({
    queryKey: ['delegation', 'groups'],
    queryFn: ({ signal }) => api.get<TownshipGroup[]>('/api/delegation/groups', undefined, signal),
  });
}

export function useDecisions(filter: { kind?: string; agencyId?: string } = {}) {
  return useQuery({
    queryKey: ['delegation', 'decisions', filter],
    queryFn: ({ signal }) => api.get<DecisionSummary[]>('/api/delegation/decisions', filter, signal),
  });
}

export function useDecision(id: string | null) {
  return useQuery({
    queryKey: ['delegation', 'decision', id],
    queryFn: ({ signal }) => api.get<DecisionDetail>(`/api/delegation/decisions/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useAgencyItems(agencyId: string | undefined, date: string) {
  return useQuery({
    queryKey: ['delegation', 'agency-items', agencyId, date],
    queryFn: ({ signal }) => api.get<AgencyItems>(`/api/delegation/agencies/${agencyId}/items`, { date }, signal),
    enabled: Boolean(agencyId),
    placeholderData: keepPreviousData,
  });
}

export function useAgencyHistory(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['delegation', 'agency-history', agencyId],
    queryFn: ({ signal }) => api.get<AgencyHistory>(`/api/delegation/agencies/${agencyId}/history`, undefined, signal),
    enabled: Boolean(agencyId),
  });
}

export function useIdle(months: number) {
  return useQuery({
    queryKey: ['delegation', 'idle', months],
    queryFn: ({ signal }) => api.get<IdleReport>('/api/delegation/idle', { months }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useConsistency(date: string | undefined) {
  return useQuery({
    queryKey: ['delegation', 'consistency', date],
    queryFn: ({ signal }) => api.get<ConsistencyReport>('/api/delegation/consistency', { date }, signal),
    placeholderData: keepPreviousData,
  });
}

export function createDecision(body: DecisionInput, commandKey: string) {
  return api.post<ResponseOf<'POST /api/delegation/decisions'>>('/api/delegation/decisions', body, commandKey);
}
