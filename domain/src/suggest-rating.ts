/**
 * A suggested rating hasil kerja from realisasi vs target of the IKI.
 * Advice only: the pejabat penilai decides the rating (PermenPANRB 6/2022)
 * and may weigh evidence, quality and circumstances this arithmetic ignores.
 *
 * Per indicator:
 * - higher is better: capaian = realisasi / target × 100;
 * - lower is better (cost, time, complaints): capaian = (2·target − realisasi) / target × 100
 *   (meeting the target exactly is 100%, every unit under it counts as much as
 *   a unit over it would in the other direction);
 * - target 0: higher-is-better → 100% when realisasi is 0, the cap when above 0;
 *   lower-is-better → 100% when realisasi is 0, else 0%;
 * - each capaian is clamped to [0, capPersen] so one outlier cannot dominate.
 * The suggestion compares the plain average (rounded to 2 decimals, the figure
 * shown to the user) with the thresholds. An empty list gives no suggestion (null).
 */
import { z } from 'zod';
import { DomainError, formatAngka, roundHalfUp } from './common';
import { RATING_LABEL, type Rating } from './rating';

export const SuggestThresholdsSchema = z
  .object({
    diAtasMinPersen: z.number().positive(),
    sesuaiMinPersen: z.number().positive(),
    capPersen: z.number().positive(),
  })
  .refine((t) => t.sesuaiMinPersen < t.diAtasMinPersen, {
    error: 'Batas "Sesuai Ekspektasi" harus lebih kecil dari batas "Di Atas Ekspektasi"',
  })
  .refine((t) => t.diAtasMinPersen <= t.capPersen, {
    error: 'Batas capaian per indikator tidak boleh lebih kecil dari batas "Di Atas Ekspektasi"',
  });
export type SuggestThresholds = z.infer<typeof SuggestThresholdsSchema>;

/** Default thresholds *(Capaian's own convention; configurable per instansi)*. */
export const DEFAULT_SUGGEST_THRESHOLDS: SuggestThresholds = {
  diAtasMinPersen: 110,
  sesuaiMinPersen: 90,
  capPersen: 120,
};

export interface IndikatorCapaianInput {
  target: number;
  realisasi: number;
  lowerIsBetter?: boolean;
  /** Where the target comes from (`targetPeriode`); named in the explanation. */
  sumberTarget?: SumberTarget;
}

export interface IndikatorCapaian {
  target: number;
  realisasi: number;
  lowerIsBetter: boolean;
  /** Capaian before clamping (may be negative or above the cap), 2 decimals. */
  capaianPersen: number;
  /** Capaian used in the average (clamped to [0, cap]), 2 decimals. */
  capaianDihitung: number;
  dibatasi: boolean;
}

export interface SaranRating {
  rating: Rating;
  /** Average of the clamped capaian, 2 decimals. */
  capaianPersen: number;
  perIndikator: IndikatorCapaian[];
  /** Indonesian explanation shown next to the suggestion. */
  alasan: string;
}

function rawCapaian({ target, realisasi, lowerIsBetter }: IndikatorCapaianInput, cap: number): number {
  if (target === 0) {
    if (realisasi === 0) return 100;
    return lowerIsBetter ? 0 : cap;
  }
  return lowerIsBetter ? ((2 * target - realisasi) / target) * 100 : (realisasi / target) * 100;
}

