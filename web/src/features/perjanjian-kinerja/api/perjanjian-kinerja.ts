import { queryOptions } from '@tanstack/react-query';
import type { Unit } from '@capaian/contract/organisasi';
import type { Sasaran, SasaranInput } from '@capaian/contract/perjanjian-kinerja';
import { api } from '@/lib/api-client';

export type { Sasaran, SasaranInput };

export const pkKeys = {
  all: ['perjanjian-kinerja'] as const,
  list: (tahun: number, unitId: string | null) => ['perjanjian-kinerja', 'list', tahun, unitId ?? ''] as const,
};

export function pkListQuery(tahun: number, unitId: string | null) {
  return queryOptions({
    queryKey: pkKeys.list(tahun, unitId),
    queryFn: ({ signal }) => api.get<Sasaran[]>('/perjanjian-kinerja', { tahun, unitId: unitId ?? undefined }, signal),
  });
}

export const unitListQuery = queryOptions({
  queryKey: ['unit-kerja'] as const,
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
});

const p = (id: string) => `/perjanjian-kinerja/${encodeURIComponent(id)}`;
export const createSasaran = (input: SasaranInput) => api.post<Sasaran>('/perjanjian-kinerja', input);
export const updateSasaran = (id: string, input: SasaranInput) => api.put<Sasaran>(p(id), input);
export const deleteSasaran = (id: string) => api.delete(p(id));
