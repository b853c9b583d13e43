import { STATUS_KEHADIRAN } from '@capaian/domain';
import { z } from 'zod';

const Tahun = z.coerce.number('harus berupa angka').int('harus bilangan bulat').min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid');
const Bulan = z.coerce.number('harus berupa angka').int('harus bilangan bulat').min(1, 'bulan 1 sampai 12').max(12, 'bulan 1 sampai 12');

/** Without tahun/bulan: the current month in the instansi's time zone. */
export const RekapQuery = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai').optional(),
  tahun: Tahun.optional(),
  bulan: Bulan.optional(),
});
export type RekapQuery = z.infer<typeof RekapQuery>;

export const RekapTimQuery = RekapQuery.omit({ pegawaiId: true });

export const TemplatQuery = z.object({ format: z.enum(['xlsx', 'csv'], 'harus xlsx atau csv').default('xlsx') });

export const Ringkasan = z.object({
  hadir: z.number().int(),
  izin: z.number().int(),
  sakit: z.number().int(),
  cuti: z.number().int(),
  dinasLuar: z.number().int(),
  tanpaKeterangan: z.number().int(),
  terlambatKali: z.number().int(),
  terlambatMenit: z.number().int(),
  /** Monday–Friday days of the month. */
  hariKerja: z.number().int(),
});

export const PegawaiRingkas = z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string() });

export const Rekap = z.object({
  pegawai: PegawaiRingkas,
  tahun: z.number().int(),
  bulan: z.number().int(),
  hari: z.array(
    z.object({
      tanggal: z.string(),
      status: z.enum(STATUS_KEHADIRAN),
      jamMasuk: z.string().nullable(),
      jamPulang: z.string().nullable(),
      terlambatMenit: z.number().int(),
    }),
  ),
  ringkasan: Ringkasan,
});
export type Rekap = z.infer<typeof Rekap>;

export const RekapTim = z.object({ items: z.array(z.object({ pegawai: PegawaiRingkas, ringkasan: Ringkasan })) });

export const ImporResult = z.object({
  /** Records new for their pegawai and date. */
  diimpor: z.number().int(),
  /** Records that replaced an earlier import of the same pegawai and date. */
  diperbarui: z.number().int(),
});

// Types of the schemas above, for the web app (import type).
export type RekapTimQuery = z.infer<typeof RekapTimQuery>;
export type TemplatQuery = z.infer<typeof TemplatQuery>;
export type Ringkasan = z.infer<typeof Ringkasan>;
export type PegawaiRingkas = z.infer<typeof PegawaiRingkas>;
export type RekapTim = z.infer<typeof RekapTim>;
export type ImporResult = z.infer<typeof ImporResult>;
/** One day of `Rekap.hari`. */
export type HariKehadiran = Rekap['hari'][number];
