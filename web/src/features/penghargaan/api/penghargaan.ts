import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@capaian/contract/organisasi';
import type { PeriodeItem, PeriodeList } from '@capaian/contract/penilaian';
import type { CalonBaru, Penghargaan, PenghargaanList, PutuskanRonde, Ronde, RondeBaru, RondeList, UsulanPenghargaan } from '@capaian/contract/tindak-lanjut';
import type { JenisPenghargaan, Predikat, RondePenghargaanState } from '@capaian/domain';
import { api, buildUrl } from '@/lib/api-client';

export type { JenisPenghargaan, Penghargaan, PeriodeItem, Predikat, Ronde, RondeBaru, RondeList, RondePenghargaanState, Unit, UsulanPenghargaan };
export type Usulan = UsulanPenghargaan['items'][number];
export type RondeRingkas = RondeList['items'][number];
export type LingkupPenghargaan = 'SAYA' | 'TIM';

const enc = encodeURIComponent;
const BASE = '/tindak-lanjut/penghargaan';
const rondePath = (id: string) => `${BASE}/ronde/${enc(id)}`;

export const penghargaanKeys = {
  all: ['penghargaan'] as const,
  ronde: ['penghargaan', 'ronde'] as const,
  rondeList: ['penghargaan', 'ronde', 'list'] as const,
  rondeDetail: (id: string) => ['penghargaan', 'ronde', 'detail', id] as const,
  usulan: (id: string) => ['penghargaan', 'ronde', 'usulan', id] as const,
  diterima: (lingkup: LingkupPenghargaan) => ['penghargaan', 'diterima', lingkup] as const,
};

/** The award rounds the caller may see (BKPSDM and pimpinan: all; a kepala perangkat daerah: theirs; others 403). */
export const rondeListQuery = queryOptions({
  queryKey: penghargaanKeys.rondeList,
  queryFn: ({ signal }) => api.get<RondeList>(`${BASE}/ronde`, undefined, signal),
  retry: false,
});

export function rondeQuery(id: string) {
  return queryOptions({
    queryKey: penghargaanKeys.rondeDetail(id),
    queryFn: ({ signal }) => api.get<Ronde>(rondePath(id), undefined, signal),
    retry: false,
  });
}

/** The results the round could take (ranked, at or above its minimum), with the tim penilai's recommendations. */
export function usulanQuery(id: string, enabled: boolean) {
  return queryOptions({
    queryKey: penghargaanKeys.usulan(id),
    queryFn: ({ signal }) => api.get<UsulanPenghargaan>(`${rondePath(id)}/usulan`, undefined, signal),
    retry: false,
    enabled,
  });
}

/** Given awards: the caller's own, or their subordinates'. */
export function penghargaanQuery(lingkup: LingkupPenghargaan, enabled = true) {
  return queryOptions({
    queryKey: penghargaanKeys.diterima(lingkup),
    queryFn: ({ signal }) => api.get<PenghargaanList>(BASE, { lingkup }, signal),
    retry: false,
    enabled,
  });
}

/** The piagam (PDF with the QR code of its public verification) of a given award. */
export const piagamUrl = (id: string) => buildUrl(`${BASE}/${enc(id)}/piagam.pdf`);

/** The assessment periods of a year (shares the penilaian pages' cache key: same endpoint, same answer). */
export function periodeQuery(tahun: number) {
  return queryOptions({
    queryKey: ['penilaian', 'periode', tahun] as const,
    queryFn: ({ signal }) => api.get<PeriodeList>('/penilaian/periode', { tahun }, signal),
    staleTime: 5 * 60_000,
  });
}

/** The instansi's units (shares the organisation page's cache key). */
export function unitsQuery(enabled: boolean) {
  return queryOptions({
    queryKey: ['unit-kerja'] as const,
    queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * Whether the caller has direct subordinates: GET /skp/tim answers them (shares the shell's and
 * the SKP team page's cache key; only its length is read here).
 */
export function bawahanQuery(tahun: number) {
  return queryOptions({
    queryKey: ['skp', 'tim', tahun] as const,
    queryFn: ({ signal }) => api.get<unknown[]>('/skp/tim', { tahun }, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useBuatRonde() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RondeBaru) => api.post<Ronde>(`${BASE}/ronde`, body),
    onSuccess: async (r) => {
      qc.setQueryData(penghargaanKeys.rondeDetail(r.id), r);
      await qc.invalidateQueries({ queryKey: penghargaanKeys.rondeList });
    },
  });
}

/**
 * A change to one round: the answer (the fresh round) replaces the cached detail; the list, the
 * suggestions (which of them are candidates) and, once decided, the given awards are read again.
 */
function useRondeMutation<V>(id: string, fn: (v: V) => Promise<Ronde>, onDone?: (r: Ronde) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      qc.setQueryData(penghargaanKeys.rondeDetail(id), r);
      onDone?.(r);
      await Promise.all([
        qc.invalidateQueries({ queryKey: penghargaanKeys.rondeList }),
        qc.invalidateQueries({ queryKey: penghargaanKeys.usulan(id) }),
        r.status === 'DIPUTUSKAN' ? qc.invalidateQueries({ queryKey: ['penghargaan', 'diterima'] }) : undefined,
      ]);
    },
  });
}

export function useTambahCalon(id: string, onDone?: (r: Ronde) => void) {
  return useRondeMutation(id, (body: CalonBaru) => api.post<Ronde>(`${rondePath(id)}/calon`, body), onDone);
}

export function useHapusCalon(id: string) {
  return useRondeMutation(id, (calonId: string) => api.delete<Ronde>(`${rondePath(id)}/calon/${enc(calonId)}`));
}

export function usePutuskan(id: string, onDone?: (r: Ronde) => void) {
  return useRondeMutation(id, (body: PutuskanRonde) => api.post<Ronde>(`${rondePath(id)}/putuskan`, body), onDone);
}
