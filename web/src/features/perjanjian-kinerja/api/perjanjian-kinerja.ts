import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/perjanjian-kinerja/schema.ts. */
export interface Sasaran {
  id: string;
  unitId: string;
  unitNama: string;
  tahun: number;
  sasaran: string;
  indikator: string;
  target: string;
  jumlahRhk: number;
  can: Partial<Record<'read' | 'update' | 'delete', boolean>> & Record<string, boolean>;
}

export interface SasaranInput {
  unitId: string;
  tahun: number;
  sasaran: string;
  indikator: string;
  target: string;
}

/** The part of GET /unit-kerja this page needs. */
export interface UnitRingkas {
  id: string;
  kode: string;
  nama: string;
  aktif: boolean;
}

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
  queryFn: ({ signal }) => api.get<UnitRingkas[]>('/unit-kerja', undefined, signal),
});

const p = (id: string) => `/perjanjian-kinerja/${encodeURIComponent(id)}`;
export const createSasaran = (input: SasaranInput) => api.post<Sasaran>('/perjanjian-kinerja', input);
export const updateSasaran = (id: string, input: SasaranInput) => api.put<Sasaran>(p(id), input);
export const deleteSasaran = (id: string) => api.delete(p(id));
