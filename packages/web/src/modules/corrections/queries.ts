import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '@zhifa/contract';
import { api } from '../../api/client';

export type CorrectionList = ResponseOf<'GET /api/correction-notices'>;
export type Correction = ResponseOf<'GET /api/correction-notices/:id'>;

export function useCorrections(filter: { status?: string; agencyId?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ['corrections', 'list', filter],
    queryFn: ({ signal }) => api.get<CorrectionList>('/api/correction-notices', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCorrection(id: string | undefined) {
  return useQuery({
    queryKey: ['corrections', 'detail', id],
    queryFn: ({ signal }) => api.get<Correction>(`/api/correction-notices/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export const STATUS_COLORS: Record<string, string> = {
  issued: 'orange',
  replied: 'blue',
  accepted: 'green',
  returned: 'red',
};
