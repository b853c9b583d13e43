import type { TalentaPegawai } from '@capaian/contract/talenta';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PegawaiPage } from '@capaian/contract/pegawai';
import type { Hasil, HasilItem, HasilQuery, JenisRekomendasi, PeranTim, Rekomendasi, RekomendasiInput, Tim, TimInput, TimList } from '@capaian/contract/tim-penilai';
import { api } from '@/lib/api-client';
import { allOf } from '@/lib/labels';

export type { HasilItem, JenisRekomendasi, PeranTim, Tim };

export const PERAN_TIM = allOf<PeranTim>()(['KETUA', 'SEKRETARIS', 'ANGGOTA']);
export const JENIS_REKOMENDASI = allOf<JenisRekomendasi>()(['PROMOSI', 'MUTASI', 'PENGEMBANGAN', 'PENGHARGAAN', 'PEMBINAAN']);

export const timKeys = {
  all: ['tim-penilai'] as const,
  list: (tahun?: number) => ['tim-penilai', 'list', tahun ?? 0] as const,
  detail: (id: string) => ['tim-penilai', 'detail', id] as const,
  hasil: (id: string, f: HasilQuery) => ['tim-penilai', 'hasil', id, f] as const,
};

export function timListQuery(tahun?: number) {
  return queryOptions({
    queryKey: timKeys.list(tahun),
    queryFn: ({ signal }) => api.get<TimList>('/tim-penilai', { tahun }, signal),
  });
}

export function timQuery(id: string) {
  return queryOptions({
    queryKey: timKeys.detail(id),
    queryFn: ({ signal }) => api.get<Tim>(`/tim-penilai/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function hasilQuery(id: string, f: HasilQuery) {
  return queryOptions({
    queryKey: timKeys.hasil(id, f),
    queryFn: ({ signal }) => api.get<Hasil>(`/tim-penilai/${encodeURIComponent(id)}/hasil`, { ...f }, signal),
    placeholderData: keepPreviousData,
  });
}

export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari', q],
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { q: q || undefined, pageSize: 20 }, signal),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}

export const buatTim = (input: TimInput) => api.post<Tim>('/tim-penilai', input);
export const ubahTim = (id: string, input: TimInput) => api.put<Tim>(`/tim-penilai/${encodeURIComponent(id)}`, input);
export const catatRekomendasi = (id: string, body: RekomendasiInput) =>
  api.post<Rekomendasi>(`/tim-penilai/${encodeURIComponent(id)}/rekomendasi`, body);

/** The pegawai's place on the talent map (the pool feeds promotion and development recommendations). */
export function talentaPegawaiQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: ['talenta', 'pegawai', pegawaiId] as const,
    queryFn: ({ signal }) => api.get<TalentaPegawai>(`/talenta/pegawai/${encodeURIComponent(pegawaiId)}`, undefined, signal),
    retry: false,
  });
}
