import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/umpan-balik-360/schema.ts (API contract of issue #6). */
export type Peran360 = 'saya' | 'setujui' | 'jawab';
export type Hubungan = 'REKAN' | 'BAWAHAN';
export type StatusNominasi = 'DIUSULKAN' | 'DISETUJUI' | 'DITOLAK';

export interface PegawaiSingkat {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
}

export interface Nominasi {
  id: string;
  periodeId: string;
  periode: { label: string; status: string };
  pegawai: PegawaiSingkat;
  penilai: PegawaiSingkat;
  hubungan: Hubungan;
  status: StatusNominasi;
  /** Only the nominee sees this; null for everyone else (anonymity). */
  sudahMenjawab: boolean | null;
  can: { setujui: boolean; tolak: boolean; jawab: boolean };
}

export interface Kuesioner {
  nominasiId: string;
  periode: { id: string; label: string };
  subjek: { nama: string; jabatan: string };
  hubungan: Hubungan;
  pertanyaan: Array<{ kode: string; nilai: string; pernyataan: string }>;
  skala: Array<{ nilai: number; label: string }>;
  sudahMenjawab: boolean;
  can: { jawab: boolean };
}

export interface Ringkasan {
  jumlahResponden: number;
  minimumResponden: number;
  rataRata: Record<string, number> | null;
  saran: string[];
}

/** The part of GET /penilaian/periode this feature needs. */
export interface PeriodeOpsi {
  id: string;
  jenis: string;
  tahun: number;
  label: string;
  status: 'DIBUKA' | 'DITUTUP';
}

export interface PegawaiCari {
  id: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string | null;
}

export const keys360 = {
  all: ['360'] as const,
  nominasi: (peran: Peran360, periodeId?: string) => ['360', 'nominasi', peran, periodeId ?? ''] as const,
  kuesioner: (id: string) => ['360', 'kuesioner', id] as const,
  ringkasan: (periodeId: string, pegawaiId: string) => ['360', 'ringkasan', periodeId, pegawaiId] as const,
};

export function nominasiQuery(peran: Peran360, periodeId?: string) {
  return queryOptions({
    queryKey: keys360.nominasi(peran, periodeId),
    queryFn: ({ signal }) => api.get<{ items: Nominasi[] }>('/360/nominasi', { peran, periodeId }, signal),
  });
}

export function kuesionerQuery(id: string) {
  return queryOptions({
    queryKey: keys360.kuesioner(id),
    queryFn: ({ signal }) => api.get<Kuesioner>(`/360/kuesioner/${encodeURIComponent(id)}`, undefined, signal),
    retry: false,
  });
}

export function ringkasanQuery(periodeId: string, pegawaiId: string) {
  return queryOptions({
    queryKey: keys360.ringkasan(periodeId, pegawaiId),
    queryFn: ({ signal }) => api.get<Ringkasan>('/360/ringkasan', { periodeId, pegawaiId }, signal),
    retry: false,
  });
}

export const periodeQuery = queryOptions({
  queryKey: ['penilaian', 'periode', 'opsi'],
  queryFn: ({ signal }) => api.get<{ items: PeriodeOpsi[] }>('/penilaian/periode', undefined, signal),
  staleTime: 60_000,
});

/** Whom the pegawai may nominate in a period (the server decides: peers of the unit or of the same penilai, or bawahan). */
export function kandidatQuery(periodeId: string, hubungan: Hubungan) {
  return queryOptions({
    queryKey: ['360', 'kandidat', periodeId, hubungan],
    queryFn: ({ signal }) => api.get<{ items: PegawaiCari[] }>('/360/kandidat', { periodeId, hubungan }, signal),
    staleTime: 60_000,
  });
}

export const nominasikan = (body: { periodeId: string; penilaiIds: string[]; hubungan: Hubungan }) => api.post<{ items: Nominasi[] }>('/360/nominasi', body);
export const putuskanNominasi = (id: string, keputusan: 'setujui' | 'tolak') => api.post<Nominasi>(`/360/nominasi/${encodeURIComponent(id)}/${keputusan}`);
export const jawabKuesioner = (id: string, body: { skor: Record<string, number>; saran?: string | null }) =>
  api.post<void>(`/360/kuesioner/${encodeURIComponent(id)}`, body);
