import { JENIS_BIMBINGAN, STATUS_BIMBINGAN } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';

const teks = (max: number) => z.string('wajib diisi').trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);
/** Optional on the sheets and on cancelling: when sent, a stale version is refused with 409. */
const RowVersionOpsional = z.number().int().min(1, 'versi data tidak valid').optional();

export const BimbinganQuery = z.object({
  /** saya: sessions about me; tim: sessions I lead or about my bawahan; absent: both. */
  peran: z.enum(['saya', 'tim'], 'harus saya atau tim').optional(),
  status: z.enum(STATUS_BIMBINGAN, 'status tidak dikenal').optional(),
});
export type BimbinganQuery = z.infer<typeof BimbinganQuery>;

export const BimbinganInput = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  jenis: z.enum(JENIS_BIMBINGAN, 'pilih COACHING, MENTORING atau KONSELING'),
  jadwal: z.iso.datetime({ offset: true, message: 'harus berupa tanggal dan jam ISO, misalnya 2026-03-12T09:00:00+07:00' }),
  tempat: z.string().trim().max(200, 'paling banyak 200 karakter').nullish(),
  topik: teks(500),
});
export type BimbinganInput = z.infer<typeof BimbinganInput>;

export const CatatanInput = z.object({
  rowVersion: z.number('wajib diisi').int().min(1, 'versi data tidak valid'),
  catatan: teks(5000),
  tindakLanjut: z
    .array(z.object({ uraian: teks(500), jatuhTempo: IsoDate }))
    .max(20, 'paling banyak 20 tindak lanjut')
    .default([]),
});
export type CatatanInput = z.infer<typeof CatatanInput>;

/** Shape only: the rules of the sheet (nine statements, scores 1–4) are in @capaian/domain. */
export const LembarUmpanBalikInput = z.object({
  rowVersion: RowVersionOpsional,
  jawaban: z.array(z.object({ nomor: z.number('wajib diisi'), skor: z.number('wajib diisi') })).max(50, 'terlalu banyak jawaban'),
  komentar: z.string().nullish(),
});
export type LembarUmpanBalikInput = z.infer<typeof LembarUmpanBalikInput>;

/** Shape only: the rules (1–20 items, scores 1–5, a reason for each) are in @capaian/domain. */
export const EvaluasiKompetensiInput = z.object({
  rowVersion: RowVersionOpsional,
  items: z
    .array(z.object({ kompetensi: z.string('wajib diisi'), skor: z.number('wajib diisi'), alasan: z.string().nullish() }))
    .max(50, 'terlalu banyak kompetensi'),
});
export type EvaluasiKompetensiInput = z.infer<typeof EvaluasiKompetensiInput>;

export const BatalInput = z
  .object({ rowVersion: RowVersionOpsional, alasan: z.string().trim().max(1000, 'paling banyak 1000 karakter').nullish() })
  // A bodyless POST arrives as null.
  .nullish();
export type BatalInput = z.infer<typeof BatalInput>;

const Pihak = z.object({ id: z.uuid(), nama: z.string(), nip: z.string() });

export const LembarUmpanBalik = z.object({
  jawaban: z.array(z.object({ nomor: z.number(), skor: z.number() })),
  komentar: z.string().nullable(),
  diisiAt: z.string().nullable(),
});
export const EvaluasiKompetensi = z.object({
  items: z.array(z.object({ kompetensi: z.string(), skor: z.number(), alasan: z.string() })),
  diisiAt: z.string().nullable(),
});

export const Bimbingan = z.object({
  id: z.uuid(),
  pegawai: Pihak,
  pembimbing: Pihak,
  jenis: z.string(),
  jadwal: z.string(),
  tempat: z.string().nullable(),
  topik: z.string(),
  status: z.string(),
  catatan: z.string().nullable(),
  lembarUmpanBalik: LembarUmpanBalik.nullable(),
  evaluasiKompetensi: EvaluasiKompetensi.nullable(),
  tindakLanjut: z.array(z.object({ id: z.uuid(), uraian: z.string(), jatuhTempo: z.string(), selesaiAt: z.string().nullable() })),
  rowVersion: z.number(),
  can: z.object({ catat: z.boolean(), isiLembarUmpanBalik: z.boolean(), isiEvaluasiKompetensi: z.boolean(), batalkan: z.boolean() }),
});
export type Bimbingan = z.infer<typeof Bimbingan>;

export const BimbinganList = z.object({ items: z.array(Bimbingan) });

export const TindakLanjutQuery = z.object({
  status: z.enum(['terbuka', 'semua'], 'harus terbuka atau semua').default('terbuka'),
});

export const TindakLanjutItem = z.object({
  id: z.uuid(),
  bimbinganId: z.uuid(),
  uraian: z.string(),
  jatuhTempo: z.string(),
  selesaiAt: z.string().nullable(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  /** Still open after its due date (today in the instansi's zone). */
  terlambat: z.boolean(),
  can: z.object({ selesaikan: z.boolean() }),
});
export type TindakLanjutItem = z.infer<typeof TindakLanjutItem>;

export const TindakLanjutList = z.object({ items: z.array(TindakLanjutItem) });

// Types of the schemas above, for the web app (import type).
export type LembarUmpanBalik = z.infer<typeof LembarUmpanBalik>;
export type EvaluasiKompetensi = z.infer<typeof EvaluasiKompetensi>;
export type BimbinganList = z.infer<typeof BimbinganList>;
export type TindakLanjutQuery = z.infer<typeof TindakLanjutQuery>;
export type TindakLanjutList = z.infer<typeof TindakLanjutList>;
export type PeranBimbingan = NonNullable<BimbinganQuery['peran']>;
/** PUT /bimbingan/:id/catatan as a client sends it (`tindakLanjut` may be left out). */
export type CatatanBody = z.input<typeof CatatanInput>;
