import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/tim-penilai/schema.ts (API contract of issue #6). */
export type PeranTim = 'KETUA' | 'SEKRETARIS' | 'ANGGOTA';
export type JenisRekomendasi = 'PROMOSI' | 'MUTASI' | 'PENGEMBANGAN' | 'PENGHARGAAN' | 'PEMBINAAN';
export const PERAN_TIM: readonly PeranTim[] = ['KETUA', 'SEKRETARIS', 'ANGGOTA'];
export const JENIS_REKOMENDASI: readonly JenisRekomendasi[] = ['PROMOSI', 'MUTASI', 'PENGEMBANGAN', 'PENGHARGAAN', 'PEMBINAAN'];

export interface Anggota {
  pegawaiId: string;
  peran: PeranTim;
  peranLabel: string;
  nip: string;
  nama: string;
  jabatan: string | null;
  unitNama: string | null;
}

export interface Tim {
  id: string;
  tahun: number;
  nama: string;
  nomorSk: string | null;
  anggota: Anggota[];
  dibuatAt: string;
  can: { ubah: boolean; lihatHasil: boolean; rekomendasi: boolean };
}

export interface TimInput {
  tahun: number;
  nama: string;
  nomorSk?: string | null;
  anggota: Array<{ pegawaiId: string; peran: PeranTim }>;
}

export interface Rekomendasi {
  id: string;
  timId: string;
  periodeId: string;
  pegawaiId: string;
  jenis: JenisRekomendasi;
  jenisLabel: string;
  catatan: string;
  oleh: { id: string; nama: string } | null;
  at: string;
}

interface Ringkas {
  id: string;
  nama: string;
}

export interface HasilItem {
  evaluasiId: string;
  pegawai: { id: string; nip: string; nama: string; jabatan: string | null };
  unit: Ringkas;
  perangkatDaerah: Ringkas | null;
  status: string;
  ratingHasilKerja: string | null;
  ratingPerilaku: string | null;
  predikat: string | null;
  rekomendasi: Rekomendasi[];
}

export interface Hasil {
  tim: { id: string; nama: string; tahun: number };
  periode: { id: string; label: string; jenis: string; tahun: number; status: string } | null;
  periodeTersedia: Array<{ id: string; label: string; jenis: string }>;
  perangkatDaerah: Array<Ringkas & { jumlah: number; distribusi: Record<string, number> }>;
  items: HasilItem[];
  terpotong: boolean;
  can: { rekomendasi: boolean };
}

export interface HasilFilter {
  periodeId?: string | undefined;
  unitId?: string | undefined;
  predikat?: string | undefined;
}

export interface PegawaiCari {
  id: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string | null;
}

export const timKeys = {
  all: ['tim-penilai'] as const,
  list: (tahun?: number) => ['tim-penilai', 'list', tahun ?? 0] as const,
  detail: (id: string) => ['tim-penilai', 'detail', id] as const,
  hasil: (id: string, f: HasilFilter) => ['tim-penilai', 'hasil', id, f] as const,
};

export function timListQuery(tahun?: number) {
  return queryOptions({
    queryKey: timKeys.list(tahun),
    queryFn: ({ signal }) => api.get<{ items: Tim[]; can: { buat: boolean } }>('/tim-penilai', { tahun }, signal),
  });
}

export function timQuery(id: string) {
  return queryOptions({
    queryKey: timKeys.detail(id),
    queryFn: ({ signal }) => api.get<Tim>(`/tim-penilai/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function hasilQuery(id: string, f: HasilFilter) {
  return queryOptions({
    queryKey: timKeys.hasil(id, f),
    queryFn: ({ signal }) => api.get<Hasil>(`/tim-penilai/${encodeURIComponent(id)}/hasil`, { ...f }, signal),
    placeholderData: keepPreviousData,
  });
}

export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari', q],
    queryFn: ({ signal }) => api.get<{ items: PegawaiCari[] }>('/pegawai', { q: q || undefined, pageSize: 20 }, signal),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}

export const buatTim = (input: TimInput) => api.post<Tim>('/tim-penilai', input);
export const ubahTim = (id: string, input: TimInput) => api.put<Tim>(`/tim-penilai/${encodeURIComponent(id)}`, input);
export const catatRekomendasi = (id: string, body: { periodeId: string; pegawaiId: string; jenis: JenisRekomendasi; catatan: string }) =>
  api.post<Rekomendasi>(`/tim-penilai/${encodeURIComponent(id)}/rekomendasi`, body);
