import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AksiRencana,
  ImporKatalogResult,
  ItemRencana,
  KatalogList,
  Kebutuhan,
  Pelatihan,
  PelatihanInput,
  PengembanganPegawai,
  RekapPengembangan,
  Rencana,
  Riwayat,
  RiwayatInput,
  Ringkasan,
  SimpanRencana,
} from '@capaian/contract/pengembangan';
import { api, buildUrl } from '@/lib/api-client';

export type { ItemRencana, Kebutuhan, Pelatihan, PelatihanInput, PengembanganPegawai, RekapPengembangan, Rencana, Riwayat, RiwayatInput, Ringkasan };

const enc = encodeURIComponent;
const BASE = '/tindak-lanjut/pengembangan';

export const pengembanganKeys = {
  all: ['pengembangan'] as const,
  katalog: (semua: boolean) => ['pengembangan', 'katalog', semua] as const,
  pegawai: (id: string, tahun: number) => ['pengembangan', 'pegawai', id, tahun] as const,
  ringkasan: (lingkup: 'SAYA' | 'TIM', tahun: number) => ['pengembangan', 'ringkasan', lingkup, tahun] as const,
  rekap: (tahun: number, pd: string | null) => ['pengembangan', 'rekap', tahun, pd] as const,
};

export function katalogQuery(semua = false) {
  return queryOptions({
    queryKey: pengembanganKeys.katalog(semua),
    queryFn: ({ signal }) => api.get<KatalogList>(`${BASE}/katalog`, { semua: semua ? 'true' : undefined }, signal),
    staleTime: 60_000,
  });
}

export function pegawaiQuery(pegawaiId: string, tahun: number) {
  return queryOptions({
    queryKey: pengembanganKeys.pegawai(pegawaiId, tahun),
    queryFn: ({ signal }) => api.get<PengembanganPegawai>(`${BASE}/pegawai/${enc(pegawaiId)}`, { tahun }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function ringkasanQuery(lingkup: 'SAYA' | 'TIM', tahun: number) {
  return queryOptions({
    queryKey: pengembanganKeys.ringkasan(lingkup, tahun),
    queryFn: ({ signal }) => api.get<Ringkasan>('/tindak-lanjut/ringkasan', { lingkup, tahun }, signal),
    placeholderData: keepPreviousData,
  });
}

export function rekapQuery(tahun: number, perangkatDaerahId: string | null) {
  return queryOptions({
    queryKey: pengembanganKeys.rekap(tahun, perangkatDaerahId),
    queryFn: ({ signal }) => api.get<RekapPengembangan>(`${BASE}/rekap`, { tahun, perangkatDaerahId }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const templatKatalogUrl = () => buildUrl(`${BASE}/katalog/templat`);
export const sertifikatUrl = (riwayatId: string) => buildUrl(`${BASE}/pelatihan/${enc(riwayatId)}/sertifikat`);

/** A catalogue entry added (no id) or changed (with its id and version); the catalogue is read again. */
export function useSimpanPelatihan(onDone?: (p: Pelatihan) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string | null; rowVersion: number | null; isi: PelatihanInput }) =>
      v.id ? api.put<Pelatihan>(`${BASE}/katalog/${enc(v.id)}`, { ...v.isi, rowVersion: v.rowVersion }) : api.post<Pelatihan>(`${BASE}/katalog`, v.isi),
    onSuccess: async (p) => {
      onDone?.(p);
      await qc.invalidateQueries({ queryKey: ['pengembangan', 'katalog'] });
    },
  });
}

/** Uploads a catalogue file (multipart field "file"): every row is imported, or none. */
export function useImporKatalog() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api.post<ImporKatalogResult>(`${BASE}/katalog/impor`, body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['pengembangan', 'katalog'] }),
  });
}

/** A change to a pegawai's plan: the answer (the fresh page) replaces the cached one. */
function useHalamanMutation<V>(pegawaiId: string, fn: (v: V) => Promise<PengembanganPegawai>, onDone?: (p: PengembanganPegawai) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (p) => {
      qc.setQueryData(pengembanganKeys.pegawai(pegawaiId, p.tahun), p);
      onDone?.(p);
      await qc.invalidateQueries({ queryKey: ['pengembangan', 'ringkasan'] });
    },
  });
}

export function useSimpanRencana(pegawaiId: string, onDone?: (p: PengembanganPegawai) => void) {
  return useHalamanMutation(pegawaiId, (body: SimpanRencana) => api.put<PengembanganPegawai>(`${BASE}/pegawai/${enc(pegawaiId)}/rencana`, body), onDone);
}

export function useAksiRencana(pegawaiId: string, onDone?: (p: PengembanganPegawai) => void) {
  return useHalamanMutation(pegawaiId, (body: AksiRencana) => api.post<PengembanganPegawai>(`${BASE}/pegawai/${enc(pegawaiId)}/rencana/aksi`, body), onDone);
}

/**
 * Records a completed training, then uploads its certificate. A refused certificate leaves the
 * record (it shows "sertifikat belum diunggah" and can be uploaded again); the error is the certificate's.
 */
export function useCatatPelatihan(pegawaiId: string, tahun: number, onDone?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: { isi: RiwayatInput; sertifikat: File | null }) => {
      const r = await api.post<Riwayat>(`${BASE}/pegawai/${enc(pegawaiId)}/pelatihan`, v.isi);
      if (v.sertifikat) await unggahSertifikat(r.id, v.sertifikat).finally(() => qc.invalidateQueries({ queryKey: pengembanganKeys.pegawai(pegawaiId, tahun) }));
      return r;
    },
    onSuccess: async () => {
      onDone?.();
      await qc.invalidateQueries({ queryKey: pengembanganKeys.all });
    },
  });
}

function unggahSertifikat(riwayatId: string, file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<Riwayat>(`${BASE}/pelatihan/${enc(riwayatId)}/sertifikat`, body);
}

export function useUnggahSertifikat(riwayatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => unggahSertifikat(riwayatId, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: pengembanganKeys.all }),
  });
}

export function useHapusPelatihan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (riwayatId: string) => api.delete(`${BASE}/pelatihan/${enc(riwayatId)}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: pengembanganKeys.all }),
  });
}
