import { queryOptions } from '@tanstack/react-query';
import type { PegawaiDetail } from '@capaian/contract/pegawai';
import { api } from '@/lib/api-client';

export const profilQueryOptions = queryOptions({
  queryKey: ['profil'],
  queryFn: ({ signal }) => api.get<PegawaiDetail>('/profil', undefined, signal),
});
