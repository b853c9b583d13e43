import { queryOptions } from '@tanstack/react-query';
import type { Unit } from '@capaian/contract/organisasi';
import { api } from './api-client';

/** The perangkat daerah of the pemda, for filters and forms (shares the organisation page's cache key). */
export const perangkatDaerahQuery = () =>
  queryOptions({
    queryKey: ['unit-kerja'] as const,
    queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
    select: (units: Unit[]) => units.filter((u) => u.perangkatDaerah).map((u) => ({ id: u.id, nama: u.nama })),
    staleTime: 5 * 60_000,
  });
