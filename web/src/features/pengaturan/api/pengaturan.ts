import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PeriodeKind as PeriodeKinerja } from '@capaian/domain';
import type { AturanPenilaianInput, Pengaturan, PengaturanInput, VersiAturanView } from '@capaian/contract/instansi';
import type { EmailOutboxItem, EmailOutboxList } from '@capaian/contract/notifikasi';
import { api } from '@/lib/api-client';

export { PERIODE_KINDS as PERIODE_KINERJA } from '@capaian/domain';
export type { EmailOutboxItem, Pengaturan, PeriodeKinerja, VersiAturanView };

/** Every number of `T` may also be null: a number field the user cleared (the server answers 400 naming it). */
type AngkaBolehKosong<T> = T extends number
  ? number | null
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? AngkaBolehKosong<U>[]
      : { [K in keyof T]: AngkaBolehKosong<T[K]> };

/** PUT /instansi/aturan-penilaian as the form sends it: the whole document. */
export type AturanPenilaianBody = AngkaBolehKosong<AturanPenilaianInput>;

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

/** Saves the aturan penilaian: it applies from `aturan.perubahanBerlakuMulai`; the answer is the fresh settings. */
export const simpanAturanPenilaian = (body: AturanPenilaianBody) => api.put<Pengaturan>('/instansi/aturan-penilaian', body);

export function outboxQuery(halaman: number) {
  return queryOptions({
    queryKey: pengaturanKeys.outbox(halaman),
    queryFn: ({ signal }) => api.get<EmailOutboxList>('/email-outbox', { halaman }, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
