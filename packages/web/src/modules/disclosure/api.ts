import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DisclosureSettingsBody, ResponseOf } from '@zhifa/contract';
import { api, request } from '../../api/client';

export type TaskList = ResponseOf<'GET /api/disclosure/tasks'>;
export type TaskDetail = ResponseOf<'GET /api/disclosure/tasks/:id'>;
export type Transition = 'publish' | 'hold' | 'release' | 'withdraw';

export interface TaskFilter {
  status?: string | undefined;
  agencyId?: string | undefined;
  due?: string | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function useDisclosureTasks(filter: TaskFilter) {
  return useQuery({
    queryKey: ['disclosure', 'list', filter],
    queryFn: ({ signal }) => api.get<TaskList>('/api/disclosure/tasks', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDisclosureTask(id: string | null) {
  return useQuery({
    queryKey: ['disclosure', 'detail', id],
    queryFn: ({ signal }) => api.get<TaskDetail>(`/api/disclosure/tasks/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function sendTransition(id: string, kind: Transition, reason: string | undefined, commandKey: string) {
  return api.post<ResponseOf<'POST /api/disclosure/tasks/:id/publish'>>(
    `/api/disclosure/tasks/${id}/${kind}`,
    reason === undefined ? {} : { reason },
    commandKey,
  );
}

/** The agencies a supervisor may filter by (the list answers only those in the reader's scope). */
export function useAgencyOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['disclosure', 'agencies'],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/agencies'>>('/api/agencies', {}, signal),
    enabled,
    staleTime: 300_000,
  });
}

export type SettingsView = ResponseOf<'GET /api/disclosure/settings'>;
export const SETTINGS_KEY = ['disclosure', 'settings'] as const;

export function useDisclosureSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<SettingsView>('/api/disclosure/settings', undefined, signal),
  });
}

export function saveDisclosureSettings(body: DisclosureSettingsBody): Promise<SettingsView> {
  return request<SettingsView>('PUT', '/api/disclosure/settings', { body, idempotencyKey: body.commandId });
}
