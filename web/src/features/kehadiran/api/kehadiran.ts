import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';

/** Mirrors server/src/kehadiran/schema.ts (API contract of issue #5). */
export interface HariKehadiran {
  tanggal: string;
  status: string | null;
  jamMasuk: string | null;
  jamPulang: string | null;
  terlambatMenit: number | null;
}

import type { RingkasanKehadiran } from '@capaian/domain';
export type { RingkasanKehadiran };

export interface PegawaiKehadiran {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
}

export interface RekapKehadiran {
  pegawai: PegawaiKehadiran;
  tahun: number;
  bulan: number;
  hari: HariKehadiran[];
  ringkasan: RingkasanKehadiran;
}

export interface RekapTim {
  items: Array<{ pegawai: PegawaiKehadiran; ringkasan: RingkasanKehadiran }>;
}

export interface ImporKehadiranResult {
  diimpor: number;
  diperbarui: number;
}

export const kehadiranKeys = {
  all: ['kehadiran'] as const,
  rekap: (pegawaiId: string | null, tahun: number, bulan: number) => ['kehadiran', 'rekap', pegawaiId ?? 'saya', tahun, bulan] as const,
  tim: (tahun: number, bulan: number) => ['kehadiran', 'tim', tahun, bulan] as const,
};

export function rekapQuery(pegawaiId: string | null, tahun: number, bulan: number) {
  return queryOptions({
    queryKey: kehadiranKeys.rekap(pegawaiId, tahun, bulan),
    queryFn: ({ signal }) => api.get<RekapKehadiran>('/kehadiran/rekap', { pegawaiId, tahun, bulan }, signal),
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
export function imporKehadiran(file: File): Promise<ImporKehadiranResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<ImporKehadiranResult>('/kehadiran/impor', body);
}
