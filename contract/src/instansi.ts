import { AturanPenilaianSchema, PERIODE_KINDS, ZONA_WAKTU } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';

/** What BKPSDM sets for the whole instansi (effective at once). */
export const PengaturanInput = z.object({
  periodeKinerja: z.enum(PERIODE_KINDS, 'harus BULANAN, TRIWULANAN atau SEMESTERAN'),
  pengingatRealisasiHari: z
    .number('harus berupa angka')
    .int('harus bilangan bulat')
    .min(1, 'paling sedikit 1 hari')
    .max(60, 'paling banyak 60 hari'),
});
export type PengaturanInput = z.infer<typeof PengaturanInput>;

/**
 * The aturan penilaian (curve, pimpinan mapping, keberatan days, SKP deadlines, the pengelola
 * review, suggestion thresholds): validated by the domain's schema, effective from the next period.
 */
export const AturanPenilaianInput = AturanPenilaianSchema;
export type AturanPenilaianInput = z.input<typeof AturanPenilaianSchema>;
export type AturanPenilaian = z.infer<typeof AturanPenilaianSchema>;

/** One version of the rules as the settings page shows it. */
export const VersiAturanView = z.object({
  /** Null for the domain defaults (no version stored yet). */
  versi: z.number().nullable(),
  berlakuMulai: IsoDate.nullable(),
  aturan: AturanPenilaianSchema,
});
export type VersiAturanView = z.infer<typeof VersiAturanView>;

export const Pengaturan = PengaturanInput.extend({
  zonaWaktu: z.enum(ZONA_WAKTU),
  aturan: z.object({
    /** In force today. */
    berlaku: VersiAturanView,
    /** Saved, applying from a later date (replaced by a further change before that date). */
    terjadwal: VersiAturanView.nullable(),
    /** The day a change saved now would apply from: the first day of the next period. */
    perubahanBerlakuMulai: IsoDate,
  }),
  can: z.object({ ubah: z.boolean() }),
});
export type Pengaturan = z.infer<typeof Pengaturan>;
