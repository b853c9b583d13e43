/**
 * Aturan penilaian: the rules of the cycle a pemda may set differently, as one validated document.
 *
 * - `kurva`: the kurva distribusi thresholds (SE MenPANRB 3/2023; *secondary*, see `kurva.ts`);
 * - `ratingPimpinan`: how a pimpinan unit's rating hasil kerja follows the unit's result
 *   (*secondary*; must not reward a worse unit result with a better rating);
 * - `keberatanHari`: days to file a keberatan from the day the result is delivered (PP 30/2019
 *   names 14);
 * - `tenggatSkp`: the SKP deadline and the day from which the pengelola kinerja may set an SKP the
 *   parties have not drafted, as month-day of each year (PermenPANRB 6/2022: end of January; after
 *   the second week of January);
 * - `reviuPengelola`: the pengelola kinerja reviews a submitted SKP before the pejabat penilai may
 *   approve it (PermenPANRB 6/2022 names the review; a pemda switches it on);
 * - `saranRating`: the thresholds of the suggested rating hasil kerja (Capaian's own convention);
 * - `tindakLanjut`: the follow-up stage's settings — the ranking's tie-breaks, the minimum predikat
 *   of award candidates, the rules that propose pembinaan cases (each with its legal citation), the
 *   length of a rencana perbaikan, the yearly JP target (`tindak-lanjut.ts`).
 *
 * A change never alters a period already running: it takes effect from the first day of the next
 * period of the instansi's periode kinerja (`berlakuMulaiPerubahan`), and each version keeps the
 * date it applies from. Which version governs what (`aturanPada`):
 * - an assessment period: the version in force on its first day, fixed when it is opened;
 * - the SKP deadlines of year Y: the version in force on 1 January of Y;
 * - an SKP action (the review step): the version in force on the day of the action.
 */
import { z } from 'zod';
import { DEFAULT_KURVA_RULES, KurvaRuleSetSchema, type KurvaRuleSet } from './kurva';
import { DEFAULT_KEBERATAN_HARI, periodeOfDate, addDays, isValidDateString, type DeadlineConfig, type PeriodeKind, type ZonaWaktu } from './periode';
import { CAPAIAN_ORGANISASI, CAPAIAN_ORGANISASI_LABEL, DEFAULT_RATING_PIMPINAN, RATINGS, RATING_LABEL, type CapaianOrganisasi, type Rating } from './rating';
import { DEFAULT_SUGGEST_THRESHOLDS, SuggestThresholdsSchema, type SuggestThresholds } from './suggest-rating';
import { DomainError } from './common';
import { AturanTindakLanjutSchema, DEFAULT_ATURAN_TINDAK_LANJUT, type AturanTindakLanjut } from './tindak-lanjut';

const RatingSchema = z.enum(RATINGS, { error: 'harus DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI atau DI_BAWAH_EKSPEKTASI' });

/** Index of a rating, best first (0 = Di Atas Ekspektasi). */
const urutanRating = (r: Rating) => RATINGS.indexOf(r);

/**
 * The pimpinan mapping: one rating per capaian organisasi, monotone (a worse unit result never
 * gives its head a better rating than a better result would).
 */
export const RatingPimpinanSchema = z
  .object(
    Object.fromEntries(CAPAIAN_ORGANISASI.map((c) => [c, RatingSchema])) as Record<CapaianOrganisasi, typeof RatingSchema>,
  )
  .superRefine((m, ctx) => {
    for (let i = 1; i < CAPAIAN_ORGANISASI.length; i += 1) {
      const lebihBaik = CAPAIAN_ORGANISASI[i - 1]!;
      const c = CAPAIAN_ORGANISASI[i]!;
      if (urutanRating(m[c]) < urutanRating(m[lebihBaik])) {
        ctx.addIssue({
          code: 'custom',
          path: [c],
          message: `capaian ${CAPAIAN_ORGANISASI_LABEL[c]} tidak boleh memberi rating lebih baik (${RATING_LABEL[m[c]]}) daripada ${CAPAIAN_ORGANISASI_LABEL[lebihBaik]} (${RATING_LABEL[m[lebihBaik]]})`,
        });
      }
    }
  });
export type RatingPimpinan = Readonly<Record<CapaianOrganisasi, Rating>>;

/** 'MM-DD' of a day that exists in every year (29 February is refused). */
const BulanHariSchema = z
  .string({ error: 'wajib diisi' })
  .refine((v) => /^\d{2}-\d{2}$/.test(v) && isValidDateString(`2001-${v}`), { error: 'harus berformat BB-HH dan ada di setiap tahun' });

export const TenggatSkpSchema = z
  .object({
    /** Last day to agree the SKP, 'MM-DD' (default 01-31). */
    batas: BulanHariSchema,
    /** From this day the pengelola kinerja may set an SKP the parties have not drafted, 'MM-DD' (default 01-15). */
    pengelolaMulai: BulanHariSchema,
  })
  .refine((t) => t.pengelolaMulai <= t.batas, {
    error: 'tanggal pengelola kinerja boleh menetapkan SKP tidak boleh setelah batas waktu SKP',
    path: ['pengelolaMulai'],
  });
