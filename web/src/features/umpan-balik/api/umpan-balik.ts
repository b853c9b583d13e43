import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/umpan-balik/schema.ts. */
export interface UmpanBalikBalasan {
  id: string;
  pegawaiId: string;
  penulis: { id: string; nama: string };
  realisasiId: string | null;
  perilakuKode: string | null;
  indukId: string | null;
  tanggal: string;
  pesan: string;
  dibuatAt: string;
  can: { balas: boolean };
}

export interface UmpanBalikItem extends UmpanBalikBalasan {
  balasan: UmpanBalikBalasan[];
}

export interface UmpanBalikList {
  items: UmpanBalikItem[];
}

export interface UmpanBalikInput {
  pegawaiId: string;
  realisasiId?: string | null;
  perilakuKode?: string | null;
  indukId?: string | null;
  pesan: string;
}

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

export const kirimUmpanBalik = (input: UmpanBalikInput) => api.post<UmpanBalikBalasan>('/umpan-balik', input);

/** The pegawai the feedback is about (name and jabatan for the page title). */
export interface PegawaiRingkas {
  id: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string;
}

export function pegawaiQuery(pegawaiId: string) {
  return queryOptions({
    queryKey: ['umpan-balik', 'pegawai', pegawaiId] as const,
    queryFn: ({ signal }) => api.get<PegawaiRingkas>(`/pegawai/${encodeURIComponent(pegawaiId)}`, undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
