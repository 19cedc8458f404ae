import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardFigure, ResponseOf } from '@zhifa/contract';
import { api } from '../../api/client';

export interface Period {
  from: string;
  to: string;
  agencyId?: string;
}

type FigureAnswer = {
  agencies: ResponseOf<'GET /api/dashboard/agencies'>;
  domains: ResponseOf<'GET /api/dashboard/domains'>;
  items: ResponseOf<'GET /api/dashboard/items'>;
  officers: ResponseOf<'GET /api/dashboard/officers'>;
  overdue: ResponseOf<'GET /api/dashboard/overdue'>;
  reviews: ResponseOf<'GET /api/dashboard/reviews'>;
  idle: ResponseOf<'GET /api/dashboard/idle'>;
  training: ResponseOf<'GET /api/dashboard/training'>;
  disclosure: ResponseOf<'GET /api/dashboard/disclosure'>;
};

/** One dashboard figure: each is its own query, so a slow one never holds the others back. */
export function useFigure<F extends DashboardFigure>(figure: F, period: Period) {
  return useQuery({
    queryKey: ['dashboard', figure, period],
    queryFn: ({ signal }) => api.get<FigureAnswer[F]>(`/api/dashboard/${figure}`, { ...period }, signal),
    placeholderData: keepPreviousData,
  });
}

export function exportHref(figure: DashboardFigure, period: Period): string {
  const params = new URLSearchParams({ figure, from: period.from, to: period.to });
  if (period.agencyId) params.set('agencyId', period.agencyId);
  return `/api/dashboard/export?${params.toString()}`;
}

/** The case list behind a figure: the filters go in the address, and the list shows them. */
export function casesHref(filter: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  return `/cases?${params.toString()}`;
}

export function useStandards() {
  return useQuery({
    queryKey: ['review-standards'],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/review-standards'>>('/api/review-standards', {}, signal),
  });
}

export function usePlans() {
  return useQuery({
    queryKey: ['review-plans'],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/review-plans'>>('/api/review-plans', {}, signal),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['review-plans', id],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/review-plans/:id'>>(`/api/review-plans/${id}`, {}, signal),
    enabled: !!id,
  });
}

export function usePlanResults(id: string | undefined) {
  return useQuery({
    queryKey: ['review-plans', id, 'results'],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<'GET /api/review-plans/:id/results'>>(`/api/review-plans/${id}/results`, {}, signal),
    enabled: !!id,
  });
}

export function useFileReview(id: string | undefined) {
  return useQuery({
    queryKey: ['file-reviews', id],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/file-reviews/:id'>>(`/api/file-reviews/${id}`, {}, signal),
    enabled: !!id,
  });
}

export function useEvaluation(year: number) {
  return useQuery({
    queryKey: ['evaluation', year],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/evaluation'>>('/api/evaluation', { year }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWeights() {
  return useQuery({
    queryKey: ['evaluation', 'weights'],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/evaluation/weights'>>('/api/evaluation/weights', {}, signal),
  });
}

export const GRADE_LABELS = { excellent: '优秀', pass: '合格', fail: '不合格' } as const;
export const GRADE_COLORS = { excellent: 'green', pass: 'blue', fail: 'red' } as const;
