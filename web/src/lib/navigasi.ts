import { queryOptions } from '@tanstack/react-query';
import type { Navigasi } from '@capaian/contract/beranda';
import { api } from './api-client';

export type { Navigasi };

/**
 * What this person can use, decided on the server (GET /beranda/navigasi): the menu, the homes and
 * any page with a part only some may see ask this instead of calling an API to be refused.
 */
export const navigasiQuery = queryOptions({
  queryKey: ['beranda', 'navigasi'] as const,
  queryFn: ({ signal }) => api.get<Navigasi>('/beranda/navigasi', undefined, signal),
  staleTime: 5 * 60_000,
  retry: false,
});
