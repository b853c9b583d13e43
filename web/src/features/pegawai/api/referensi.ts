import { queryOptions } from '@tanstack/react-query';
import type { Jabatan, Unit } from '@capaian/contract/organisasi';
import { api } from '@/lib/api-client';

export { unitOptions } from '@/lib/unit-options';

export const unitOpsiQuery = queryOptions({
  queryKey: ['unit-kerja'],
  queryFn: ({ signal }) => api.get<Unit[]>('/unit-kerja', undefined, signal),
  staleTime: 5 * 60_000,
});

export function jabatanOpsiQuery(q: string) {
  return queryOptions({
    queryKey: ['jabatan', 'opsi', q],
    queryFn: ({ signal }) => api.get<Jabatan[]>('/jabatan', { q: q || undefined }, signal),
    staleTime: 60_000,
  });
}
