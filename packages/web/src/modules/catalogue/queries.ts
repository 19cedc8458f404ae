import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Department, ItemDetail, ItemFilter, ItemInput, ResponseOf } from '@zhifa/contract';

export function useItems(filter: ItemFilter) {
  return useQuery({
    queryKey: ['items', 'list', filter],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/items'>>('/api/items', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useItem(id: string | null) {
  return useQuery({
    queryKey: ['items', 'detail', id],
    queryFn: ({ signal }) => api.get<ItemDetail>(`/api/items/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['items', 'departments'],
    queryFn: ({ signal }) => api.get<Department[]>('/api/items/departments', undefined, signal),
    staleTime: 10 * 60_000,
  });
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<ResponseOf<'DELETE /api/items/:id'>>(`/api/items/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['items'] }),
  });
}

export function saveItem(id: string | null, code: string, body: ItemInput & { active: boolean }, commandKey: string) {
  return id
    ? api.put<ResponseOf<'PUT /api/items/:id'>>(`/api/items/${id}`, body, commandKey)
    : api.post<ResponseOf<'POST /api/items'>>('/api/items', { code, ...omitActive(body) }, commandKey);
}

function omitActive({ active: _active, ...rest }: ItemInput & { active: boolean }): ItemInput {
  return rest;
}

/** Reads the workbook and sends it base64-encoded (the server takes JSON only). */
export async function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(new Error('文件读取失败'));
    reader.onload = () => {
      // readAsDataURL always yields a string.
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function importItems(fileName: string, content: string, commandKey: string) {
  return api.post<ResponseOf<'POST /api/items/import'>>('/api/items/import', { fileName, content }, commandKey);
}
