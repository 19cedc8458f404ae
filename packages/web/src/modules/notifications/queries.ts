import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '@zhifa/contract';
import { api } from '../../api/client';

export type NotificationList = ResponseOf<'GET /api/notifications'>;

export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<'GET /api/notifications/unread-count'>>('/api/notifications/unread-count', undefined, signal),
    // A new alert or notice shows within a minute without a reload.
    refetchInterval: 60_000,
  });
}

export function useNotifications(filter: { unread?: 'true'; limit: number; offset: number }) {
  return useQuery({
    queryKey: ['notifications', 'list', filter],
    queryFn: ({ signal }) => api.get<NotificationList>('/api/notifications', filter, signal),
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<ResponseOf<'POST /api/notifications/:id/read'>>(`/api/notifications/${id}/read`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string) =>
      api.post<ResponseOf<'POST /api/notifications/read-all'>>('/api/notifications/read-all', { upTo }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export const KIND_LABELS: Record<string, string> = {
  alert: '预警',
  correction: '监督意见书',
  deadline: '期限',
  queue: '待办',
};
