import { queryOptions } from '@tanstack/react-query';
import type {
  BatalInput,
  Bimbingan,
  BimbinganInput,
  BimbinganList,
  CatatanBody,
  EvaluasiKompetensi,
  EvaluasiKompetensiInput,
  LembarUmpanBalik,
  LembarUmpanBalikInput,
  PeranBimbingan as Peran,
  TindakLanjutItem,
  TindakLanjutList,
} from '@capaian/contract/bimbingan';
import type { TimItem } from '@capaian/contract/skp';
import { api } from '@/lib/api-client';

export type { Bimbingan, EvaluasiKompetensi, LembarUmpanBalik, Peran, TindakLanjutItem };

export const bimbinganKeys = {
  all: ['bimbingan'] as const,
  list: (peran: Peran, status: string | null) => ['bimbingan', 'list', peran, status ?? ''] as const,
  detail: (id: string) => ['bimbingan', 'detail', id] as const,
  tindakLanjut: (status: 'terbuka' | 'semua') => ['bimbingan', 'tindak-lanjut', status] as const,
};

export function bimbinganListQuery(peran: Peran, status: string | null) {
  return queryOptions({
    queryKey: bimbinganKeys.list(peran, status),
    queryFn: ({ signal }) => api.get<BimbinganList>('/bimbingan', { peran, status }, signal),
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
    queryFn: ({ signal }) => api.get<TindakLanjutList>('/tindak-lanjut', { status }, signal),
  });
}

/** The caller's direct subordinates (GET /skp/tim; shares the SKP team page's cache). */
export function bawahanQuery(tahun: number) {
  return queryOptions({
    queryKey: ['skp', 'tim', tahun] as const,
    queryFn: ({ signal }) => api.get<TimItem[]>('/skp/tim', { tahun }, signal),
    staleTime: 5 * 60_000,
  });
}

const path = (id: string) => `/bimbingan/${encodeURIComponent(id)}`;

export const buatBimbingan = (input: BimbinganInput) => api.post<Bimbingan>('/bimbingan', input);
export const simpanCatatan = (id: string, input: CatatanBody) => api.put<Bimbingan>(`${path(id)}/catatan`, input);
export const simpanLembar = (id: string, input: LembarUmpanBalikInput) =>
  api.put<Bimbingan>(`${path(id)}/lembar-umpan-balik`, input);
export const simpanEvaluasi = (id: string, input: EvaluasiKompetensiInput) =>
  api.put<Bimbingan>(`${path(id)}/evaluasi-kompetensi`, input);
export const batalkan = (id: string, input: BatalInput) => api.post<Bimbingan>(`${path(id)}/batal`, input);
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
