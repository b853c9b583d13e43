/**
 * The angka kredit ledger of pejabat fungsional, BKPSDM's eligibility list and the PAK. The rules
 * (what counts, the balance against the next pangkat and jenjang) are in @capaian/domain.
 */
import { z } from 'zod';
import { EntriAkManualSchema, JENIS_ENTRI_AK, JENJANGS, PREDIKATS } from '@capaian/domain';

const PegawaiRingkas = z.object({ id: z.uuid(), nama: z.string(), nip: z.string() });
const Status = z.object({ kebutuhan: z.number(), kekurangan: z.number(), tercapai: z.boolean() });

export const EntriAk = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS_ENTRI_AK),
  /** A conversion's period ("Tahunan 2025", "Triwulan II 2026"), else null. */
  periode: z.string().nullable(),
  tahun: z.number().int().nullable(),
  jenjang: z.enum(JENJANGS).nullable(),
  predikat: z.enum(PREDIKATS).nullable(),
  bulan: z.number().int().nullable(),
  nilai: z.number(),
  nomorDokumen: z.string().nullable(),
  tanggalDokumen: z.string().nullable(),
  keterangan: z.string().nullable(),
  /** Why it does not count (corrected, or replaced by the year's annual result); null when it counts. */
  tidakDihitung: z.string().nullable(),
  koreksiDari: z.uuid().nullable(),
  dicatatOleh: z.string().nullable(),
  createdAt: z.string(),
});
export type EntriAk = z.infer<typeof EntriAk>;

export const Pak = z.object({ id: z.uuid(), nomor: z.string(), tanggal: z.string(), total: z.number(), jenjang: z.enum(JENJANGS), golongan: z.string() });
export type Pak = z.infer<typeof Pak>;

export const BukuAngkaKredit = z.object({
  pegawai: PegawaiRingkas.extend({ jabatan: z.string().nullable(), golongan: z.string() }),
  /** Null for a pegawai who is not a pejabat fungsional with a jenjang (no ledger is kept). */
  jenjang: z.enum(JENJANGS).nullable(),
  entri: z.array(EntriAk),
  total: z.number(),
  pangkat: Status.nullable(),
  jenjangBerikut: Status.nullable(),
  pak: z.array(Pak),
  can: z.object({ catat: z.boolean(), tetapkanPak: z.boolean() }),
});
export type BukuAngkaKredit = z.infer<typeof BukuAngkaKredit>;

export const EntriAkInput = EntriAkManualSchema;
export type EntriAkInput = z.infer<typeof EntriAkInput>;

export const PakInput = z.object({
  nomor: z.string({ error: 'wajib diisi' }).trim().min(3, 'paling pendek 3 karakter').max(100, 'paling panjang 100 karakter'),
  tanggal: z.iso.date('harus berupa tanggal TTTT-BB-HH'),
});
export type PakInput = z.infer<typeof PakInput>;

export const KelayakanQuery = z.object({
  /** Only those who reach the next pangkat or jenjang. */
  layak: z.enum(['true', 'false'], { error: 'harus true atau false' }).optional(),
  q: z.string().trim().max(100, 'paling panjang 100 karakter').optional(),
});
export type KelayakanQuery = z.infer<typeof KelayakanQuery>;

export const BarisKelayakan = z.object({
  pegawai: PegawaiRingkas,
  jabatan: z.string().nullable(),
  unit: z.string().nullable(),
  jenjang: z.enum(JENJANGS),
  golongan: z.string(),
  total: z.number(),
  pangkat: Status.nullable(),
  jenjangBerikut: Status.nullable(),
});
export const Kelayakan = z.object({ items: z.array(BarisKelayakan), jumlahFungsional: z.number().int(), jumlahLayak: z.number().int() });
export type Kelayakan = z.infer<typeof Kelayakan>;

export const ImporSaldoResult = z.object({ diimpor: z.number().int() });
export type ImporSaldoResult = z.infer<typeof ImporSaldoResult>;
