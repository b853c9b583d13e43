import { z } from 'zod';

export const NotifikasiQuery = z.object({
  belumDibaca: z
    .enum(['true', 'false'], 'harus true atau false')
    .optional()
    .transform((v) => v === 'true'),
});

export const NotifikasiItem = z.object({
  id: z.uuid(),
  jenis: z.string(),
  judul: z.string(),
  pesan: z.string(),
  tautan: z.string().nullable(),
  dibacaAt: z.string().nullable(),
  dibuatAt: z.string(),
});
export type NotifikasiItem = z.infer<typeof NotifikasiItem>;

export const NotifikasiList = z.object({
  items: z.array(NotifikasiItem),
  jumlahBelumDibaca: z.number().int(),
});

export const BacaSemuaResult = z.object({ diperbarui: z.number().int() });

/** What another feature sends with `notify`. */
export interface PesanNotifikasi {
  jenis: string;
  /** Also the e-mail's subject. */
  judul: string;
  pesan: string;
  /** Where the notification leads in the app: a path such as '/skp/<id>' (the e-mail links to it). */
  tautan?: string | null;
  /** Deduplication key: at most one notification per pegawai and kunci (e.g. 'realisasi-kosong:2026-03-10'). */
  kunci?: string | null;
}

export const STATUS_EMAIL = ['MENUNGGU', 'TERKIRIM', 'GAGAL', 'OUTBOX'] as const;

export const EmailOutboxQuery = z.object({
  halaman: z.coerce.number('harus berupa angka').int('harus bilangan bulat').min(1, 'paling kecil 1').default(1),
});

export const EmailOutboxItem = z.object({
  id: z.uuid(),
  kepada: z.string(),
  subjek: z.string(),
  /** Plain text, with the links rendered against the configured public address. */
  isi: z.string(),
  status: z.enum(STATUS_EMAIL),
  percobaan: z.number().int(),
  galat: z.string().nullable(),
  dibuatAt: z.string(),
  terkirimAt: z.string().nullable(),
});
export type EmailOutboxItem = z.infer<typeof EmailOutboxItem>;

export const EmailOutboxList = z.object({
  items: z.array(EmailOutboxItem),
  total: z.number().int(),
});

// Types of the schemas above, for the web app (import type).
export type NotifikasiQuery = z.infer<typeof NotifikasiQuery>;
export type NotifikasiList = z.infer<typeof NotifikasiList>;
export type BacaSemuaResult = z.infer<typeof BacaSemuaResult>;
export type EmailOutboxQuery = z.infer<typeof EmailOutboxQuery>;
export type EmailOutboxList = z.infer<typeof EmailOutboxList>;
