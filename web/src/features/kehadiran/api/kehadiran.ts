import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { HariKehadiran, ImporResult, Rekap, RekapTim, Ringkasan as RingkasanKehadiran } from '@capaian/contract/kehadiran';
import { api, buildUrl } from '@/lib/api-client';

export type { HariKehadiran, RingkasanKehadiran };

export const kehadiranKeys = {
  all: ['kehadiran'] as const,
  rekap: (pegawaiId: string | null, tahun: number, bulan: number) => ['kehadiran', 'rekap', pegawaiId ?? 'saya', tahun, bulan] as const,
  tim: (tahun: number, bulan: number) => ['kehadiran', 'tim', tahun, bulan] as const,
};

export function rekapQuery(pegawaiId: string | null, tahun: number, bulan: number) {
  return queryOptions({
    queryKey: kehadiranKeys.rekap(pegawaiId, tahun, bulan),
    queryFn: ({ signal }) => api.get<Rekap>('/kehadiran/rekap', { pegawaiId, tahun, bulan }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function rekapTimQuery(tahun: number, bulan: number) {
  return queryOptions({
    queryKey: kehadiranKeys.tim(tahun, bulan),
    queryFn: ({ signal }) => api.get<RekapTim>('/kehadiran/rekap-tim', { tahun, bulan }, signal),
    placeholderData: keepPreviousData,
  });
}

export const templatUrl = (format: 'xlsx' | 'csv') => buildUrl('/kehadiran/templat', { format });

/** Uploads an attendance file (multipart field "file"): every row is imported, or none. */
export function imporKehadiran(file: File): Promise<ImporResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<ImporResult>('/kehadiran/impor', body);
}
