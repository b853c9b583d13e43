import { queryOptions } from '@tanstack/react-query';
import type { Hubungan360 as Hubungan } from '@capaian/domain';
import type { PeriodeList } from '@capaian/contract/penilaian';
import type {
  JawabanInput,
  KandidatList,
  Kuesioner,
  NominasiInput,
  NominasiItem as Nominasi,
  NominasiList,
  Peran360,
  Ringkasan,
} from '@capaian/contract/umpan-balik-360';
import { api } from '@/lib/api-client';

export type { Hubungan, JawabanInput, Nominasi, Peran360 };

export const keys360 = {
  all: ['360'] as const,
  nominasi: (peran: Peran360, periodeId?: string) => ['360', 'nominasi', peran, periodeId ?? ''] as const,
  kuesioner: (id: string) => ['360', 'kuesioner', id] as const,
  ringkasan: (periodeId: string, pegawaiId: string) => ['360', 'ringkasan', periodeId, pegawaiId] as const,
};

export function nominasiQuery(peran: Peran360, periodeId?: string) {
  return queryOptions({
    queryKey: keys360.nominasi(peran, periodeId),
    queryFn: ({ signal }) => api.get<NominasiList>('/360/nominasi', { peran, periodeId }, signal),
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
  queryFn: ({ signal }) => api.get<PeriodeList>('/penilaian/periode', undefined, signal),
  staleTime: 60_000,
});

/** Whom the pegawai may nominate in a period (the server decides: peers of the unit or of the same penilai, or bawahan). */
export function kandidatQuery(periodeId: string, hubungan: Hubungan) {
  return queryOptions({
    queryKey: ['360', 'kandidat', periodeId, hubungan],
    queryFn: ({ signal }) => api.get<KandidatList>('/360/kandidat', { periodeId, hubungan }, signal),
    staleTime: 60_000,
  });
}

export const nominasikan = (body: NominasiInput) => api.post<NominasiList>('/360/nominasi', body);
export const putuskanNominasi = (id: string, keputusan: 'setujui' | 'tolak') => api.post<Nominasi>(`/360/nominasi/${encodeURIComponent(id)}/${keputusan}`);
export const jawabKuesioner = (id: string, body: JawabanInput) =>
  api.post<void>(`/360/kuesioner/${encodeURIComponent(id)}`, body);
