import { z } from 'zod';

const Tahun = z.coerce.number('tahun harus berupa angka').int('tahun harus bilangan bulat').min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid');
const Bulan = z.coerce.number('bulan harus berupa angka').int('bulan harus bilangan bulat').min(1, 'bulan 1 sampai 12').max(12, 'bulan 1 sampai 12');
const Tanggal = z.string().describe('YYYY-MM-DD');

export const TimQuery = z.object({ tahun: Tahun.optional(), bulan: Bulan.optional() });
export type TimQuery = z.infer<typeof TimQuery>;

export const UnitQuery = TimQuery.extend({ unitId: z.uuid('harus berupa id unit kerja').optional() });
export type UnitQuery = z.infer<typeof UnitQuery>;

const Rentang = z.object({ mulai: Tanggal, selesai: Tanggal });

export const IndikatorPantau = z.object({
  rhkId: z.uuid(),
  rhkUraian: z.string(),
  indikatorId: z.uuid(),
  uraian: z.string(),
  aspek: z.string(),
  /** The target as a number; null for a qualitative target. */
  target: z.number().nullable(),
  satuan: z.string().nullable(),
  /** Sum of the entries' quantities up to the board's date. */
  realisasi: z.number(),
  /** realisasi / target in percent, for an accumulating indicator (a count, not a percentage). */
  persen: z.number().nullable(),
  /** The quantity expected by the board's date (target × elapsed share of the SKP period). */
  harapan: z.number().nullable(),
  tertinggal: z.boolean(),
});
export type IndikatorPantau = z.infer<typeof IndikatorPantau>;

export const AnggotaTim = z.object({
  pegawai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), namaLengkap: z.string(), jabatan: z.string() }),
  /** Their approved SKP of the year (the one in force), or null. */
  skpId: z.uuid().nullable(),
  terakhirLapor: Tanggal.nullable(),
  entriMingguIni: z.number().int(),
  entriBulanIni: z.number().int(),
  belumLaporMingguIni: z.boolean(),
  belumLaporBulanIni: z.boolean(),
  indikator: z.array(IndikatorPantau),
  jumlahTertinggal: z.number().int(),
  can: z.object({ lihatRealisasi: z.boolean(), beriUmpanBalik: z.boolean() }),
});
export type AnggotaTim = z.infer<typeof AnggotaTim>;

export const TimResult = z.object({
  tahun: z.number().int(),
  bulan: z.number().int(),
  hariIni: Tanggal,
  /** The date the board is "as of": today in the current month, else the month's last (or first) day. */
  acuan: Tanggal,
  /** The ISO week (Monday–Sunday) of `acuan`, which "minggu ini" counts. */
  minggu: Rentang,
  anggota: z.array(AnggotaTim),
});
export type TimResult = z.infer<typeof TimResult>;

export const BarisUnit = z.object({
  unitId: z.uuid(),
  unitKode: z.string(),
  unitNama: z.string(),
  /** The row of the unit's own pegawai (placed in the unit itself, not in a sub-unit). */
  langsung: z.boolean(),
  jumlahSubUnit: z.number().int(),
  jumlahPegawai: z.number().int(),
  sudahLaporBulanIni: z.number().int(),
  belumLaporBulanIni: z.number().int(),
  entriBulanIni: z.number().int(),
  /** Pegawai with at least one indicator behind schedule. */
  jumlahTertinggal: z.number().int(),
  can: z.object({ rinci: z.boolean() }),
});
export type BarisUnit = z.infer<typeof BarisUnit>;

export const UnitResult = z.object({
  tahun: z.number().int(),
  bulan: z.number().int(),
  hariIni: Tanggal,
  acuan: Tanggal,
  unit: z.object({
    id: z.uuid(),
    kode: z.string(),
    nama: z.string(),
    /** The parent unit when the caller may open it, else null. */
    parentId: z.uuid().nullable(),
  }),
  baris: z.array(BarisUnit),
});
export type UnitResult = z.infer<typeof UnitResult>;

