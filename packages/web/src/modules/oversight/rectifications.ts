import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '@zhifa/contract';
import type { RectificationStatus } from '@zhifa/domain';
import { api } from '../../api/client';

export type RectificationList = ResponseOf<'GET /api/rectifications'>;

export function useRectifications(filter: { status?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ['rectifications', filter],
    queryFn: ({ signal }) => api.get<RectificationList>('/api/rectifications', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export const RECTIFICATION_COLORS: Record<RectificationStatus, string> = {
  open: 'orange',
  replied: 'blue',
  returned: 'red',
  done: 'green',
};
