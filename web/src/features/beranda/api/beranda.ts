import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AnalitikPenilai,
  Angka,
  BerandaPenilai,
  BerandaPimpinan,
  BerandaSaya,
  DaftarFilter,
  DaftarResult,
  PenilaiPage,
  PengingatTerlambatResult,
  PusatKendali,
  RegisterKeberatan,
} from '@capaian/contract/beranda';
import type { CapaianMassal, CapaianMassalInput } from '@capaian/contract/penilaian';
import { api } from '@/lib/api-client';

export type { AnalitikPenilai, Angka, BerandaPimpinan, CapaianMassal };

const enc = encodeURIComponent;
const MENIT = 60_000;

export const sayaQuery = () => queryOptions({ queryKey: ['beranda', 'saya'] as const, queryFn: ({ signal }) => api.get<BerandaSaya>('/beranda/saya', undefined, signal), staleTime: MENIT });
export const penilaiQuery = () => queryOptions({ queryKey: ['beranda', 'penilai'] as const, queryFn: ({ signal }) => api.get<BerandaPenilai>('/beranda/penilai', undefined, signal), staleTime: MENIT });
export const pimpinanQuery = (unitId: string | null) =>
  queryOptions({
    queryKey: ['beranda', 'pimpinan', unitId] as const,
    queryFn: ({ signal }) => api.get<BerandaPimpinan>('/beranda/pimpinan', { unitId }, signal),
    staleTime: MENIT,
    placeholderData: keepPreviousData,
  });
export const pusatKendaliQuery = () =>
  queryOptions({ queryKey: ['beranda', 'pusat-kendali'] as const, queryFn: ({ signal }) => api.get<PusatKendali>('/beranda/pusat-kendali', undefined, signal), staleTime: MENIT });
export const penilaiRekapQuery = (page: number, perangkatDaerahId: string | null) =>
  queryOptions({
    queryKey: ['beranda', 'pusat-kendali', 'penilai', page, perangkatDaerahId] as const,
    queryFn: ({ signal }) => api.get<PenilaiPage>('/beranda/pusat-kendali/penilai', { page, pageSize: 15, perangkatDaerahId }, signal),
    placeholderData: keepPreviousData,
  });
export const registerKeberatanQuery = (status: 'terbuka' | 'diputus' | 'semua', page: number) =>
  queryOptions({
    queryKey: ['beranda', 'pusat-kendali', 'keberatan', status, page] as const,
    queryFn: ({ signal }) => api.get<RegisterKeberatan>('/beranda/pusat-kendali/keberatan', { status, page, pageSize: 15 }, signal),
    placeholderData: keepPreviousData,
  });
export const daftarQuery = (f: DaftarFilter, page: number) =>
  queryOptions({
    queryKey: ['beranda', 'daftar', f, page] as const,
    queryFn: ({ signal }) => api.get<DaftarResult>('/beranda/daftar', { ...f, page, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
export const analitikQuery = (periodeId: string | null, perangkatDaerahId: string | null) =>
  queryOptions({
    queryKey: ['beranda', 'analitik', periodeId, perangkatDaerahId] as const,
    queryFn: ({ signal }) => api.get<AnalitikPenilai>('/beranda/analitik-penilai', { periodeId, perangkatDaerahId }, signal),
    placeholderData: keepPreviousData,
  });
export const capaianMassalQuery = (periodeId: string, perangkatDaerahId: string) =>
  queryOptions({
    queryKey: ['beranda', 'capaian-massal', periodeId, perangkatDaerahId] as const,
    queryFn: ({ signal }) => api.get<CapaianMassal>(`/penilaian/periode/${enc(periodeId)}/capaian-massal`, { perangkatDaerahId }, signal),
  });

export function usePengingatTerlambat() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PengingatTerlambatResult>('/beranda/pusat-kendali/pengingat'),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifikasi'] }),
  });
}

export function useSimpanCapaianMassal(periodeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CapaianMassalInput) => api.put<CapaianMassal>(`/penilaian/periode/${enc(periodeId)}/capaian-massal`, body),
    onSuccess: (data) => {
      qc.setQueryData(capaianMassalQuery(periodeId, data.perangkatDaerah.id).queryKey, data);
      void qc.invalidateQueries({ queryKey: ['penilaian'] });
    },
  });
}
