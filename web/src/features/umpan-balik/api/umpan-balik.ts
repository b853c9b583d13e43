import { queryOptions } from '@tanstack/react-query';
import type { PegawaiDetail } from '@capaian/contract/pegawai';
import type { UmpanBalikBalasan, UmpanBalikInput, UmpanBalikItem, UmpanBalikList } from '@capaian/contract/umpan-balik';
import { api } from '@/lib/api-client';

export type { UmpanBalikBalasan, UmpanBalikItem };

export interface UmpanBalikFilter {
  pegawaiId?: string | undefined;
  realisasiId?: string | undefined;
}

export const umpanBalikKeys = {
  all: ['umpan-balik'] as const,
  list: (f: UmpanBalikFilter) => ['umpan-balik', f.pegawaiId ?? 'saya', f.realisasiId ?? ''] as const,
};

export function umpanBalikQuery(f: UmpanBalikFilter) {
  return queryOptions({
    queryKey: umpanBalikKeys.list(f),
    queryFn: ({ signal }) => api.get<UmpanBalikList>('/umpan-balik', { pegawaiId: f.pegawaiId, realisasiId: f.realisasiId }, signal),
    retry: false,
  });
}

export const kirimUmpanBalik = (input: UmpanBalikInput) => api.post<UmpanBalikItem>('/umpan-balik', input);

/** The pegawai the feedback is about (name and jabatan for the page title). */
export function pegawaiQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: ['umpan-balik', 'pegawai', pegawaiId] as const,
    queryFn: ({ signal }) => api.get<PegawaiDetail>(`/pegawai/${encodeURIComponent(pegawaiId)}`, undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
