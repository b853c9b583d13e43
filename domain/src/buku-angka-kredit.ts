/**
 * The angka kredit ledger of a pejabat fungsional (PermenPANRB 1/2023; PerBKN 3/2023): the opening
 * balance from the last PAK on paper, one conversion entry per final result (domain `angkaKredit`),
 * the integration and conversion entries BKPSDM records, and corrections that keep the entry they
 * replace. What counts, and what the balance is against the next pangkat and jenjang, is decided
 * here; the server stores entries and shows them.
 *
 * Which conversions count: a year's annual result converts the whole year; before it is final the
 * year's periodic results count provisionally, and once it is, they are kept in the ledger but no
 * longer counted (one year is never counted twice). A corrected entry (a keberatan changed the
 * result, BKPSDM corrected a figure) no longer counts; its correction does.
 *
 * Amounts have three decimals, as on the PAK; sums are taken in thousandths (integers), so a total
 * does not depend on the order of its entries.
 */
import { z } from 'zod';
import { kebutuhanAngkaKredit, type Jenjang } from './angka-kredit';
import type { GolonganPns } from './kepegawaian';

export const JENIS_ENTRI_AK = ['AWAL', 'KONVERSI', 'INTEGRASI', 'PENYESUAIAN'] as const;
export type JenisEntriAk = (typeof JENIS_ENTRI_AK)[number];
export const JENIS_ENTRI_AK_LABEL: Readonly<Record<JenisEntriAk, string>> = {
  AWAL: 'Saldo awal (PAK terakhir)',
  KONVERSI: 'Konversi predikat kinerja',
  INTEGRASI: 'Integrasi angka kredit',
  PENYESUAIAN: 'Penyesuaian/konversi lainnya',
};
/** The kinds BKPSDM records by hand (conversions come from final results only). */
export const JENIS_ENTRI_AK_MANUAL = ['AWAL', 'INTEGRASI', 'PENYESUAIAN'] as const satisfies readonly JenisEntriAk[];

/** Months a period of this kind converts (an annual period: the whole year). */
export const BULAN_PERIODE_AK: Readonly<Record<'BULANAN' | 'TRIWULANAN' | 'SEMESTERAN' | 'TAHUNAN', number>> = { BULANAN: 1, TRIWULANAN: 3, SEMESTERAN: 6, TAHUNAN: 12 };

/** An amount of angka kredit as entered: ≥ 0, at most 3 decimals, at most 10,000. */
export const NilaiAkSchema = z
  .number({ error: 'harus berupa angka' })
  .min(0, { error: 'tidak boleh negatif' })
  .max(10_000, { error: 'paling besar 10.000' })
  .refine((n) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6, { error: 'paling banyak tiga angka desimal' });

/** An entry BKPSDM records: the opening balance from the last PAK, an integration, another conversion. */
export const EntriAkManualSchema = z.object({
  jenis: z.enum(JENIS_ENTRI_AK_MANUAL, { error: 'pilih saldo awal, integrasi atau penyesuaian' }),
  nilai: NilaiAkSchema,
  nomorDokumen: z.string({ error: 'wajib diisi' }).trim().min(3, { error: 'sebutkan nomor PAK atau dokumennya' }).max(100, { error: 'paling panjang 100 karakter' }),
  tanggalDokumen: z.iso.date({ error: 'harus berupa tanggal TTTT-BB-HH' }),
  keterangan: z.string({ error: 'wajib berupa teks' }).trim().max(500, { error: 'paling panjang 500 karakter' }).nullish(),
});
export type EntriAkManual = z.infer<typeof EntriAkManualSchema>;

/** An entry as the balance reads it. */
export interface EntriAk {
  id: string;
  jenis: JenisEntriAk;
  /** The year a conversion belongs to (null for the other kinds). */
  tahun: number | null;
  /** Whether a conversion is of an annual result. */
  tahunan: boolean;
  nilai: number;
  /** Replaced by a correction (kept, not counted). */
  dikoreksi: boolean;
}

export type AlasanTidakDihitung = 'DIKOREKSI' | 'DIGANTIKAN_TAHUNAN';
export const ALASAN_TIDAK_DIHITUNG_LABEL: Readonly<Record<AlasanTidakDihitung, string>> = {
  DIKOREKSI: 'Dikoreksi (diganti entri yang lebih baru)',
  DIGANTIKAN_TAHUNAN: 'Digantikan hasil tahunan tahun yang sama',
};

export interface SaldoAk {
  /** Sum of what counts, 3 decimals. */
  total: number;
  /** Entries that do not count, with why. */
  tidakDihitung: ReadonlyMap<string, AlasanTidakDihitung>;
}

const ribuan = (n: number) => Math.round(n * 1000);

/** The balance of a ledger (order of entries does not matter). */
export function saldoAngkaKredit(entri: readonly EntriAk[]): SaldoAk {
  const tidakDihitung = new Map<string, AlasanTidakDihitung>();
  const tahunDenganTahunan = new Set(entri.filter((e) => e.jenis === 'KONVERSI' && e.tahunan && !e.dikoreksi).map((e) => e.tahun));
  let total = 0;
  for (const e of entri) {
    if (e.dikoreksi) tidakDihitung.set(e.id, 'DIKOREKSI');
    else if (e.jenis === 'KONVERSI' && !e.tahunan && tahunDenganTahunan.has(e.tahun)) tidakDihitung.set(e.id, 'DIGANTIKAN_TAHUNAN');
    else total += ribuan(e.nilai);
  }
  return { total: total / 1000, tidakDihitung };
}

export interface StatusKenaikan {
  kebutuhan: number;
  kekurangan: number;
  tercapai: boolean;
}

export interface KelayakanAk {
  pangkat: StatusKenaikan | null;
  jenjang: StatusKenaikan | null;
}

const status = (total: number, kebutuhan: number | null): StatusKenaikan | null => {
  if (kebutuhan === null) return null;
  const kurang = Math.max(0, ribuan(kebutuhan) - ribuan(total)) / 1000;
  return { kebutuhan, kekurangan: kurang, tercapai: kurang === 0 };
};

/**
 * The balance against the next pangkat and the next jenjang of the pegawai's jenjang and golongan
 * (domain `KEBUTUHAN_ANGKA_KREDIT`): null where the table has no next step. Reached exactly at the
 * requirement.
 */
export function kelayakanAngkaKredit(total: number, jenjang: Jenjang, golongan: GolonganPns | string): KelayakanAk {
  const g = golongan as GolonganPns;
  return { pangkat: status(total, kebutuhanAngkaKredit({ jenjang, golongan: g, jenis: 'PANGKAT' })), jenjang: status(total, kebutuhanAngkaKredit({ jenjang, golongan: g, jenis: 'JENJANG' })) };
}
