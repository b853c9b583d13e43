import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, buildUrl } from '@/lib/api-client';

/** Mirrors server/src/layanan-publik/schema.ts (API contract of issue #6). */
export interface Titik {
  id: string;
  unitId: string;
  unitNama: string;
  nama: string;
  /** The public code in the QR address. */
  kode: string;
  /** The address the QR code opens (<PUBLIC_URL>/l/<kode>). */
  tautan: string;
  aktif: boolean;
  dibuatAt: string;
  can: { ubah: boolean; unduhPoster: boolean };
}

export interface TitikInput {
  unitId: string;
  nama: string;
  aktif: boolean;
}

export interface RataRata {
  kecepatan: number;
  keramahan: number;
  kejelasan: number;
  keadilan: number;
}

export interface Mingguan {
  minggu: string;
  jumlah: number;
  rataRata: RataRata;
}

export interface Tren {
  dari: string;
  sampai: string;
  total: { jumlah: number; rataRata: RataRata | null };
  mingguan: Mingguan[];
  perUnit: Array<{ unitId: string; unitNama: string; jumlah: number; rataRata: RataRata; mingguan: Mingguan[] }>;
  perTitik: Array<{ titikId: string; nama: string; unitNama: string; jumlah: number; rataRata: RataRata }>;
  perPetugas: Array<{ pegawaiId: string; nama: string; jumlah: number; rataRata: RataRata; mingguan: Mingguan[] }>;
  komentar: Array<{ tanggal: string; titikNama: string; petugasNama: string | null; komentar: string }>;
}

export interface TrenFilter {
  unitId?: string | undefined;
  pegawaiId?: string | undefined;
  titikId?: string | undefined;
  dari?: string | undefined;
  sampai?: string | undefined;
}

export interface UnitOpsi {
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
}

export const layananKeys = {
  titik: (unitId?: string) => ['layanan-publik', 'titik', unitId ?? ''] as const,
  tren: (f: TrenFilter) => ['layanan-publik', 'tren', f] as const,
};

export function titikQuery(unitId?: string) {
  return queryOptions({
    queryKey: layananKeys.titik(unitId),
    queryFn: ({ signal }) => api.get<{ items: Titik[]; can: { buat: boolean } }>('/layanan-publik/titik', { unitId }, signal),
    retry: false,
  });
}

export function trenQuery(f: TrenFilter) {
  return queryOptions({
    queryKey: layananKeys.tren(f),
    queryFn: ({ signal }) => api.get<Tren>('/layanan-publik/tren', { ...f }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const unitQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<UnitOpsi[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export const buatTitik = (input: TitikInput) => api.post<Titik>('/layanan-publik/titik', input);
export const ubahTitik = (id: string, input: TitikInput) => api.put<Titik>(`/layanan-publik/titik/${encodeURIComponent(id)}`, input);
export const posterUrl = (id: string) => buildUrl(`/layanan-publik/titik/${encodeURIComponent(id)}/poster.pdf`);
