import { BERAKHLAK_KODE } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';


export const UmpanBalikQuery = z.object({
  /** The pegawai the feedback is about; default: the caller (or the owner of `realisasiId`). */
  pegawaiId: z.uuid('harus berupa id pegawai').optional(),
  realisasiId: z.uuid('harus berupa id realisasi').optional(),
  dari: IsoDate.optional(),
  sampai: IsoDate.optional(),
});
export type UmpanBalikQuery = z.infer<typeof UmpanBalikQuery>;

export const UmpanBalikInput = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  realisasiId: z.uuid('harus berupa id realisasi').nullish(),
  perilakuKode: z.enum(BERAKHLAK_KODE, 'bukan nilai BerAKHLAK').nullish(),
  indukId: z.uuid('harus berupa id umpan balik').nullish(),
  pesan: z.string('wajib diisi').trim().min(1, 'wajib diisi').max(2000, 'paling banyak 2000 karakter'),
});
export type UmpanBalikInput = z.infer<typeof UmpanBalikInput>;

export const UmpanBalikBalasan = z.object({
  id: z.uuid(),
  pegawaiId: z.uuid(),
  penulis: z.object({ id: z.uuid(), nama: z.string() }),
  realisasiId: z.uuid().nullable(),
  perilakuKode: z.string().nullable(),
  indukId: z.uuid().nullable(),
  tanggal: z.string(),
  pesan: z.string(),
  dibuatAt: z.string(),
  can: z.object({ balas: z.boolean() }),
});
export type UmpanBalikBalasan = z.infer<typeof UmpanBalikBalasan>;

export const UmpanBalikItem = UmpanBalikBalasan.extend({ balasan: z.array(UmpanBalikBalasan) });
export type UmpanBalikItem = z.infer<typeof UmpanBalikItem>;

export const UmpanBalikList = z.object({ items: z.array(UmpanBalikItem) });

// Types of the schemas above, for the web app (import type).
export type UmpanBalikList = z.infer<typeof UmpanBalikList>;
