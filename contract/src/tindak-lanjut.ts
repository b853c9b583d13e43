import { z } from 'zod';
import { JENIS_JABATAN, KRITERIA_PERINGKAT, PREDIKATS, RATINGS } from '@capaian/domain';

/** Who a ranking compares: the whole pemda, one perangkat daerah, or one unit (with the units below it). */
export const LINGKUP_PERINGKAT = ['PEMDA', 'PERANGKAT_DAERAH', 'UNIT'] as const;
export type LingkupPeringkat = (typeof LINGKUP_PERINGKAT)[number];

export const PeringkatQuery = z
  .object({
    periodeId: z.uuid('harus berupa id periode'),
    lingkup: z.enum(LINGKUP_PERINGKAT, { error: 'harus PEMDA, PERANGKAT_DAERAH atau UNIT' }).default('PEMDA'),
    /** The perangkat daerah or unit (required unless lingkup is PEMDA). */
    unitId: z.uuid('harus berupa id unit').optional(),
    halaman: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(100_000, 'terlalu besar').default(1),
    ukuran: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(500, 'paling banyak 500').default(50),
    /** Only the rows of this text in name or NIP (the rank stays the one in the whole group). */
    q: z.string().trim().max(100, 'paling panjang 100 karakter').optional(),
  })
  .refine((v) => v.lingkup === 'PEMDA' || v.unitId !== undefined, { error: 'pilih perangkat daerah atau unit', path: ['unitId'] });
export type PeringkatQuery = z.infer<typeof PeringkatQuery>;

export const BarisPeringkat = z.object({
  peringkat: z.number().int(),
  /** Shares its rank with another pegawai (equal on the predikat and every tie-break). */
  seri: z.boolean(),
  evaluasiId: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string() }),
  jabatan: z.string().nullable(),
  jenisJabatan: z.enum(JENIS_JABATAN).nullable(),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  perangkatDaerah: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  predikat: z.enum(PREDIKATS),
  ratingHasilKerja: z.enum(RATINGS),
  ratingPerilaku: z.enum(RATINGS),
  rhkDiAtas: z.number().int(),
  rhkDiBawah: z.number().int(),
  rhkJumlah: z.number().int(),
});
export type BarisPeringkat = z.infer<typeof BarisPeringkat>;

export const PeringkatResponse = z.object({
  periode: z.object({ id: z.uuid(), label: z.string(), jenis: z.string(), tahun: z.number().int() }),
  lingkup: z.enum(LINGKUP_PERINGKAT),
  /** The perangkat daerah or unit ranked (null for the pemda). */
  unit: z.object({ id: z.uuid(), nama: z.string(), induk: z.string().nullable() }).nullable(),
  /** The tie-breaks after the predikat, in order, as the pemda set them. */
  kriteria: z.array(z.object({ kode: z.enum(KRITERIA_PERINGKAT), label: z.string() })),
  dasarHukum: z.string(),
  /** Pegawai with a final result in the group (all ranked). */
  jumlah: z.number().int(),
  /** Evaluations of the group not final yet (not ranked). */
  belumFinal: z.number().int(),
  /** Rows after the `q` filter (the page is taken from these). */
  jumlahTersaring: z.number().int(),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  baris: z.array(BarisPeringkat),
});
export type PeringkatResponse = z.infer<typeof PeringkatResponse>;

export const LaporanTahunanQuery = z.object({
  tahun: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(2000, 'paling awal 2000').max(2100, 'paling akhir 2100'),
});
export type LaporanTahunanQuery = z.infer<typeof LaporanTahunanQuery>;

const Distribusi = z.object(Object.fromEntries(PREDIKATS.map((p) => [p, z.number().int()])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>);
export type Distribusi = z.infer<typeof Distribusi>;

const BarisDistribusi = z.object({
  /** The perangkat daerah's or jabatan type's id/code. */
  kunci: z.string(),
  nama: z.string(),
  jumlah: z.number().int(),
  distribusi: Distribusi,
  /** The same group last year (null when it had no final annual results). */
  tahunLalu: z.object({ jumlah: z.number().int(), distribusi: Distribusi }).nullable(),
});

export const LaporanTahunanResponse = z.object({
  tahun: z.number().int(),
  /** The annual period of the year (null: none opened yet). */
  periode: z.object({ id: z.uuid(), label: z.string(), status: z.string() }).nullable(),
  dasarHukum: z.string(),
  total: z.object({ jumlah: z.number().int(), distribusi: Distribusi, belumFinal: z.number().int() }),
  totalTahunLalu: z.object({ jumlah: z.number().int(), distribusi: Distribusi }).nullable(),
  perPerangkatDaerah: z.array(BarisDistribusi),
  perJenisJabatan: z.array(BarisDistribusi),
});
export type LaporanTahunanResponse = z.infer<typeof LaporanTahunanResponse>;
