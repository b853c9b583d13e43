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
    ' Saran ini hanya bahan pertimbangan; rating ditetapkan oleh pejabat penilai kinerja.';
  return { rating, capaianPersen, perIndikator, alasan };
}
