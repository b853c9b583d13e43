/**
 * TPP: the pemda's scheme, the monthly runs (draft, approved, replaced by a correction), the payroll
 * list and each pegawai's own breakdown. The formula and the scheme's rules are in @capaian/domain.
 */
import { z } from 'zod';
import { PREDIKATS, SkemaTppSchema, TPP_RUN_STATES } from '@capaian/domain';

const PegawaiRingkas = z.object({ id: z.uuid(), nama: z.string(), nip: z.string() });
const Unit = z.object({ id: z.uuid(), nama: z.string() });
const RowVersion = z.number({ error: 'wajib diisi (versi data yang Anda lihat)' }).int('harus bilangan bulat').min(1, 'paling kecil 1');
const Bulan = z.string({ error: 'wajib diisi' }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'tulis bulan TTTT-BB, misalnya 2026-11');

export const SkemaResponse = z.object({
  skema: SkemaTppSchema,
  /** False while the pemda has not saved its own (the example is shown). */
  disimpan: z.boolean(),
  rowVersion: z.number().int().nullable(),
  can: z.object({ ubah: z.boolean() }),
});
export type SkemaResponse = z.infer<typeof SkemaResponse>;

export const SimpanSkema = z.object({ skema: SkemaTppSchema, rowVersion: RowVersion.optional() });
export type SimpanSkema = z.infer<typeof SimpanSkema>;

export const BuatRun = z.object({ bulan: Bulan, perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional() });
export type BuatRun = z.infer<typeof BuatRun>;

export const RunRingkas = z.object({
  id: z.uuid(),
  bulan: z.string(),
  unit: Unit.nullable(),
  versi: z.number().int(),
  status: z.enum(TPP_RUN_STATES),
  jumlahPegawai: z.number().int(),
  jumlahGagal: z.number().int(),
  totalDibayar: z.number().int(),
  perluDitinjau: z.string().nullable(),
  disetujuiOleh: z.string().nullable(),
  disetujuiAt: z.string().nullable(),
  createdAt: z.string(),
  rowVersion: z.number().int(),
  can: z.object({ setujui: z.boolean(), koreksi: z.boolean() }),
});
export type RunRingkas = z.infer<typeof RunRingkas>;
export const RunList = z.object({ items: z.array(RunRingkas) });
export type RunList = z.infer<typeof RunList>;

export const RunQuery = z.object({
  perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional(),
  halaman: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(100_000, 'terlalu besar').default(1),
  ukuran: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(500, 'paling banyak 500').default(100),
});
export type RunQuery = z.infer<typeof RunQuery>;

export const RunDetail = RunRingkas.extend({
  perPerangkatDaerah: z.array(z.object({ unit: Unit, jumlahPegawai: z.number().int(), total: z.number().int() })),
  gagal: z.array(z.object({ pegawai: PegawaiRingkas, alasan: z.string() })),
  items: z.array(z.object({ pegawai: PegawaiRingkas, unit: z.string().nullable(), kelas: z.number().int().nullable(), predikat: z.enum(PREDIKATS).nullable(), dibayar: z.number().int() })),
  totalItems: z.number().int(),
});
export type RunDetail = z.infer<typeof RunDetail>;

export const SetujuiRun = z.object({ rowVersion: RowVersion });
export type SetujuiRun = z.infer<typeof SetujuiRun>;

const Potongan = z.object({ jenis: z.string(), label: z.string(), jumlah: z.number(), persen: z.number() });
export const RincianTpp = z.object({
  basis: z.number().int(),
  tambahanPlt: z.number().int(),
  kinerja: z.object({ alokasi: z.number().int(), persen: z.number(), diterima: z.number().int(), potongan: z.number().int(), keterangan: z.string() }),
  disiplin: z.object({ alokasi: z.number().int(), potonganPersen: z.number(), potonganPersenSebelumBatas: z.number(), potongan: z.number().int(), diterima: z.number().int(), rincian: z.array(Potongan) }),
  potonganHarian: z.array(z.object({ tanggal: z.string(), jenis: z.enum(['TANPA_KETERANGAN', 'TERLAMBAT', 'PULANG_CEPAT']), menit: z.number().int().nullable(), persen: z.number() })),
  total: z.number().int(),
  pembatasan: z.number().int(),
  dibayar: z.number().int(),
});
export type RincianTpp = z.infer<typeof RincianTpp>;

export const TppSayaQuery = z.object({ bulan: Bulan.optional() });
export type TppSayaQuery = z.infer<typeof TppSayaQuery>;
export const TppSaya = z.object({
  /** The months with an approved run for the pegawai, newest first. */
  bulanTersedia: z.array(z.string()),
  bulan: z.string().nullable(),
  runVersi: z.number().int().nullable(),
  kelas: z.number().int().nullable(),
  predikat: z.enum(PREDIKATS).nullable(),
  rincian: RincianTpp.nullable(),
  /** Why it could not be calculated (the run lists it; BKPSDM follows up). */
  gagal: z.string().nullable(),
});
export type TppSaya = z.infer<typeof TppSaya>;

// --- The bendahara of each perangkat daerah

export const BendaharaInput = z.object({ perangkatDaerahId: z.uuid('harus berupa id perangkat daerah'), nip: z.string({ error: 'wajib diisi' }).trim().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka') });
export type BendaharaInput = z.infer<typeof BendaharaInput>;
export const BendaharaList = z.object({ items: z.array(z.object({ id: z.uuid(), unit: Unit, pegawai: PegawaiRingkas })) });
export type BendaharaList = z.infer<typeof BendaharaList>;
/** What a bendahara may download: the approved runs' lists of their perangkat daerah. */
export const DaftarBendahara = z.object({
  items: z.array(z.object({ runId: z.uuid(), bulan: z.string(), versi: z.number().int(), perangkatDaerah: Unit, jumlahPegawai: z.number().int(), total: z.number().int() })),
});
export type DaftarBendahara = z.infer<typeof DaftarBendahara>;
