import { KOMENTAR_LAYANAN_MAKS } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';

export const KodeParams = z.object({ kode: z.string().min(1).max(64) });


// ---------------------------------------------------------------------------------------------
// Service points (signed-in staff)

export const TitikQuery = z.object({ unitId: z.uuid('harus berupa id unit kerja').optional() });
export type TitikQuery = z.infer<typeof TitikQuery>;

export const TitikInput = z.object({
  unitId: z.uuid('harus berupa id unit kerja'),
  nama: z.string('wajib diisi').trim().min(3, 'paling sedikit 3 karakter').max(150, 'paling banyak 150 karakter'),
  aktif: z.boolean('harus ya atau tidak').default(true),
});
export type TitikInput = z.infer<typeof TitikInput>;

export const Titik = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitNama: z.string(),
  nama: z.string(),
  /** The public code in the QR address (random, 10 characters). */
  kode: z.string(),
  /** The address the QR code opens: <PUBLIC_URL>/l/<kode>. */
  tautan: z.string(),
  aktif: z.boolean(),
  dibuatAt: z.string(),
  can: z.object({ ubah: z.boolean(), unduhPoster: z.boolean() }),
});
export type Titik = z.infer<typeof Titik>;

export const TitikList = z.object({ items: z.array(Titik), can: z.object({ buat: z.boolean() }) });

// ---------------------------------------------------------------------------------------------
// The public form (no session)

export const FormPublik = z.object({
  nama: z.string(),
  unitNama: z.string(),
  instansiNama: z.string(),
  /** The officers of the service point's unit, names only, to say who served you (optional). */
  petugas: z.array(z.object({ id: z.uuid(), nama: z.string() })),
  tantangan: z.object({
    /** Send back unchanged as `tantangan` with the answers. */
    token: z.string(),
    /** The answers are refused if sent sooner than this after the form was loaded. */
    minimalDetik: z.number().int(),
    /** …or later than this (reload the form). */
    berlakuDetik: z.number().int(),
  }),
  komentarMaks: z.number().int(),
});
export type FormPublik = z.infer<typeof FormPublik>;

const Skor = z
  .number('wajib dipilih (1–5)')
  .int('harus bilangan bulat 1–5')
  .min(1, 'paling kecil 1')
  .max(5, 'paling besar 5');

export const JawabanPublik = z.object({
  kecepatan: Skor,
  keramahan: Skor,
  kejelasan: Skor,
  keadilan: Skor,
  komentar: z
    .string('harus berupa teks')
    .trim()
    .max(KOMENTAR_LAYANAN_MAKS, `paling banyak ${KOMENTAR_LAYANAN_MAKS} karakter`)
    .nullish(),
  pegawaiId: z.uuid('harus berupa id petugas').nullish(),
  tantangan: z.string('wajib dikirim kembali dari formulir; muat ulang halaman').min(1, 'wajib dikirim kembali dari formulir; muat ulang halaman').max(100, 'tidak valid'),
});
export type JawabanPublik = z.infer<typeof JawabanPublik>;

export const Terima = z.object({ terima: z.literal(true) });

// ---------------------------------------------------------------------------------------------
// Trends

export const TrenQuery = z.object({
  unitId: z.uuid('harus berupa id unit kerja').optional(),
  pegawaiId: z.uuid('harus berupa id pegawai').optional(),
  titikId: z.uuid('harus berupa id titik layanan').optional(),
  dari: IsoDate.optional(),
  sampai: IsoDate.optional(),
});
export type TrenQuery = z.infer<typeof TrenQuery>;

const RataRata = z.object({ kecepatan: z.number(), keramahan: z.number(), kejelasan: z.number(), keadilan: z.number() });
const Mingguan = z.array(z.object({ minggu: z.string(), jumlah: z.number().int(), rataRata: RataRata }));

export const Tren = z.object({
  dari: z.string(),
  sampai: z.string(),
  /** Every answer in the range: count and averages per aspect (null without answers). */
  total: z.object({ jumlah: z.number().int(), rataRata: RataRata.nullable() }),
  /** Per ISO week (Monday, in the instansi's zone), weeks without answers left out. */
  mingguan: Mingguan,
  perUnit: z.array(z.object({ unitId: z.uuid(), unitNama: z.string(), jumlah: z.number().int(), rataRata: RataRata, mingguan: Mingguan })),
  perTitik: z.array(z.object({ titikId: z.uuid(), nama: z.string(), unitNama: z.string(), jumlah: z.number().int(), rataRata: RataRata })),
  /** Answers that named the officer who served them. */
  perPetugas: z.array(z.object({ pegawaiId: z.uuid(), nama: z.string(), jumlah: z.number().int(), rataRata: RataRata, mingguan: Mingguan })),
  /** The latest comments (date only), newest first. */
  komentar: z.array(z.object({ tanggal: z.string(), titikNama: z.string(), petugasNama: z.string().nullable(), komentar: z.string() })),
});
export type Tren = z.infer<typeof Tren>;

// Types of the schemas above, for the web app (import type).
export type KodeParams = z.infer<typeof KodeParams>;
export type TitikList = z.infer<typeof TitikList>;
export type Terima = z.infer<typeof Terima>;
/** The averages per aspect (1–5) of a `Tren` row. */
export type RataRata = z.infer<typeof RataRata>;
/** One week of a `Tren` series. */
export type TrenMingguan = z.infer<typeof Mingguan>[number];
/** POST/PUT /layanan-publik/titik as a client sends it (`aktif` may be left out). */
export type TitikBody = z.input<typeof TitikInput>;