export type TenggatSkp = z.infer<typeof TenggatSkpSchema>;

export const AturanPenilaianSchema = z.object({
  kurva: KurvaRuleSetSchema,
  ratingPimpinan: RatingPimpinanSchema,
  keberatanHari: z
    .number({ error: 'harus berupa angka' })
    .int({ error: 'harus bilangan bulat' })
    .min(1, { error: 'paling sedikit 1 hari' })
    .max(90, { error: 'paling banyak 90 hari' }),
  tenggatSkp: TenggatSkpSchema,
  reviuPengelola: z.boolean({ error: 'harus ya atau tidak' }),
  saranRating: SuggestThresholdsSchema,
  tindakLanjut: AturanTindakLanjutSchema,
});
export type AturanPenilaian = Readonly<{
  kurva: KurvaRuleSet;
  ratingPimpinan: RatingPimpinan;
  keberatanHari: number;
  tenggatSkp: TenggatSkp;
  reviuPengelola: boolean;
  saranRating: SuggestThresholds;
  tindakLanjut: AturanTindakLanjut;
}>;

export const DEFAULT_ATURAN_PENILAIAN: AturanPenilaian = {
  kurva: DEFAULT_KURVA_RULES,
  ratingPimpinan: DEFAULT_RATING_PIMPINAN,
  keberatanHari: DEFAULT_KEBERATAN_HARI,
  tenggatSkp: { batas: '01-31', pengelolaMulai: '01-15' },
  reviuPengelola: false,
  saranRating: DEFAULT_SUGGEST_THRESHOLDS,
  tindakLanjut: DEFAULT_ATURAN_TINDAK_LANJUT,
};

/**
 * A stored document read back: the valid document, or the defaults for a part that is missing or
 * damaged (stored data is never trusted blindly; each part is checked on its own).
 */
export function bacaAturanPenilaian(stored: unknown): AturanPenilaian {
  const obj = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const part = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    return r.success ? r.data : fallback;
  };
  const d = DEFAULT_ATURAN_PENILAIAN;
  return {
    kurva: part<KurvaRuleSet>(KurvaRuleSetSchema, obj.kurva, d.kurva),
    ratingPimpinan: part<RatingPimpinan>(RatingPimpinanSchema, obj.ratingPimpinan, d.ratingPimpinan),
    keberatanHari: part(AturanPenilaianSchema.shape.keberatanHari, obj.keberatanHari, d.keberatanHari),
    tenggatSkp: part(TenggatSkpSchema, obj.tenggatSkp, d.tenggatSkp),
    reviuPengelola: part(AturanPenilaianSchema.shape.reviuPengelola, obj.reviuPengelola, d.reviuPengelola),
    saranRating: part(SuggestThresholdsSchema, obj.saranRating, d.saranRating),
    tindakLanjut: part<AturanTindakLanjut>(AturanTindakLanjutSchema, obj.tindakLanjut, d.tindakLanjut),
  };
}

/** One stored version of the rules: in force from `berlakuMulai` ('YYYY-MM-DD') on. */
export interface VersiAturan {
  versi: number;
  berlakuMulai: string;
  aturan: AturanPenilaian;
}

/**
 * The first day of the period after the one containing `hariIni` (the instansi's periode kinerja):
 * a change made on 7 December with monthly periods applies from 1 January.
 */
export function berlakuMulaiPerubahan(hariIni: string, periodeKinerja: PeriodeKind): string {
  return addDays(periodeOfDate(hariIni, periodeKinerja).end, 1);
}

/** The version in force on `tanggal`: the latest `berlakuMulai` on or before it; null → the defaults apply. */
export function versiPada<T extends { versi: number; berlakuMulai: string }>(versi: readonly T[], tanggal: string): T | null {
  if (!isValidDateString(tanggal)) {
    throw new DomainError('INVALID_DATE', `Tanggal tidak valid (${tanggal}); gunakan format TTTT-BB-HH`);
  }
  let best: T | null = null;
  for (const v of versi) {
    if (v.berlakuMulai > tanggal) continue;
    if (!best || v.berlakuMulai > best.berlakuMulai || (v.berlakuMulai === best.berlakuMulai && v.versi > best.versi)) best = v;
  }
  return best;
}

/** The rules in force on `tanggal` (the defaults when no version applies yet). */
export function aturanPada(versi: readonly VersiAturan[], tanggal: string): AturanPenilaian {
  return versiPada(versi, tanggal)?.aturan ?? DEFAULT_ATURAN_PENILAIAN;
}

/** The SKP deadlines of `tahun` as the period helpers take them (`isSkpTerlambat`, …). */
export function deadlineSkp(aturan: AturanPenilaian, tahun: number, zonaWaktu: ZonaWaktu): DeadlineConfig {
  return {
    tahun,
    zonaWaktu,
    skpDeadline: `${tahun}-${aturan.tenggatSkp.batas}`,
    pengelolaMenetapkanSkpMulai: `${tahun}-${aturan.tenggatSkp.pengelolaMulai}`,
    keberatanHari: aturan.keberatanHari,
  };
}
