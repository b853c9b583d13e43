import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Predikat, Rating } from '@capaian/domain';
import { api } from '@/lib/api-client';

/** Mirrors server/src/keberatan/schema.ts (API contract of issue #6). */
export interface Orang {
  id: string;
  nip: string;
  nama: string;
  jabatan: string | null;
}

export interface Lampiran {
  id: string;
  nama: string;
  mime: string;
  ukuran: number;
  url: string;
  diunggahAt: string;
}

export interface Klarifikasi {
  id: string;
  dari: 'ATASAN' | 'PEGAWAI' | 'PENILAI';
  kepada: 'PEGAWAI' | 'PENILAI' | null;
  oleh: { id: string; nama: string };
  pesan: string;
  at: string;
}

export interface EvaluasiRingkas {
  id: string;
  periode: { id: string; label: string; jenis: string; tahun: number };
  unit: { id: string; nama: string };
  status: string;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  umpanBalikHasilKerja: string | null;
  umpanBalikPerilaku: string | null;
  diterimaAt: string | null;
  keberatanSampai: string | null;
  riwayat: Array<{ ratingHasilKerja: string | null; ratingPerilaku: string | null; predikat: string | null; alasan: string; at: string }>;
}

export type KeberatanStatus = 'DIAJUKAN' | 'KLARIFIKASI' | 'DIPUTUS';
export type KeberatanHasil = 'DIPERTAHANKAN' | 'DIUBAH';

export interface Keberatan {
  id: string;
  evaluasi: EvaluasiRingkas;
  pegawai: Orang;
  pejabatPenilai: Orang | null;
  atasanPenilai: Orang | null;
  alasan: string;
  lampiran: Lampiran[];
  status: KeberatanStatus;
  statusLabel: string;
  klarifikasi: Klarifikasi[];
  hasil: KeberatanHasil | null;
  hasilLabel: string | null;
  alasanKeputusan: string | null;
  diputuskanOleh: { id: string; nama: string } | null;
  diputuskanAt: string | null;
  diajukanAt: string;
  can: { mintaKlarifikasi: boolean; beriKlarifikasi: boolean; putuskan: boolean; unggahLampiran: boolean };
}

export interface KeberatanListItem {
  id: string;
  pegawai: Orang;
  status: KeberatanStatus;
  statusLabel: string;
  hasil: KeberatanHasil | null;
  hasilLabel: string | null;
  diajukanAt: string;
  can: Keberatan['can'];
  evaluasi: { id: string; periode: EvaluasiRingkas['periode']; status: string; predikat: Predikat | null };
}

export type PeranKeberatan = 'saya' | 'putuskan' | 'penilai';

/** The part of GET /penilaian/evaluasi/:id the objection form shows (the result and its deadline). */
export interface EvaluasiUntukKeberatan {
  id: string;
  periode: { label: string };
  pegawai: { nama: string };
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  keberatanSampai: string | null;
  can: { ajukanKeberatan: boolean };
}

const enc = encodeURIComponent;
export const keberatanKeys = {
  all: ['keberatan'] as const,
  list: (peran: PeranKeberatan) => ['keberatan', 'list', peran] as const,
  detail: (id: string) => ['keberatan', 'detail', id] as const,
};

export function keberatanListQuery(peran: PeranKeberatan) {
  return queryOptions({
    queryKey: keberatanKeys.list(peran),
    queryFn: ({ signal }) => api.get<{ items: KeberatanListItem[] }>('/keberatan', { peran }, signal),
    retry: false,
  });
}

export function keberatanQuery(id: string) {
  return queryOptions({
    queryKey: keberatanKeys.detail(id),
    queryFn: ({ signal }) => api.get<Keberatan>(`/keberatan/${enc(id)}`, undefined, signal),
    retry: false,
  });
}

export function evaluasiUntukKeberatanQuery(evaluasiId: string) {
  return queryOptions({
    queryKey: ['penilaian', 'evaluasi', 'detail', evaluasiId] as const,
    queryFn: ({ signal }) => api.get<EvaluasiUntukKeberatan>(`/penilaian/evaluasi/${enc(evaluasiId)}`, undefined, signal),
    retry: false,
  });
}

function useKeberatanMutation<TArgs>(fn: (a: TArgs) => Promise<Keberatan>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (k) => {
      qc.setQueryData(keberatanKeys.detail(k.id), k);
      await Promise.all([qc.invalidateQueries({ queryKey: ['keberatan', 'list'] }), qc.invalidateQueries({ queryKey: ['penilaian'] })]);
    },
  });
}

export function useAjukanKeberatan() {
  return useKeberatanMutation(async (v: { evaluasiId: string; alasan: string; files: File[] }) => {
    let k = await api.post<Keberatan>('/keberatan', { evaluasiId: v.evaluasiId, alasan: v.alasan });
    for (const f of v.files) {
      const fd = new FormData();
      fd.append('file', f);
      k = await api.post<Keberatan>(`/keberatan/${enc(k.id)}/lampiran`, fd);
    }
    return k;
  });
}

export function useUnggahLampiran(id: string) {
  return useKeberatanMutation((file: File) => {
    const fd = new FormData();
    fd.append('file', file);
    return api.post<Keberatan>(`/keberatan/${enc(id)}/lampiran`, fd);
  });
}

export function useKlarifikasi(id: string) {
  return useKeberatanMutation((body: { pesan: string; kepada?: 'PEGAWAI' | 'PENILAI' }) => api.post<Keberatan>(`/keberatan/${enc(id)}/klarifikasi`, body));
}

export function usePutuskan(id: string) {
  return useKeberatanMutation((body: { hasil: KeberatanHasil; alasanKeputusan: string; ratingHasilKerja?: Rating; ratingPerilaku?: Rating }) =>
    api.post<Keberatan>(`/keberatan/${enc(id)}/putuskan`, body),
  );
}
