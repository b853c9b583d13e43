import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BendaharaInput, BendaharaList, BuatRun, DaftarBendahara, RincianTpp, RunDetail, RunList, RunRingkas, SimpanSkema, SkemaResponse, TppSaya } from '@capaian/contract/tpp';
import { api, buildUrl } from '@/lib/api-client';

export type { RincianTpp, RunDetail, RunRingkas, SkemaResponse, TppSaya };

const enc = encodeURIComponent;
/** Rows per page of a run's detail. */
export const UKURAN_HALAMAN_RUN = 50;
export const tppKeys = {
  all: ['tpp'] as const,
  skema: ['tpp', 'skema'] as const,
  runs: ['tpp', 'runs'] as const,
  run: (id: string, pd: string | null, halaman: number) => ['tpp', 'run', id, pd, halaman] as const,
  saya: (bulan: string | null) => ['tpp', 'saya', bulan] as const,
};

export const skemaQuery = () => queryOptions({ queryKey: tppKeys.skema, queryFn: ({ signal }) => api.get<SkemaResponse>('/tpp/skema', undefined, signal), retry: false });
export const runsQuery = () => queryOptions({ queryKey: tppKeys.runs, queryFn: ({ signal }) => api.get<RunList>('/tpp/run', undefined, signal), retry: false });
export const runQuery = (id: string, pd: string | null, halaman: number) =>
  queryOptions({
    queryKey: tppKeys.run(id, pd, halaman),
    queryFn: ({ signal }) => api.get<RunDetail>(`/tpp/run/${enc(id)}`, { perangkatDaerahId: pd, halaman, ukuran: UKURAN_HALAMAN_RUN }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
export const sayaQuery = (bulan: string | null) =>
  queryOptions({ queryKey: tppKeys.saya(bulan), queryFn: ({ signal }) => api.get<TppSaya>('/tpp/saya', { bulan }, signal), placeholderData: keepPreviousData });
export const xlsxUrl = (id: string, pd: string | null) => buildUrl(`/tpp/run/${enc(id)}/xlsx`, { perangkatDaerahId: pd });

export function useSimpanSkema() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: SimpanSkema) => api.put<SkemaResponse>('/tpp/skema', body), onSuccess: (s) => qc.setQueryData(tppKeys.skema, s) });
}
export function useBuatRun(onDone?: (r: RunRingkas) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BuatRun) => api.post<RunRingkas>('/tpp/run', body),
    onSuccess: async (r) => {
      onDone?.(r);
      await qc.invalidateQueries({ queryKey: tppKeys.runs });
    },
  });
}
export function useSetujui(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (rowVersion: number) => api.post<RunRingkas>(`/tpp/run/${enc(id)}/setujui`, { rowVersion }), onSuccess: () => qc.invalidateQueries({ queryKey: tppKeys.all }) });
}

export const bendaharaQuery = () => queryOptions({ queryKey: ['tpp', 'bendahara'] as const, queryFn: ({ signal }) => api.get<BendaharaList>('/tpp/bendahara', undefined, signal), retry: false });
export const daftarBendaharaQuery = () => queryOptions({ queryKey: ['tpp', 'bendahara', 'daftar'] as const, queryFn: ({ signal }) => api.get<DaftarBendahara>('/tpp/bendahara/daftar', undefined, signal) });
export function useBendahara() {
  const qc = useQueryClient();
  const selesai = (b: BendaharaList) => qc.setQueryData(['tpp', 'bendahara'], b);
  return {
    tambah: useMutation({ mutationFn: (body: BendaharaInput) => api.post<BendaharaList>('/tpp/bendahara', body), onSuccess: selesai }),
    hapus: useMutation({ mutationFn: (id: string) => api.delete<BendaharaList>(`/tpp/bendahara/${enc(id)}`), onSuccess: selesai }),
  };
}


export const templatBasisUrl = () => buildUrl('/tpp/skema/basis/templat');
export function useImporBasis() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api.post<SkemaResponse>('/tpp/skema/basis/impor', body);
    },
    onSuccess: (s) => qc.setQueryData(tppKeys.skema, s),
  });
}
