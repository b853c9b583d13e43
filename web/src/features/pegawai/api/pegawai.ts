import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PegawaiBody, PegawaiDetail, PegawaiItem, PegawaiPage } from '@capaian/contract/pegawai';
import { api } from '@/lib/api-client';
import type { PegawaiSearch } from '../routes/search';

export type { PegawaiBody, PegawaiDetail, PegawaiItem };

export const PAGE_SIZE = 20;

export const pegawaiKeys = {
  all: ['pegawai'] as const,
  list: (search: PegawaiSearch) => ['pegawai', 'list', search] as const,
  detail: (id: string) => ['pegawai', 'detail', id] as const,
};

export function pegawaiListQuery(search: PegawaiSearch) {
  return queryOptions({
    queryKey: pegawaiKeys.list(search),
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

export function pegawaiDetailQuery(id: string) {
  return queryOptions({
    queryKey: pegawaiKeys.detail(id),
    queryFn: ({ signal }) => api.get<PegawaiDetail>(`/pegawai/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export const createPegawai = (input: PegawaiBody) => api.post<PegawaiDetail>('/pegawai', input);
export const updatePegawai = (id: string, input: PegawaiBody) => api.put<PegawaiDetail>(`/pegawai/${encodeURIComponent(id)}`, input);
export const deletePegawai = (id: string) => api.delete(`/pegawai/${encodeURIComponent(id)}`);
