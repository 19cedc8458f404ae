import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey } from '../../api/client';
import type {
  ArticleDetail,
  FindResult,
  ImportResult,
  LawDetail,
  LawLevel,
  LawSummary,
  ResponseOf,
  ThesaurusEntry,
} from '@zhifa/contract';

// Law texts change only by import: cache them for a while.
const STALE = 5 * 60_000;

export function useLaws(filter: { level?: LawLevel; q?: string }) {
  return useQuery({
    queryKey: ['laws', 'list', filter],
    queryFn: ({ signal }) => api.get<LawSummary[]>('/api/laws', filter, signal),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

export function useLaw(id: string, version?: string) {
  return useQuery({
    queryKey: ['laws', 'detail', id, version ?? 'current'],
    queryFn: ({ signal }) => api.get<LawDetail>(`/api/laws/${id}`, { version }, signal),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

export function useLawArticles(id: string, version: string | undefined) {
  return useQuery({
    queryKey: ['laws', 'articles', id, version],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<'GET /api/laws/:id/articles'>>(`/api/laws/${id}/articles`, { version }, signal),
    enabled: version !== undefined,
    staleTime: STALE,
  });
}

export function useArticle(id: string) {
  return useQuery({
    queryKey: ['laws', 'article', id],
    queryFn: ({ signal }) => api.get<ArticleDetail>(`/api/laws/articles/${id}`, undefined, signal),
    staleTime: STALE,
  });
}

export function useLawFind(q: string, date: string | undefined) {
  return useQuery({
    queryKey: ['laws', 'find', q, date],
    queryFn: ({ signal }) => api.get<FindResult>('/api/laws/find', { q, date, limit: 15 }, signal),
    enabled: q.trim() !== '',
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

/** One idempotency key per chosen file: a resend of that file is recognised, another file is a new command. */
export function useImportLaw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...file }: { fileName: string; text: string; key: string }) =>
      api.post<ImportResult>('/api/laws/import', file, key),
    meta: { silent: true },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['laws'] });
    },
  });
}

export function useThesaurus(q: string) {
  return useQuery({
    queryKey: ['laws', 'thesaurus', q],
    queryFn: ({ signal }) => api.get<ThesaurusEntry[]>('/api/laws/thesaurus', { q: q || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Adds (id null) or corrects an entry; the search follows at once, so its results are dropped too. */
export function useSaveThesaurusEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string | null;
      term: string;
      expansions: string[];
      domain: string;
      note: string | null;
    }) =>
      id
        ? api.put<ThesaurusEntry>(`/api/laws/thesaurus/${id}`, body, newIdempotencyKey())
        : api.post<ThesaurusEntry>('/api/laws/thesaurus', body, newIdempotencyKey()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['laws', 'thesaurus'] });
      void queryClient.invalidateQueries({ queryKey: ['laws', 'find'] });
    },
  });
}

export function useDeleteThesaurusEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.delete<ResponseOf<'DELETE /api/laws/thesaurus/:id'>>(`/api/laws/thesaurus/${id}`, newIdempotencyKey()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['laws', 'thesaurus'] });
      void queryClient.invalidateQueries({ queryKey: ['laws', 'find'] });
    },
  });
}
