import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/bimbingan/schema.ts. */
export interface Pihak {
  id: string;
  nama: string;
  nip: string;
}

export interface TindakLanjut {
  id: string;
  uraian: string;
  jatuhTempo: string;
  selesaiAt: string | null;
}

export interface LembarUmpanBalik {
  jawaban: Array<{ nomor: number; skor: number }>;
  komentar: string | null;
  diisiAt: string | null;
}

export interface EvaluasiKompetensi {
  items: Array<{ kompetensi: string; skor: number; alasan: string }>;
  diisiAt: string | null;
}

export interface Bimbingan {
  id: string;
  pegawai: Pihak;
  pembimbing: Pihak;
  jenis: string;
  jadwal: string;
  tempat: string | null;
  topik: string;
  status: string;
  catatan: string | null;
  lembarUmpanBalik: LembarUmpanBalik | null;
  evaluasiKompetensi: EvaluasiKompetensi | null;
  tindakLanjut: TindakLanjut[];
  rowVersion: number;
  can: { catat: boolean; isiLembarUmpanBalik: boolean; isiEvaluasiKompetensi: boolean; batalkan: boolean };
}

export interface TindakLanjutItem {
  id: string;
  bimbinganId: string;
  uraian: string;
  jatuhTempo: string;
  selesaiAt: string | null;
  pegawai: { id: string; nama: string };
  terlambat: boolean;
  can: { selesaikan: boolean };
}

export type Peran = 'saya' | 'tim';

export interface BimbinganInput {
  pegawaiId: string;
  jenis: string;
  jadwal: string;
  tempat?: string | null;
  topik: string;
}

export interface CatatanInput {
  rowVersion: number;
  catatan: string;
  tindakLanjut: Array<{ uraian: string; jatuhTempo: string }>;
}

export const bimbinganKeys = {
  all: ['bimbingan'] as const,
  list: (peran: Peran, status: string | null) => ['bimbingan', 'list', peran, status ?? ''] as const,
  detail: (id: string) => ['bimbingan', 'detail', id] as const,
  tindakLanjut: (status: 'terbuka' | 'semua') => ['bimbingan', 'tindak-lanjut', status] as const,
};

export function bimbinganListQuery(peran: Peran, status: string | null) {
  return queryOptions({
    queryKey: bimbinganKeys.list(peran, status),
    queryFn: ({ signal }) => api.get<{ items: Bimbingan[] }>('/bimbingan', { peran, status }, signal),
  });
}

export function bimbinganQuery(id: string) {
  return queryOptions({
    queryKey: bimbinganKeys.detail(id),
    queryFn: ({ signal }) => api.get<Bimbingan>(`/bimbingan/${encodeURIComponent(id)}`, undefined, signal),
    retry: false,
  });
}

export function tindakLanjutQuery(status: 'terbuka' | 'semua') {
  return queryOptions({
    queryKey: bimbinganKeys.tindakLanjut(status),
    queryFn: ({ signal }) => api.get<{ items: TindakLanjutItem[] }>('/tindak-lanjut', { status }, signal),
  });
}

/** The caller's direct subordinates (GET /skp/tim; shares the SKP team page's cache). */
export interface Bawahan {
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
}

export function bawahanQuery(tahun: number) {
  return queryOptions({
    queryKey: ['skp', 'tim', tahun] as const,
    queryFn: ({ signal }) => api.get<Bawahan[]>('/skp/tim', { tahun }, signal),
    staleTime: 5 * 60_000,
  });
}

const path = (id: string) => `/bimbingan/${encodeURIComponent(id)}`;

export const buatBimbingan = (input: BimbinganInput) => api.post<Bimbingan>('/bimbingan', input);
export const simpanCatatan = (id: string, input: CatatanInput) => api.put<Bimbingan>(`${path(id)}/catatan`, input);
export const simpanLembar = (id: string, input: { rowVersion: number; jawaban: Array<{ nomor: number; skor: number }>; komentar: string | null }) =>
  api.put<Bimbingan>(`${path(id)}/lembar-umpan-balik`, input);
export const simpanEvaluasi = (id: string, input: { rowVersion: number; items: Array<{ kompetensi: string; skor: number; alasan: string }> }) =>
  api.put<Bimbingan>(`${path(id)}/evaluasi-kompetensi`, input);
export const batalkan = (id: string, input: { rowVersion: number; alasan?: string | null }) => api.post<Bimbingan>(`${path(id)}/batal`, input);
export const selesaikanTindakLanjut = (id: string) => api.post<TindakLanjutItem>(`/tindak-lanjut/${encodeURIComponent(id)}/selesai`);

const ZONA_OFFSET: Readonly<Record<string, string>> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/**
 * A `datetime-local` value ('2026-03-12T09:00'), read as the instansi's wall clock, as an ISO
 * timestamp with that zone's offset ('2026-03-12T09:00:00+07:00').
 */
export function jadwalIso(local: string, zona: string): string {
  const offset = ZONA_OFFSET[zona.toUpperCase()] ?? '+07:00';
  return `${local.length === 16 ? `${local}:00` : local}${offset}`;
}
