/**
 * Angka kredit of jabatan fungsional from the predikat kinerja
 * (PermenPANRB 1/2023; PerBKN 3/2023, "konversi predikat kinerja").
 *
 *   AK = (bulan / 12) × persentase predikat × koefisien tahunan jenjang
 *
 * The result is rounded half up to 3 decimals (the precision used on the
 * Penetapan Angka Kredit). Coefficients and percentages are exported data and
 * may be replaced through the optional `config` argument.
 */
import { DomainError, roundHalfUp } from './common';
import type { GolonganPns } from './kepegawaian';
import type { Predikat } from './rating';

/** Jenjang jabatan fungsional: keterampilan (lowest first), then keahlian (lowest first). */
export const JENJANGS = [
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
] as const;
export type Jenjang = (typeof JENJANGS)[number];

export const JENJANG_LABEL: Readonly<Record<Jenjang, string>> = {
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
};

/** Annual coefficient (koefisien angka kredit per tahun) per jenjang (PermenPANRB 1/2023). */
export const KOEFISIEN_ANGKA_KREDIT: Readonly<Record<Jenjang, number>> = {
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
};

/** Predicate percentage used in the conversion (PerBKN 3/2023). */
export const PERSENTASE_PREDIKAT_AK: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

export interface AngkaKreditConfig {
  koefisien: Readonly<Record<Jenjang, number>>;
  persentase: Readonly<Record<Predikat, number>>;
}

export const DEFAULT_ANGKA_KREDIT_CONFIG: AngkaKreditConfig = {
  koefisien: KOEFISIEN_ANGKA_KREDIT,
  persentase: PERSENTASE_PREDIKAT_AK,
};

export interface AngkaKreditInput {
  jenjang: Jenjang;
  predikat: Predikat;
  /** Months of the assessment period in this jenjang: an integer 1..12. */
  bulan: number;
}

/**
 * Angka kredit earned for `bulan` months with one predikat.
 * Throws `DomainError('INVALID_ARGUMENT')` when `bulan` is not an integer 1..12.
 */
export function angkaKredit(
  { jenjang, predikat, bulan }: AngkaKreditInput,
  config: AngkaKreditConfig = DEFAULT_ANGKA_KREDIT_CONFIG,
): number {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new DomainError('INVALID_ARGUMENT', `Jumlah bulan harus bilangan bulat 1 sampai 12 (saat ini ${bulan})`);
  }
  const value = (bulan * config.persentase[predikat] * config.koefisien[jenjang]) / 1200;
  return roundHalfUp(value, 3);
}

/**
 * Angka kredit kumulatif required for the next pangkat or jenjang
 * *(secondary: PermenPANRB 1/2023 lampiran and PerBKN 3/2023 as published;
 * data, replaceable)*. One row per jenjang and golongan ruang:
 * - `kenaikanPangkat`: AK needed to rise to the next golongan ruang
 *   (null at the top golongan of the jenjang's range where promotion needs a
 *   higher jenjang, and at the very top);
 * - `kenaikanJenjang`: AK needed to rise to the next jenjang (only on the top
 *   golongan of a jenjang; null elsewhere and for Penyelia / Ahli Utama).
 */
export interface KebutuhanAngkaKreditRow {
  jenjang: Jenjang;
  golongan: GolonganPns;
  kenaikanPangkat: number | null;
  kenaikanJenjang: number | null;
}

