import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BenchmarkFile, BenchmarkVersionContent } from '@zhifa/domain';
import type { BenchmarkDetail, BenchmarkSummary, ResponseOf } from '@zhifa/contract';
import { api } from '../../../api/client';

export function useBenchmarks(filter: { itemCode?: string | undefined; q?: string | undefined }) {
  return useQuery({
    queryKey: ['benchmarks', 'list', filter],
    queryFn: ({ signal }) => api.get<BenchmarkSummary[]>('/api/benchmarks', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBenchmark(id: string | null) {
  return useQuery({
    queryKey: ['benchmarks', 'detail', id],
    queryFn: ({ signal }) => api.get<BenchmarkDetail>(`/api/benchmarks/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function saveBenchmark(
  target: { benchmarkId: string } | { itemCode: string; violation: string },
  version: BenchmarkVersionContent,
  key: string,
) {
  return 'benchmarkId' in target
    ? api.post<ResponseOf<'POST /api/benchmarks/:id/versions'>>(
        `/api/benchmarks/${target.benchmarkId}/versions`,
        { version },
        key,
      )
    : api.post<ResponseOf<'POST /api/benchmarks'>>('/api/benchmarks', { ...target, version }, key);
}

export function importBenchmarkFile(file: BenchmarkFile, key: string) {
  return api.post<ResponseOf<'POST /api/benchmarks/import.json'>>('/api/benchmarks/import.json', { file }, key);
}

export function importBenchmarkWorkbook(fileName: string, content: string, key: string) {
  return api.post<ResponseOf<'POST /api/benchmarks/import'>>('/api/benchmarks/import', { fileName, content }, key);
}
