import { queryOptions } from '@tanstack/react-query';
import type { BacaSemuaResult, NotifikasiItem, NotifikasiList } from '@capaian/contract/notifikasi';
import { api } from '@/lib/api-client';

export type { NotifikasiItem, NotifikasiList };

export const notifikasiKeys = { all: ['notifikasi'] as const };

export const notifikasiQuery = queryOptions({
  queryKey: notifikasiKeys.all,
  queryFn: ({ signal }) => api.get<NotifikasiList>('/notifikasi', undefined, signal),
  // New notifications arrive live (GET /live, see NotifBell); polling is only a safety net.
  refetchInterval: 5 * 60_000,
  staleTime: 30_000,
});

export const bacaNotifikasi = (id: string) => api.post<NotifikasiItem>(`/notifikasi/${encodeURIComponent(id)}/baca`);
export const bacaSemua = () => api.post<BacaSemuaResult>('/notifikasi/baca-semua');
