import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseConfig } from '@zhifa/domain';
import { ApiError, api, request } from '../../api/client';
import type {
  Agency,
  CaseDetail,
  CaseFileView,
  CaseListItem,
  CommandBody,
  CommandResult,
  KeysetPage,
  QueueView,
} from '@zhifa/contract';

export interface CaseFilter {
  status?: string;
  procedure?: string;
  assigned?: string;
  overdue?: string;
  q?: string;
  agencyId?: string;
  itemCode?: string;
  domain?: string;
  filedFrom?: string;
  filedTo?: string;
  closedFrom?: string;
  closedTo?: string;
}

export const CASE_PAGE_SIZE = 20;

/** The agencies a supervisor may filter the case list by (乡镇、街道 and county departments). */
export function useAgencyOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['agencies', {}],
    queryFn: ({ signal }) => api.get<Agency[]>('/api/agencies', {}, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCaseList(filter: CaseFilter) {
  return useInfiniteQuery({
    queryKey: ['cases', 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<KeysetPage<CaseListItem>>('/api/cases', { ...filter, after: pageParam, limit: CASE_PAGE_SIZE }, signal),
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

export function caseQueryKey(id: string | undefined) {
  return ['cases', 'detail', id] as const;
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${id}`, undefined, signal),
    enabled: !!id,
    staleTime: 5_000,
  });
}

/** The county's case configuration, for previews before a case exists (a case carries its own). */
export function useCaseConfig() {
  return useQuery({
    queryKey: ['cases', 'config'],
    queryFn: ({ signal }) => api.get<CaseConfig>('/api/case-config', undefined, signal),
    staleTime: 60_000,
  });
}

export function useCaseFile(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'file', id],
    queryFn: ({ signal }) => api.get<CaseFileView>(`/api/cases/${id}/case-file`, undefined, signal),
    enabled: !!id && enabled,
  });
}

export function useQueue(kind: 'review' | 'approval') {
  return useQuery({
    queryKey: ['queues', kind],
    queryFn: async ({ signal }) => {
      const data = await api.get<QueueView>(`/api/queues/${kind}`, undefined, signal);
      return data.items;
    },
  });
}

/**
 * A command as the client sends it: the command id is required (it is also the idempotency key);
 * the payload is the action's form output, which the domain's payload schema checks.
 */
export type CaseCommand = Omit<CommandBody, 'commandId' | 'payload'> & { commandId: string; payload: unknown };

/** Sends one command; the command id doubles as the idempotency key so a resend is the same command. */
export function sendCaseCommand(caseId: string, command: CaseCommand): Promise<CommandResult> {
  return request<CommandResult>('POST', `/api/cases/${caseId}/commands`, {
    body: command,
    idempotencyKey: command.commandId,
  });
}

/** After any change to a case: the case, the lists, the queues and the workbench may all show it. */
export function useInvalidateCase() {
  const queryClient = useQueryClient();
  return (caseId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cases'] }),
      queryClient.invalidateQueries({ queryKey: ['queues'] }),
      queryClient.invalidateQueries({ queryKey: ['workbench'] }),
      queryClient.invalidateQueries({ queryKey: ['leads'] }),
      ...(caseId ? [queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) })] : []),
    ]);
}

export function isStale(err: unknown): err is ApiError {
  return err instanceof ApiError && (err.status === 409 || err.code === 'STALE_VERSION');
}
