import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PegawaiDetail } from '@/types/api';

export const profilQueryOptions = queryOptions({
  queryKey: ['profil'],
  queryFn: ({ signal }) => api.get<PegawaiDetail>('/profil', undefined, signal),
});
