import { PREDIKATS, RATINGS } from '@capaian/domain';
import { z } from 'zod';

const Teks = (max: number) => z.string('wajib diisi').trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);

export const PERAN_TIM = ['KETUA', 'SEKRETARIS', 'ANGGOTA'] as const;
export const PERAN_TIM_LABEL: Readonly<Record<(typeof PERAN_TIM)[number], string>> = { KETUA: 'Ketua', SEKRETARIS: 'Sekretaris', ANGGOTA: 'Anggota' };
export const JENIS_REKOMENDASI = ['PROMOSI', 'MUTASI', 'PENGEMBANGAN', 'PENGHARGAAN', 'PEMBINAAN'] as const;
export const JENIS_REKOMENDASI_LABEL: Readonly<Record<(typeof JENIS_REKOMENDASI)[number], string>> = {
  PROMOSI: 'Promosi',
  MUTASI: 'Mutasi/rotasi',
  PENGEMBANGAN: 'Pengembangan kompetensi',
  PENGHARGAAN: 'Penghargaan',
  PEMBINAAN: 'Pembinaan',
};

export const TimQuery = z.object({ tahun: z.coerce.number('harus berupa tahun').int('harus berupa tahun').min(2020).max(2100).optional() });

export const TimInput = z.object({
  tahun: z.number('wajib diisi').int('harus bilangan bulat').min(2020, 'tahun paling awal 2020').max(2100, 'tahun paling akhir 2100'),
  nama: Teks(200),
  nomorSk: z.string().trim().max(100, 'paling banyak 100 karakter').nullish(),
  anggota: z
    .array(z.object({ pegawaiId: z.uuid('harus berupa id pegawai'), peran: z.enum(PERAN_TIM, 'harus KETUA, SEKRETARIS atau ANGGOTA') }), 'wajib diisi')
    .min(1, 'paling sedikit satu anggota')
    .max(50, 'paling banyak 50 anggota'),
});
export type TimInput = z.infer<typeof TimInput>;

export const Anggota = z.object({
  pegawaiId: z.uuid(),
  peran: z.enum(PERAN_TIM),
  peranLabel: z.string(),
  nip: z.string(),
  nama: z.string(),
  jabatan: z.string().nullable(),
  unitNama: z.string().nullable(),
});

export const Tim = z.object({
  id: z.uuid(),
  tahun: z.number(),
  nama: z.string(),
  nomorSk: z.string().nullable(),
  anggota: z.array(Anggota),
  dibuatAt: z.string(),
  can: z.object({ ubah: z.boolean(), lihatHasil: z.boolean(), rekomendasi: z.boolean() }),
});
export type Tim = z.infer<typeof Tim>;
export const TimList = z.object({ items: z.array(Tim), can: z.object({ buat: z.boolean() }) });

export const HasilQuery = z.object({
  /** Default: the annual period of the team's year (else its latest period). */
  periodeId: z.uuid('harus berupa id periode').optional(),
  /** A perangkat daerah (or any unit): its results and those of the units below it. */
  unitId: z.uuid('harus berupa id unit').optional(),
  predikat: z.enum(PREDIKATS, 'bukan predikat kinerja').optional(),
});
export type HasilQuery = z.infer<typeof HasilQuery>;

export const Rekomendasi = z.object({
  id: z.uuid(),
  timId: z.uuid(),
  periodeId: z.uuid(),
  pegawaiId: z.uuid(),
  jenis: z.enum(JENIS_REKOMENDASI),
  jenisLabel: z.string(),
  catatan: z.string(),
  oleh: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  at: z.string(),
});
export type Rekomendasi = z.infer<typeof Rekomendasi>;

const Ringkas = z.object({ id: z.uuid(), nama: z.string() });
export const Hasil = z.object({
  tim: z.object({ id: z.uuid(), nama: z.string(), tahun: z.number() }),
  periode: z.object({ id: z.uuid(), label: z.string(), jenis: z.string(), tahun: z.number(), status: z.string() }).nullable(),
  /** The team's year's periods, to choose from. */
  periodeTersedia: z.array(z.object({ id: z.uuid(), label: z.string(), jenis: z.string() })),
  /** Every perangkat daerah with final results in the period, with counts per predikat (filter choices). */
  perangkatDaerah: z.array(Ringkas.extend({ jumlah: z.number(), distribusi: z.record(z.enum(PREDIKATS), z.number()) })),
  items: z.array(
    z.object({
      evaluasiId: z.uuid(),
      pegawai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string().nullable() }),
      unit: Ringkas,
      perangkatDaerah: Ringkas.nullable(),
      status: z.string(),
      ratingHasilKerja: z.enum(RATINGS).nullable(),
      ratingPerilaku: z.enum(RATINGS).nullable(),
      predikat: z.enum(PREDIKATS).nullable(),
      rekomendasi: z.array(Rekomendasi),
    }),
  ),
  /** More than the listed maximum matched: narrow with unitId or predikat. */
  terpotong: z.boolean(),
  can: z.object({ rekomendasi: z.boolean() }),
});
export type Hasil = z.infer<typeof Hasil>;

export const RekomendasiInput = z.object({
  periodeId: z.uuid('harus berupa id periode'),
  pegawaiId: z.uuid('harus berupa id pegawai'),
  jenis: z.enum(JENIS_REKOMENDASI, 'harus PROMOSI, MUTASI, PENGEMBANGAN, PENGHARGAAN atau PEMBINAAN'),
  catatan: Teks(2000),
});
export type RekomendasiInput = z.infer<typeof RekomendasiInput>;

// Types of the schemas above, for the web app (import type).
export type TimQuery = z.infer<typeof TimQuery>;
export type Anggota = z.infer<typeof Anggota>;
export type TimList = z.infer<typeof TimList>;
export type PeranTim = (typeof PERAN_TIM)[number];
export type JenisRekomendasi = (typeof JENIS_REKOMENDASI)[number];
/** One pegawai's final result in `Hasil`, with the team's recommendations. */
export type HasilItem = Hasil['items'][number];
