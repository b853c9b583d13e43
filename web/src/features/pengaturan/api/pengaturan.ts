import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Mirrors server/src/instansi (pengaturan) and the e-mail outbox of issue #5. */
import type { PeriodeKind as PeriodeKinerja } from '@capaian/domain';
export { PERIODE_KINDS as PERIODE_KINERJA } from '@capaian/domain';
export type { PeriodeKinerja };

export interface Pengaturan {
  periodeKinerja: PeriodeKinerja;
  pengingatRealisasiHari: number;
  can: { ubah: boolean };
}

export interface PengaturanInput {
  periodeKinerja: PeriodeKinerja;
  pengingatRealisasiHari: number;
}

export interface EmailOutboxItem {
  id: string;
  kepada: string;
  subjek: string;
  isi: string;
  status: string;
  percobaan: number;
  galat: string | null;
  dibuatAt: string;
  terkirimAt: string | null;
}

export interface EmailOutboxPage {
  items: EmailOutboxItem[];
  total: number;
}

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
    queryFn: ({ signal }) => api.get<EmailOutboxPage>('/email-outbox', { halaman }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
