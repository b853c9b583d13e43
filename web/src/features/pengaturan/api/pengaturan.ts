import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PeriodeKind as PeriodeKinerja } from '@capaian/domain';
import type { Pengaturan, PengaturanInput } from '@capaian/contract/instansi';
import type { EmailOutboxItem, EmailOutboxList } from '@capaian/contract/notifikasi';
import { api } from '@/lib/api-client';

export { PERIODE_KINDS as PERIODE_KINERJA } from '@capaian/domain';
export type { EmailOutboxItem, Pengaturan, PeriodeKinerja };

/** Rows per page of GET /email-outbox. */
export const OUTBOX_PAGE_SIZE = 50;

export const pengaturanKeys = {
  pengaturan: ['pengaturan', 'instansi'] as const,
  outbox: (halaman: number) => ['pengaturan', 'email-outbox', halaman] as const,
};

export const pengaturanQuery = queryOptions({
  queryKey: pengaturanKeys.pengaturan,
  queryFn: ({ signal }) => api.get<Pengaturan>('/instansi/pengaturan', undefined, signal),
  retry: false,
});

export const simpanPengaturan = (input: PengaturanInput) => api.put<Pengaturan>('/instansi/pengaturan', input);

export function outboxQuery(halaman: number) {
  return queryOptions({
    queryKey: pengaturanKeys.outbox(halaman),
    queryFn: ({ signal }) => api.get<EmailOutboxList>('/email-outbox', { halaman }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
