import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/notifikasi/schema.ts. */
export interface NotifikasiItem {
  id: string;
  jenis: string;
  judul: string;
  pesan: string;
  tautan: string | null;
  dibacaAt: string | null;
  dibuatAt: string;
}

export interface NotifikasiList {
  items: NotifikasiItem[];
  jumlahBelumDibaca: number;
}

export const notifikasiKeys = { all: ['notifikasi'] as const };

export const notifikasiQuery = queryOptions({
  queryKey: notifikasiKeys.all,
  queryFn: ({ signal }) => api.get<NotifikasiList>('/notifikasi', undefined, signal),
  // New notifications arrive live (GET /live, see NotifBell); polling is only a safety net.
  refetchInterval: 5 * 60_000,
  staleTime: 30_000,
});

export const bacaNotifikasi = (id: string) => api.post<NotifikasiItem>(`/notifikasi/${encodeURIComponent(id)}/baca`);
export const bacaSemua = () => api.post<{ diperbarui: number }>('/notifikasi/baca-semua');
