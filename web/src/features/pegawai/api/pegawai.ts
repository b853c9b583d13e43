import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, PegawaiDetail, PegawaiItem } from '@/types/api';
import type { PegawaiSearch } from '../routes/search';

export const PAGE_SIZE = 20;

export const pegawaiKeys = {
  all: ['pegawai'] as const,
  list: (search: PegawaiSearch) => ['pegawai', 'list', search] as const,
  detail: (id: string) => ['pegawai', 'detail', id] as const,
};

export function pegawaiListQuery(search: PegawaiSearch) {
  return queryOptions({
    queryKey: pegawaiKeys.list(search),
    queryFn: ({ signal }) =>
      api.get<Page<PegawaiItem>>('/pegawai', { ...search, page: search.page ?? 1, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

export function pegawaiDetailQuery(id: string) {
  return queryOptions({
    queryKey: pegawaiKeys.detail(id),
    queryFn: ({ signal }) => api.get<PegawaiDetail>(`/pegawai/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export interface PegawaiInput {
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jenisAsn: string;
  golongan: string;
  jabatanId: string;
  tmtJabatan: string | null;
  status: string;
  email: string | null;
}

export const createPegawai = (input: PegawaiInput) => api.post<PegawaiDetail>('/pegawai', input);
export const updatePegawai = (id: string, input: PegawaiInput) => api.put<PegawaiDetail>(`/pegawai/${encodeURIComponent(id)}`, input);
export const deletePegawai = (id: string) => api.delete(`/pegawai/${encodeURIComponent(id)}`);
