import { KEBERATAN_HASIL, KEBERATAN_STATES, PREDIKATS, RATINGS } from '@capaian/domain';
import { z } from 'zod';

const Teks = (max: number) => z.string('wajib diisi').trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);
const Rating = z.enum(RATINGS, 'harus DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI atau DI_BAWAH_EKSPEKTASI');

// lampiranId is looked up inside the keberatan's list (after its read check): a plain string.
export const LampiranParams = z.object({ id: z.uuid('harus berupa id'), lampiranId: z.string().trim().min(1).max(64) });

export const KeberatanQuery = z.object({
  /** saya: my own; putuskan: those I decide (atasan pejabat penilai); penilai: those about my rating. */
  peran: z.enum(['saya', 'putuskan', 'penilai'], 'harus saya, putuskan atau penilai').default('saya'),
});
export type KeberatanQuery = z.infer<typeof KeberatanQuery>;

export const KeberatanInput = z.object({
  evaluasiId: z.uuid('harus berupa id evaluasi'),
  alasan: Teks(5000),
});
export type KeberatanInput = z.infer<typeof KeberatanInput>;

export const KlarifikasiInput = z.object({
  pesan: Teks(5000),
  /** Only for the atasan's request: whom it asks (default both sides). */
  kepada: z.enum(['PEGAWAI', 'PENILAI'], 'harus PEGAWAI atau PENILAI').optional(),
});
export type KlarifikasiInput = z.infer<typeof KlarifikasiInput>;

export const PutuskanInput = z.object({
  hasil: z.enum(KEBERATAN_HASIL, 'harus DIPERTAHANKAN atau DIUBAH'),
  alasanKeputusan: Teks(5000),
  /** With DIUBAH: the new rating(s); the predikat follows from the matrix. */
  ratingHasilKerja: Rating.optional(),
  ratingPerilaku: Rating.optional(),
});
export type PutuskanInput = z.infer<typeof PutuskanInput>;

const Orang = z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string().nullable() });
export type Orang = z.infer<typeof Orang>;

export const Lampiran = z.object({ id: z.uuid(), nama: z.string(), mime: z.string(), ukuran: z.number(), url: z.string(), diunggahAt: z.string() });
export type Lampiran = z.infer<typeof Lampiran>;

export const Klarifikasi = z.object({
  id: z.string(),
  /** Who wrote it: the atasan asking, or a side answering. */
  dari: z.enum(['ATASAN', 'PEGAWAI', 'PENILAI']),
  /** For a request of the atasan: whom it asks (null = both sides). */
  kepada: z.enum(['PEGAWAI', 'PENILAI']).nullable(),
  oleh: z.object({ id: z.uuid(), nama: z.string() }),
  pesan: z.string(),
  at: z.string(),
});
export type Klarifikasi = z.infer<typeof Klarifikasi>;

export const EvaluasiRingkas = z.object({
  id: z.uuid(),
  periode: z.object({ id: z.uuid(), label: z.string(), jenis: z.string(), tahun: z.number() }),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  status: z.string(),
  ratingHasilKerja: z.enum(RATINGS).nullable(),
  ratingPerilaku: z.enum(RATINGS).nullable(),
  predikat: z.enum(PREDIKATS).nullable(),
  umpanBalikHasilKerja: z.string().nullable(),
  umpanBalikPerilaku: z.string().nullable(),
  /** When the final result was delivered (made final and visible): the window counts from here. */
  disampaikanAt: z.string().nullable(),
  /** When the pegawai acknowledged it (informative). */
  diterimaAt: z.string().nullable(),
  /** The last instant to file (the instansi's zone), from `disampaikanAt`. */
  keberatanSampai: z.string().nullable(),
  /** Earlier values replaced by a keberatan decision (the old value stays). */
  riwayat: z.array(
    z.object({
      ratingHasilKerja: z.string().nullable(),
      ratingPerilaku: z.string().nullable(),
      predikat: z.string().nullable(),
      alasan: z.string(),
      at: z.string(),
    }),
  ),
});

export const Keberatan = z.object({
  id: z.uuid(),
  evaluasi: EvaluasiRingkas,
  pegawai: Orang,
  pejabatPenilai: Orang.nullable(),
  atasanPenilai: Orang.nullable(),
  alasan: z.string(),
  lampiran: z.array(Lampiran),
  status: z.enum(KEBERATAN_STATES),
  statusLabel: z.string(),
  klarifikasi: z.array(Klarifikasi),
  hasil: z.enum(KEBERATAN_HASIL).nullable(),
  hasilLabel: z.string().nullable(),
  alasanKeputusan: z.string().nullable(),
  diputuskanOleh: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  diputuskanAt: z.string().nullable(),
  diajukanAt: z.string(),
  can: z.object({
    mintaKlarifikasi: z.boolean(),
    beriKlarifikasi: z.boolean(),
    putuskan: z.boolean(),
    unggahLampiran: z.boolean(),
  }),
});
export type Keberatan = z.infer<typeof Keberatan>;

export const KeberatanListItem = Keberatan.pick({ id: true, pegawai: true, status: true, statusLabel: true, hasil: true, hasilLabel: true, diajukanAt: true, can: true }).extend({
  evaluasi: EvaluasiRingkas.pick({ id: true, periode: true, status: true, predikat: true }),
});
export type KeberatanListItem = z.infer<typeof KeberatanListItem>;
export const KeberatanList = z.object({ items: z.array(KeberatanListItem) });

// Types of the schemas above, for the web app (import type).
export type LampiranParams = z.infer<typeof LampiranParams>;
export type EvaluasiRingkas = z.infer<typeof EvaluasiRingkas>;
export type KeberatanList = z.infer<typeof KeberatanList>;
export type KeberatanHasil = NonNullable<Keberatan['hasil']>;
export type PeranKeberatan = KeberatanQuery['peran'];
