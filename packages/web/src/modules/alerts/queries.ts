import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agency, ResponseOf } from '@zhifa/contract';
import { api } from '../../api/client';

export type AlertList = ResponseOf<'GET /api/alerts'>;
export type AlertRow = AlertList['items'][number];
export type AlertRun = NonNullable<ResponseOf<'GET /api/alerts/runs/latest'>['run']>;

export interface AlertFilter {
  rule?: string;
  status?: string;
  agencyId?: string;
  caseId?: string;
  limit: number;
  offset: number;
}

export function useAlerts(filter: AlertFilter) {
  return useQuery({
    queryKey: ['alerts', 'list', filter],
    queryFn: ({ signal }) => api.get<AlertList>('/api/alerts', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAlertRules() {
  return useQuery({
    queryKey: ['alerts', 'rules'],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/alerts/rules'>>('/api/alerts/rules', undefined, signal),
    staleTime: Infinity,
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: ({ signal }) => api.get<Agency[]>('/api/agencies', undefined, signal),
    staleTime: 300_000,
  });
}

/** The latest run; polled every second while one is going. */
export function useLatestRun() {
  return useQuery({
    queryKey: ['alerts', 'run'],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<'GET /api/alerts/runs/latest'>>('/api/alerts/runs/latest', undefined, signal),
    refetchInterval: (q) => {
      const s = q.state.data?.run?.status;
      return s === 'queued' || s === 'running' ? 1000 : false;
    },
  });
}

export function useStartRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ResponseOf<'POST /api/alerts/runs'>>('/api/alerts/runs', { rules: 'all' }),
    onSuccess: (run) => qc.setQueryData(['alerts', 'run'], { run }),
  });
}

export function useAlertCommand(kind: 'acknowledge' | 'recheck') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      api.post<unknown>(`/api/alerts/${id}/${kind}`, kind === 'acknowledge' ? { note } : undefined),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['alerts', 'list'] }),
  });
}
