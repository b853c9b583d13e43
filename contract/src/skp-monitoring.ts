import { z } from 'zod';

/** The monitoring categories: the newest SKP's status (an approved SKP under revision counts as DISETUJUI). */
export const KATEGORI = ['BELUM_DIBUAT', 'DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI'] as const;
export type Kategori = (typeof KATEGORI)[number];
export const KATEGORI_LABEL: Readonly<Record<Kategori, string>> = {
  BELUM_DIBUAT: 'Belum dibuat',
  DRAFT: 'Draf',
  DIAJUKAN: 'Diajukan',
  DIKEMBALIKAN: 'Dikembalikan',
  DISETUJUI: 'Disetujui',
};

const Tahun = z.coerce.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid');

export const MonitoringQuery = z.object({
  tahun: Tahun.optional(),
  unitId: z.uuid('harus berupa id unit').optional(),
});
export type MonitoringQuery = z.infer<typeof MonitoringQuery>;

export const MonitoringPegawaiQuery = MonitoringQuery.extend({
  status: z.enum(KATEGORI, 'status tidak dikenal').optional(),
  /** Only the pegawai placed in the unit itself (the "langsung" row of a unit's table). */
  langsung: z
    .enum(['true', 'false'], 'harus true atau false')
    .optional()
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1, 'paling kecil 1').default(1),
  pageSize: z.coerce.number().int().min(1, 'paling kecil 1').max(100, 'paling besar 100').default(20),
});
export type MonitoringPegawaiQuery = z.infer<typeof MonitoringPegawaiQuery>;

export const PengingatBody = z.object({
  tahun: z.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid'),
  unitId: z.uuid('harus berupa id unit').nullable().optional(),
});

const Jumlah = z.object({
  BELUM_DIBUAT: z.number().int(),
  DRAFT: z.number().int(),
  DIAJUKAN: z.number().int(),
  DIKEMBALIKAN: z.number().int(),
  DISETUJUI: z.number().int(),
});

const Angka = z.object({
  jumlah: Jumlah,
  total: z.number().int(),
  persenDisetujui: z.number(),
  /** Pegawai whose SKP is not approved once the deadline has passed (0 before it). */
  jumlahTerlambat: z.number().int(),
});

export const MonitoringRow = Angka.extend({
  unitId: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  perangkatDaerah: z.boolean(),
  /** The unit's own pegawai only (not its sub-units): the first row when drilling into a unit. */
  langsung: z.boolean(),
  jumlahSubUnit: z.number().int(),
});
export type MonitoringRow = z.infer<typeof MonitoringRow>;

export const MonitoringResult = z.object({
  tahun: z.number().int(),
  batasWaktu: z.string(),
  terlambat: z.boolean(),
  unit: z.object({ id: z.uuid(), kode: z.string(), nama: z.string() }).nullable(),
  items: z.array(MonitoringRow),
  ringkasan: Angka,
});
export type MonitoringResult = z.infer<typeof MonitoringResult>;

export const MonitoringPegawaiItem = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  namaLengkap: z.string(),
  jabatanNama: z.string(),
  unitId: z.uuid(),
  unitNama: z.string(),
  status: z.enum(KATEGORI),
  statusLabel: z.string(),
  skpId: z.uuid().nullable(),
  versi: z.number().int().nullable(),
  terlambat: z.boolean(),
});

export const MonitoringPegawaiPage = z.object({
  items: z.array(MonitoringPegawaiItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const PengingatResult = z.object({ dikirim: z.number().int() });

// Types of the schemas above, for the web app (import type).
export type PengingatBody = z.infer<typeof PengingatBody>;
export type MonitoringPegawaiItem = z.infer<typeof MonitoringPegawaiItem>;
export type MonitoringPegawaiPage = z.infer<typeof MonitoringPegawaiPage>;
export type PengingatResult = z.infer<typeof PengingatResult>;
/** The counts of a `MonitoringRow` and of `MonitoringResult.ringkasan`. */
export type Angka = z.infer<typeof Angka>;
