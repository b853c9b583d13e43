import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { RataRata, Titik, TitikBody, TitikList, Tren, TrenMingguan as Mingguan, TrenQuery } from '@capaian/contract/layanan-publik';
import type { Unit } from '@capaian/contract/organisasi';
import { api, buildUrl } from '@/lib/api-client';

export type { Mingguan, RataRata, Titik };

export const layananKeys = {
  titik: (unitId?: string) => ['layanan-publik', 'titik', unitId ?? ''] as const,
  tren: (f: TrenQuery) => ['layanan-publik', 'tren', f] as const,
};

export function titikQuery(unitId?: string) {
  return queryOptions({
    queryKey: layananKeys.titik(unitId),
    queryFn: ({ signal }) => api.get<TitikList>('/layanan-publik/titik', { unitId }, signal),
    retry: false,
  });
}

export function trenQuery(f: TrenQuery) {
  return queryOptions({
    queryKey: layananKeys.tren(f),
    queryFn: ({ signal }) => api.get<Tren>('/layanan-publik/tren', { ...f }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export const unitQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export const buatTitik = (input: TitikBody) => api.post<Titik>('/layanan-publik/titik', input);
export const ubahTitik = (id: string, input: TitikBody) => api.put<Titik>(`/layanan-publik/titik/${encodeURIComponent(id)}`, input);
export const posterUrl = (id: string) => buildUrl(`/layanan-publik/titik/${encodeURIComponent(id)}/poster.pdf`);