export const KEBUTUHAN_ANGKA_KREDIT: readonly KebutuhanAngkaKreditRow[] = [
  { jenjang: 'PEMULA', golongan: 'II/a', kenaikanPangkat: 15, kenaikanJenjang: 15 },
  { jenjang: 'TERAMPIL', golongan: 'II/b', kenaikanPangkat: 20, kenaikanJenjang: null },
  { jenjang: 'TERAMPIL', golongan: 'II/c', kenaikanPangkat: 20, kenaikanJenjang: null },
  { jenjang: 'TERAMPIL', golongan: 'II/d', kenaikanPangkat: 20, kenaikanJenjang: 60 },
  { jenjang: 'MAHIR', golongan: 'III/a', kenaikanPangkat: 50, kenaikanJenjang: null },
  { jenjang: 'MAHIR', golongan: 'III/b', kenaikanPangkat: 50, kenaikanJenjang: 100 },
  { jenjang: 'PENYELIA', golongan: 'III/c', kenaikanPangkat: 100, kenaikanJenjang: null },
  { jenjang: 'PENYELIA', golongan: 'III/d', kenaikanPangkat: null, kenaikanJenjang: null },
  { jenjang: 'AHLI_PERTAMA', golongan: 'III/a', kenaikanPangkat: 50, kenaikanJenjang: null },
  { jenjang: 'AHLI_PERTAMA', golongan: 'III/b', kenaikanPangkat: 50, kenaikanJenjang: 100 },
  { jenjang: 'AHLI_MUDA', golongan: 'III/c', kenaikanPangkat: 100, kenaikanJenjang: null },
  { jenjang: 'AHLI_MUDA', golongan: 'III/d', kenaikanPangkat: 100, kenaikanJenjang: 200 },
  { jenjang: 'AHLI_MADYA', golongan: 'IV/a', kenaikanPangkat: 150, kenaikanJenjang: null },
  { jenjang: 'AHLI_MADYA', golongan: 'IV/b', kenaikanPangkat: 150, kenaikanJenjang: null },
  { jenjang: 'AHLI_MADYA', golongan: 'IV/c', kenaikanPangkat: 150, kenaikanJenjang: 450 },
  { jenjang: 'AHLI_UTAMA', golongan: 'IV/d', kenaikanPangkat: 200, kenaikanJenjang: null },
  { jenjang: 'AHLI_UTAMA', golongan: 'IV/e', kenaikanPangkat: null, kenaikanJenjang: null },
];

export type JenisKenaikan = 'PANGKAT' | 'JENJANG';

/** AK required for the next pangkat or jenjang, or null when the table has none. */
export function kebutuhanAngkaKredit(
  { jenjang, golongan, jenis }: { jenjang: Jenjang; golongan: GolonganPns; jenis: JenisKenaikan },
  table: readonly KebutuhanAngkaKreditRow[] = KEBUTUHAN_ANGKA_KREDIT,
): number | null {
  const row = table.find((r) => r.jenjang === jenjang && r.golongan === golongan);
  if (!row) return null;
  return jenis === 'PANGKAT' ? row.kenaikanPangkat : row.kenaikanJenjang;
}

export interface PerolehanAngkaKredit {
  /** Free label, e.g. "2025" or "Jan–Jun 2026". */
  keterangan?: string;
  angkaKredit: number;
}

export interface AkumulasiAngkaKreditInput {
  /** AK earned per period (numbers or labelled entries). */
  perolehan: ReadonlyArray<number | PerolehanAngkaKredit>;
  /** AK required, e.g. from `kebutuhanAngkaKredit`; must be > 0. */
  kebutuhan: number;
  /** AK carried over (e.g. the excess kept after the last promotion); default 0. */
  akAwal?: number;
}

export interface AkumulasiAngkaKredit {
  total: number;
  kebutuhan: number;
  /** AK still missing; 0 once achieved. */
  kekurangan: number;
  /** AK above the requirement; 0 until achieved. */
  kelebihan: number;
  tercapai: boolean;
  /** total / kebutuhan in percent, 2 decimals, not capped at 100. */
  persentase: number;
}

/**
 * Adds up angka kredit towards a requirement. Sums are rounded to 3 decimals.
 * Throws `DomainError('INVALID_ARGUMENT')` for a non-positive requirement or a
 * negative / non-finite amount.
 */
export function akumulasiAngkaKredit({ perolehan, kebutuhan, akAwal = 0 }: AkumulasiAngkaKreditInput): AkumulasiAngkaKredit {
  if (!Number.isFinite(kebutuhan) || kebutuhan <= 0) {
    throw new DomainError('INVALID_ARGUMENT', `Kebutuhan angka kredit harus lebih dari 0 (saat ini ${kebutuhan})`);
  }
  const amounts = [akAwal, ...perolehan.map((p) => (typeof p === 'number' ? p : p.angkaKredit))];
  for (const a of amounts) {
    if (!Number.isFinite(a) || a < 0) {
      throw new DomainError('INVALID_ARGUMENT', `Angka kredit tidak boleh negatif atau kosong (saat ini ${a})`);
    }
  }
  const total = roundHalfUp(
    amounts.reduce((sum, a) => sum + a, 0),
    3,
  );
  const tercapai = total >= kebutuhan;
  return {
    total,
    kebutuhan,
    kekurangan: tercapai ? 0 : roundHalfUp(kebutuhan - total, 3),
    kelebihan: tercapai ? roundHalfUp(total - kebutuhan, 3) : 0,
    tercapai,
    persentase: roundHalfUp((total / kebutuhan) * 100, 2),
  };
}
