/**
 * Pemantauan kinerja (monitoring execution): is a pegawai on schedule with an indicator's target,
 * and the calendar windows (ISO week, month) a team board counts progress entries in.
 *
 * Rule "tertinggal" (behind schedule), for an indicator whose realisation accumulates (a count of
 * documents, patients, …; see `indikatorKumulatif`):
 *   expected  = target × elapsed fraction of the SKP period (days, both ends included)
 *   tertinggal ⇔ the grace days at the start of the period are over
 *                and realised < expected × ambang
 * The numbers (ambang, grace days, which aspects and units accumulate) are data with a schema, so
 * a pemda may set them differently.
 */
import { z } from 'zod';
import { DomainError, roundHalfUp } from './common';
import { addDays, isValidDateString, periodsOf } from './periode';

export const AturanTertinggalSchema = z.object({
  /** Share of the expected progress below which an indicator is behind (0.8 → under 80 %). */
  ambang: z
    .number()
    .gt(0, { error: 'Ambang harus lebih dari 0' })
    .max(1, { error: 'Ambang paling besar 1 (100%)' }),
  /** Days from the start of the period during which nothing is behind yet. */
  masaTenggangHari: z.number().int().min(0, { error: 'Masa tenggang tidak boleh negatif' }).max(366),
  /** Indicator aspects whose realisation is a sum of entries (others are never behind). */
  aspekKumulatif: z.array(z.string().min(1)).min(1, { error: 'Pilih paling sedikit satu aspek' }),
  /** Target units that are not a sum of entries (a percentage, an index, a score), lower case. */
  satuanBukanJumlah: z.array(z.string().min(1)),
});
export type AturanTertinggal = z.infer<typeof AturanTertinggalSchema>;

export const ATURAN_TERTINGGAL_DEFAULT: AturanTertinggal = {
  ambang: 0.8,
  masaTenggangHari: 14,
  aspekKumulatif: ['KUANTITAS'],
  satuanBukanJumlah: ['persen', '%', 'indeks', 'nilai', 'skor'],
};

export interface RentangTanggal {
  /** First day, 'YYYY-MM-DD'. */
  mulai: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  selesai: string;
}

function assertDate(value: string): void {
  if (!isValidDateString(value)) {
    throw new DomainError('INVALID_DATE', `Tanggal tidak valid (${value}); gunakan format TTTT-BB-HH`);
  }
}

/** Day number since 1970-01-01 of a valid 'YYYY-MM-DD' date. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The ISO week (Monday to Sunday) containing a calendar date. */
export function rentangMinggu(tanggal: string): RentangTanggal {
  assertDate(tanggal);
  // 1970-01-01 was a Thursday: day 0 → ISO weekday 4 (Monday = 1 … Sunday = 7).
  const isoWeekday = ((dayNumber(tanggal) + 3) % 7 + 7) % 7 + 1;
  const mulai = addDays(tanggal, 1 - isoWeekday);
  return { mulai, selesai: addDays(mulai, 6) };
}

/** The calendar month `bulan` (1–12) of `tahun`. */
export function rentangBulan(tahun: number, bulan: number): RentangTanggal {
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new DomainError('INVALID_ARGUMENT', `Bulan harus 1 sampai 12 (saat ini ${bulan})`);
  }
  const p = periodsOf(tahun, 'BULANAN')[bulan - 1]!;
  return { mulai: p.start, selesai: p.end };
}

/**
 * The date a board looking at month `bulan` of `tahun` is "as of": today when today lies in that
 * month, else the month's last day (a past month) or first day (a future month).
 */
export function tanggalAcuan(hariIni: string, tahun: number, bulan: number): string {
  assertDate(hariIni);
  const { mulai, selesai } = rentangBulan(tahun, bulan);
  if (hariIni < mulai) return mulai;
  return hariIni > selesai ? selesai : hariIni;
}

/**
 * Elapsed share of a period on a date, counting whole days with both ends included: 0 before the
 * period, 1 from its last day on. 1–31 January on 10 January → 10/31.
 */
export function fraksiBerjalan(periode: RentangTanggal, tanggal: string): number {
  assertDate(periode.mulai);
  assertDate(periode.selesai);
  assertDate(tanggal);
  const start = dayNumber(periode.mulai);
  const end = dayNumber(periode.selesai);
  if (end < start) {
    throw new DomainError('INVALID_ARGUMENT', `Periode berakhir (${periode.selesai}) sebelum dimulai (${periode.mulai})`);
  }
  const today = dayNumber(tanggal);
  if (today < start) return 0;
  if (today >= end) return 1;
  return (today - start + 1) / (end - start + 1);
}

/**
 * A target written as text ('240', '12,5', '1.200') as a number; null when it is not a plain
 * non-negative number (a qualitative target, an empty one).
 */
export function angkaTarget(nilai: string | null | undefined): number | null {
  const s = (nilai ?? '').trim();
  // Indonesian notation: '.' groups thousands, ',' marks decimals; a lone '.' with 1–2 decimals is a decimal point.
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replaceAll('.', '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(s)) normal = s.replace(',', '.');
  else if (/^\d+\.\d+$/.test(s)) normal = s;
  else return null;
  return Number(normal);
}

/** `true` when an indicator's realisation is the sum of the entries' quantities. */
export function indikatorKumulatif(aspek: string, satuan: string | null | undefined, aturan: AturanTertinggal = ATURAN_TERTINGGAL_DEFAULT): boolean {
  if (!aturan.aspekKumulatif.includes(aspek)) return false;
  return !aturan.satuanBukanJumlah.includes((satuan ?? '').trim().toLowerCase());
}

export interface CapaianInput {
  aspek: string;
  /** The target as a number (see `angkaTarget`), null for a qualitative target. */
  target: number | null;
  satuan: string | null;
  /** Sum of the entries' quantities so far. */
  realisasi: number;
  /** The SKP period. */
  periode: RentangTanggal;
  /** The date the board is "as of". */
  tanggal: string;
}

export interface Capaian {
  /** realisasi / target in percent (one decimal), for an accumulating indicator with a positive target. */
  persen: number | null;
  /** The quantity expected by `tanggal` (target × elapsed fraction), same condition. */
  harapan: number | null;
  tertinggal: boolean;
}

/** Progress of one indicator against its target on a date, and whether it is behind schedule. */
export function capaianIndikator(input: CapaianInput, aturan: AturanTertinggal = ATURAN_TERTINGGAL_DEFAULT): Capaian {
  const fraksi = fraksiBerjalan(input.periode, input.tanggal);
  if (input.target === null || input.target <= 0 || !indikatorKumulatif(input.aspek, input.satuan, aturan)) {
    return { persen: null, harapan: null, tertinggal: false };
  }
  const harapan = input.target * fraksi;
  const tenggangLewat = input.tanggal >= addDays(input.periode.mulai, aturan.masaTenggangHari);
  return {
    persen: roundHalfUp((input.realisasi / input.target) * 100, 1),
    harapan: roundHalfUp(harapan, 2),
    tertinggal: tenggangLewat && input.realisasi < harapan * aturan.ambang,
  };
}