/** " Target dibandingkan: 2 indikator dengan target rencana aksi periode ini, 1 dengan target SKP diprorata." */
function penjelasanSumber(indicators: readonly IndikatorCapaianInput[]): string {
  const parts = SUMBER_TARGET.map((s) => [s, indicators.filter((i) => i.sumberTarget === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} indikator dengan ${SUMBER_TARGET_LABEL[s]}`);
  return parts.length ? ` Target yang dibandingkan: ${parts.join(', ')}.` : '';
}

/**
 * Suggests a rating hasil kerja, or null when there is no indicator.
 * Throws `DomainError('INVALID_ARGUMENT')` for a negative or non-finite target or realisasi.
 */
export function suggestRatingHasilKerja(
  indicators: readonly IndikatorCapaianInput[],
  thresholds: SuggestThresholds = DEFAULT_SUGGEST_THRESHOLDS,
): SaranRating | null {
  if (indicators.length === 0) return null;
  const cap = thresholds.capPersen;
  const clampedValues: number[] = [];
  const perIndikator = indicators.map((ind): IndikatorCapaian => {
    for (const v of [ind.target, ind.realisasi]) {
      if (!Number.isFinite(v) || v < 0) {
        throw new DomainError('INVALID_ARGUMENT', `Target dan realisasi harus angka tidak negatif (saat ini ${v})`);
      }
    }
    const raw = rawCapaian(ind, cap);
    const clamped = Math.min(cap, Math.max(0, raw));
    clampedValues.push(clamped);
    return {
      target: ind.target,
      realisasi: ind.realisasi,
      lowerIsBetter: ind.lowerIsBetter === true,
      capaianPersen: Math.sign(raw) * roundHalfUp(Math.abs(raw), 2),
      capaianDihitung: roundHalfUp(clamped, 2),
      dibatasi: clamped !== raw,
    };
  });
  const sum = clampedValues.reduce((s, v) => s + v, 0);
  const capaianPersen = roundHalfUp(sum / clampedValues.length, 2);
  const rating: Rating =
    capaianPersen >= thresholds.diAtasMinPersen
      ? 'DI_ATAS_EKSPEKTASI'
      : capaianPersen >= thresholds.sesuaiMinPersen
        ? 'SESUAI_EKSPEKTASI'
        : 'DI_BAWAH_EKSPEKTASI';
  const dibatasi = perIndikator.filter((i) => i.dibatasi).length;
  const alasan =
    `Rata-rata capaian ${perIndikator.length} indikator ${formatAngka(capaianPersen)}% ` +
    `(Di Atas Ekspektasi ≥ ${formatAngka(thresholds.diAtasMinPersen)}%, ` +
    `Sesuai Ekspektasi ≥ ${formatAngka(thresholds.sesuaiMinPersen)}%), ` +
    `maka disarankan ${RATING_LABEL[rating]}.` +
    (dibatasi > 0 ? ` ${dibatasi} indikator dibatasi pada 0–${formatAngka(cap)}%.` : '') +
    penjelasanSumber(indicators) +
    ' Saran ini hanya bahan pertimbangan; rating ditetapkan oleh pejabat penilai kinerja.';
  return { rating, capaianPersen, perIndikator, alasan };
}

// ---------------------------------------------------------------------------------------------
// The target of one assessment period

/**
 * Where a period's target comes from:
 * - TAHUNAN: the SKP's whole target (an annual assessment, or an indicator that is a level — a
 *   percentage, an index — rather than a sum of entries);
 * - RENCANA_AKSI: the sum of the targets the rencana aksi plan for the indicator in the period;
 * - PRORATA: no rencana aksi target: the SKP's target × the period's share of the SKP's days.
 */
export const SUMBER_TARGET = ['TAHUNAN', 'RENCANA_AKSI', 'PRORATA'] as const;
export type SumberTarget = (typeof SUMBER_TARGET)[number];
export const SUMBER_TARGET_LABEL: Readonly<Record<SumberTarget, string>> = {
  TAHUNAN: 'target SKP',
  RENCANA_AKSI: 'target rencana aksi periode ini',
  PRORATA: 'target SKP diprorata',
};

export interface Rentang {
  /** First day, 'YYYY-MM-DD'. */
  mulai: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  selesai: string;
}

export interface TargetPeriodeInput {
  /** The indicator's target for the whole SKP. */
  targetSkp: number;
  /** True when realisation is a sum of entries (pemantauan `indikatorKumulatif`). */
  kumulatif: boolean;
  skp: Rentang;
  periode: Rentang;
  /** Targets of the rencana aksi planned for this indicator in the period (null: a qualitative plan). */
  rencanaAksi: readonly (number | null)[];
}

export interface TargetPeriode {
  target: number;
  sumber: SumberTarget;
  /** Indonesian, e.g. "target SKP 120 diprorata 30 dari 365 hari". */
  keterangan: string;
}

const hari = (d: string) => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, dd) / 86_400_000;
};

/**
 * The target an indicator's realisation in one period is compared with. Rule: a level indicator
 * and a period covering the whole SKP keep the SKP's target; otherwise the rencana aksi of the
 * period set it (their numeric targets summed); without one, the SKP's target is prorated by the
 * days the period shares with the SKP (both ends included), rounded half up to two decimals.
 */
export function targetPeriode(input: TargetPeriodeInput): TargetPeriode {
  const { targetSkp, skp, periode } = input;
  for (const d of [skp.mulai, skp.selesai, periode.mulai, periode.selesai]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(hari(d))) {
      throw new DomainError('INVALID_DATE', `Tanggal tidak valid (${d}); gunakan format TTTT-BB-HH`);
    }
  }
  if (!Number.isFinite(targetSkp) || targetSkp < 0) {
    throw new DomainError('INVALID_ARGUMENT', `Target harus angka tidak negatif (saat ini ${targetSkp})`);
  }
  const seluruhSkp = periode.mulai <= skp.mulai && periode.selesai >= skp.selesai;
  if (!input.kumulatif || seluruhSkp) {
    return { target: targetSkp, sumber: 'TAHUNAN', keterangan: `target SKP ${formatAngka(targetSkp)}` };
  }
  const rencana = input.rencanaAksi.filter((t): t is number => t !== null && Number.isFinite(t) && t >= 0);
  if (rencana.length > 0) {
    const target = rencana.reduce((s, t) => s + t, 0);
    return { target, sumber: 'RENCANA_AKSI', keterangan: `jumlah target ${rencana.length} rencana aksi periode ini = ${formatAngka(target)}` };
  }
  const skpHari = Math.max(0, hari(skp.selesai) - hari(skp.mulai) + 1);
  const mulai = periode.mulai > skp.mulai ? periode.mulai : skp.mulai;
  const selesai = periode.selesai < skp.selesai ? periode.selesai : skp.selesai;
  const bersama = Math.max(0, hari(selesai) - hari(mulai) + 1);
  const target = skpHari === 0 ? 0 : roundHalfUp((targetSkp * bersama) / skpHari, 2);
  return {
    target,
    sumber: 'PRORATA',
    keterangan: `target SKP ${formatAngka(targetSkp)} diprorata ${bersama} dari ${skpHari} hari = ${formatAngka(target)}`,
  };
}

/**
 * The realised value of an indicator in a period, from its entries summarised as their sum and the
 * latest entry's value: the sum for an indicator whose realisation accumulates, else the latest
 * value (a level such as a percentage is reported, not added up). Null when nothing was reported.
 */
export function realisasiPeriode(entri: { jumlah: number | null; terakhir: number | null }, kumulatif: boolean): number | null {
  return kumulatif ? entri.jumlah : entri.terakhir;
}
