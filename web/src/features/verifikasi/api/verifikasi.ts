import { queryOptions } from '@tanstack/react-query';
import type { HasilVerifikasi, JenisDokumen } from '@capaian/contract/verifikasi';
import { api } from '@/lib/api-client';

export type { HasilVerifikasi, JenisDokumen };

/** The public check of a printed document: by the code in its QR link, or the one typed from the paper. */
export function verifikasiQuery(jenis: string, id: string, h: string | undefined) {
  return queryOptions({
    queryKey: ['verifikasi', jenis, id, h ?? ''],
    queryFn: ({ signal }) => api.get<HasilVerifikasi>(`/verifikasi/${encodeURIComponent(jenis)}/${encodeURIComponent(id)}`, { h }, signal),
    retry: false,
  });
}
