import { queryOptions } from '@tanstack/react-query';
import type { Jabatan, JabatanBody as JabatanBodyLengkap, Plt, PltInput, Unit, UnitBody as UnitBodyLengkap } from '@capaian/contract/organisasi';
import type { PegawaiPage } from '@capaian/contract/pegawai';
import { api, type WithUnset } from '@/lib/api-client';

export type { Jabatan, Plt, PltInput, Unit };

/** POST/PUT /unit-kerja as the form sends it (`jenis` still unset until chosen). */
export type UnitBody = WithUnset<UnitBodyLengkap, 'jenis'>;
/** POST/PUT /jabatan as the form sends it (`jenis` still unset until chosen). */
export type JabatanBody = WithUnset<JabatanBodyLengkap, 'jenis'>;

export const orgKeys = {
  units: ['unit-kerja'] as const,
  jabatan: ['jabatan'] as const,
  jabatanOfUnit: (unitId: string) => ['jabatan', 'unit', unitId] as const,
  plt: ['plt'] as const,
};

export const unitsQuery = queryOptions({
  queryKey: orgKeys.units,
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
});

export function jabatanOfUnitQuery(unitId: string) {
  return queryOptions({
    queryKey: orgKeys.jabatanOfUnit(unitId),
    queryFn: ({ signal }) => api.get<Jabatan[]>('/jabatan', { unitId }, signal),
  });
}

export const pltQuery = queryOptions({
  queryKey: orgKeys.plt,
  queryFn: ({ signal }) => api.get<Plt[]>('/plt', undefined, signal),
});

export function pegawaiCariQuery(q: string) {
  return queryOptions({
    queryKey: ['pegawai', 'cari', q],
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { q: q || undefined, pageSize: 20 }, signal),
    staleTime: 60_000,
  });
}

export const createUnit = (input: UnitBody) => api.post<Unit>('/unit-kerja', input);
export const updateUnit = (id: string, input: UnitBody) => api.put<Unit>(`/unit-kerja/${encodeURIComponent(id)}`, input);
export const deleteUnit = (id: string) => api.delete(`/unit-kerja/${encodeURIComponent(id)}`);

export const createJabatan = (input: JabatanBody) => api.post<Jabatan>('/jabatan', input);
export const updateJabatan = (id: string, input: JabatanBody) => api.put<Jabatan>(`/jabatan/${encodeURIComponent(id)}`, input);
export const deleteJabatan = (id: string) => api.delete(`/jabatan/${encodeURIComponent(id)}`);

export const createPlt = (input: PltInput) => api.post<Plt>('/plt', input);
export const deletePlt = (id: string) => api.delete(`/plt/${encodeURIComponent(id)}`);
