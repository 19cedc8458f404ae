import { useQuery } from '@tanstack/react-query';
import { ApiError, newIdempotencyKey, api } from '../../api/client';
import type {
  PeoplePage,
  PeopleSettings,
  PersonDetail,
  ResponseOf,
  ReviewerRatioRow,
  ShortfallReport,
} from '@zhifa/contract';

export interface PeopleFilter {
  q?: string;
  agencyId?: string;
  post?: string;
  certificateStatus?: string;
  expiring?: string;
  active?: string;
  limit: number;
  offset: number;
}

export function usePeople(filter: PeopleFilter) {
  return useQuery({
    queryKey: ['people', 'list', filter],
    queryFn: ({ signal }) => api.get<PeoplePage>('/api/people', { ...filter }, signal),
    placeholderData: (previous) => previous,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => api.get<PersonDetail>(`/api/people/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useReminders() {
  return useQuery({
    queryKey: ['people', 'reminders'],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<'GET /api/certificates/reminders'>>('/api/certificates/reminders', undefined, signal),
  });
}

export function useShortfall(year: number, agencyId?: string) {
  return useQuery({
    queryKey: ['people', 'shortfall', year, agencyId],
    queryFn: ({ signal }) => api.get<ShortfallReport>('/api/training/shortfall', { year, agencyId }, signal),
    placeholderData: (previous) => previous,
  });
}

export function useReviewerRatio() {
  return useQuery({
    queryKey: ['people', 'reviewer-ratio'],
    queryFn: ({ signal }) => api.get<ReviewerRatioRow[]>('/api/reports/reviewer-ratio', undefined, signal),
  });
}

export function usePeopleSettings(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['people', 'settings', agencyId],
    queryFn: ({ signal }) => api.get<PeopleSettings>(`/api/agencies/${agencyId}/people-settings`, undefined, signal),
    enabled: !!agencyId,
  });
}

/** Multipart upload (the JSON client does not send files); errors come back as ApiError. */
export async function uploadTrainingSheet(file: File): Promise<{ imported: number; hours: number }> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/training/import', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Idempotency-Key': newIdempotencyKey() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new ApiError(
      res.status,
      body.code ?? `HTTP_${res.status}`,
      body.message ?? `上传失败（${res.status}）`,
      body.details,
    );
  return body;
}
