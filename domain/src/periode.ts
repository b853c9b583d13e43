/**
 * Assessment periods, deadlines and time zones.
 *
 * Date-only values ('YYYY-MM-DD') are calendar dates in the instansi's time
 * zone (WIB, WITA or WIT; Indonesia has no daylight saving time).
 */
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { DomainError } from './common';

export const ZONA_WAKTU = ['WIB', 'WITA', 'WIT'] as const;
export type ZonaWaktu = (typeof ZONA_WAKTU)[number];

export const ZONA_WAKTU_IANA: Readonly<Record<ZonaWaktu, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export const PERIODE_KINDS = ['BULANAN', 'TRIWULANAN', 'SEMESTERAN'] as const;
export type PeriodeKind = (typeof PERIODE_KINDS)[number];

export const PERIODE_KIND_LABEL: Readonly<Record<PeriodeKind | 'TAHUNAN', string>> = {
  BULANAN: 'Bulanan',
  TRIWULANAN: 'Triwulanan',
  SEMESTERAN: 'Semesteran',
  TAHUNAN: 'Tahunan',
};

export const NAMA_BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;

export interface Periode {
  kind: PeriodeKind | 'TAHUNAN';
  year: number;
  /** 1-based position within the year (month 1..12, triwulan 1..4, semester 1..2, tahunan 1). */
  index: number;
  /** Indonesian label: "Januari 2026", "Triwulan I 2026", "Semester I 2026", "Tahun 2026". */
  label: string;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  end: string;
  bulanAwal: number;
  bulanAkhir: number;
}

const MONTHS_PER_PERIOD: Readonly<Record<PeriodeKind, number>> = { BULANAN: 1, TRIWULANAN: 3, SEMESTERAN: 6 };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new DomainError('INVALID_ARGUMENT', `Tahun harus bilangan bulat 1900 sampai 9999 (saat ini ${year})`);
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `true` for a real calendar date written 'YYYY-MM-DD'. */
export function isValidDateString(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function makePeriode(kind: Periode['kind'], year: number, index: number, bulanAwal: number, bulanAkhir: number, label: string): Periode {
  return {
    kind,
    year,
    index,
    label,
    start: `${year}-${pad(bulanAwal)}-01`,
    end: `${year}-${pad(bulanAkhir)}-${pad(daysInMonth(year, bulanAkhir))}`,
    bulanAwal,
    bulanAkhir,
  };
}

function labelOf(kind: PeriodeKind, year: number, index: number): string {
  switch (kind) {
    case 'BULANAN':
      return `${NAMA_BULAN[index - 1]} ${year}`;
    case 'TRIWULANAN':
      return `Triwulan ${ROMAWI[index - 1]} ${year}`;
    case 'SEMESTERAN':
      return `Semester ${ROMAWI[index - 1]} ${year}`;
  }
}

/** All periods of one kind in a year, in order. */
export function periodsOf(year: number, kind: PeriodeKind): Periode[] {
  assertYear(year);
  const size = MONTHS_PER_PERIOD[kind];
  const result: Periode[] = [];
  for (let index = 1; index <= 12 / size; index += 1) {
    const bulanAkhir = index * size;
    result.push(makePeriode(kind, year, index, bulanAkhir - size + 1, bulanAkhir, labelOf(kind, year, index)));
  }
  return result;
}

/** The annual period (1 January – 31 December). */
export function periodeTahunan(year: number): Periode {
  assertYear(year);
  return makePeriode('TAHUNAN', year, 1, 1, 12, `Tahun ${year}`);
}

/** The period of `kind` that contains the calendar date `date` ('YYYY-MM-DD'). */
export function periodeOfDate(date: string, kind: PeriodeKind): Periode {
  if (!isValidDateString(date)) {
    throw new DomainError('INVALID_DATE', `Tanggal tidak valid (${date}); gunakan format TTTT-BB-HH`);
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const index = Math.ceil(month / MONTHS_PER_PERIOD[kind]);
  // Safe: index is within 1..(12 / size) for month 1..12.
  return periodsOf(year, kind)[index - 1] as Periode;
}

/** The calendar date of `now` in the given zone, 'YYYY-MM-DD'. */
export function todayIn(zona: ZonaWaktu, now: Date): string {
  const d = new TZDate(now.getTime(), ZONA_WAKTU_IANA[zona]);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last millisecond (23:59:59.999) of a calendar date in the given zone. */
export function endOfDayIn(date: string, zona: ZonaWaktu): Date {
  if (!isValidDateString(date)) {
    throw new DomainError('INVALID_DATE', `Tanggal tidak valid (${date}); gunakan format TTTT-BB-HH`);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, ZONA_WAKTU_IANA[zona]).getTime());
}

/** Adds whole calendar days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const DateStringSchema = z.string().refine(isValidDateString, { error: 'Tanggal harus berformat TTTT-BB-HH dan valid' });

/**
 * Deadlines of one instansi for one year (all configurable):
 * - `skpDeadline`: SKP must be agreed by then (default 31 January);
 * - `pengelolaMenetapkanSkpMulai`: from this date the pengelola kinerja may set
 *   an SKP that the parties have not drafted (default 15 January, i.e. after
 *   the second week of January);
 * - `keberatanHari`: days to file a keberatan after receiving a result (default 14).
 */
export const DeadlineConfigSchema = z
  .object({
    tahun: z.number().int().min(1900).max(9999),
    zonaWaktu: z.enum(ZONA_WAKTU),
    skpDeadline: DateStringSchema,
    pengelolaMenetapkanSkpMulai: DateStringSchema,
    keberatanHari: z.number().int().min(1, { error: 'Batas keberatan paling sedikit 1 hari' }).max(365),
  })
  .refine((c) => c.skpDeadline.startsWith(`${c.tahun}-`), {
    error: 'Batas waktu SKP harus berada pada tahun yang sama',
    path: ['skpDeadline'],
  })
  .refine((c) => c.pengelolaMenetapkanSkpMulai <= c.skpDeadline, {
    error: 'Tanggal pengelola kinerja boleh menetapkan SKP tidak boleh setelah batas waktu SKP',
    path: ['pengelolaMenetapkanSkpMulai'],
  });
export type DeadlineConfig = z.infer<typeof DeadlineConfigSchema>;

export const DEFAULT_KEBERATAN_HARI = 14;

export function defaultDeadlineConfig(tahun: number, zonaWaktu: ZonaWaktu = 'WIB'): DeadlineConfig {
  assertYear(tahun);
  return {
    tahun,
    zonaWaktu,
    skpDeadline: `${tahun}-01-31`,
    pengelolaMenetapkanSkpMulai: `${tahun}-01-15`,
    keberatanHari: DEFAULT_KEBERATAN_HARI,
  };
}

/** `true` once the SKP deadline day has ended in the instansi's zone. */
export function isSkpTerlambat(now: Date, config: DeadlineConfig): boolean {
  return now.getTime() > endOfDayIn(config.skpDeadline, config.zonaWaktu).getTime();
}

/** `true` when the pengelola kinerja may set an SKP the parties have not drafted. */
export function pengelolaBolehMenetapkanSkp(now: Date, config: DeadlineConfig): boolean {
  return todayIn(config.zonaWaktu, now) >= config.pengelolaMenetapkanSkpMulai;
}

export interface KeberatanConfig {
  zonaWaktu: ZonaWaktu;
  keberatanHari: number;
}

export const DEFAULT_KEBERATAN_CONFIG: KeberatanConfig = { zonaWaktu: 'WIB', keberatanHari: DEFAULT_KEBERATAN_HARI };

function receivedDate(receivedAt: Date | string, zona: ZonaWaktu): string {
  if (typeof receivedAt === 'string' && isValidDateString(receivedAt)) return receivedAt;
  const d = typeof receivedAt === 'string' ? new Date(receivedAt) : receivedAt;
  if (Number.isNaN(d.getTime())) {
    throw new DomainError('INVALID_DATE', `Waktu penerimaan hasil penilaian tidak valid (${String(receivedAt)})`);
  }
  return todayIn(zona, d);
}

/**
 * The last instant to file a keberatan. Rule: the day the result is received
 * is day 0 in the instansi's zone; the window closes at the end of day
 * `keberatanHari` (23:59:59.999 local). Received 3 March 2026 → last
 * instant 17 March 2026 23:59:59.999 (with 14 days). `receivedAt` may be
 * a Date, an ISO timestamp, or a plain 'YYYY-MM-DD' date in the instansi's zone.
 */
export function keberatanDeadline(receivedAt: Date | string, config: KeberatanConfig = DEFAULT_KEBERATAN_CONFIG): Date {
  const day0 = receivedDate(receivedAt, config.zonaWaktu);
  return endOfDayIn(addDays(day0, config.keberatanHari), config.zonaWaktu);
}

/** `true` while a keberatan may still be filed (up to and including the deadline instant). */
export function isKeberatanOpen(
  receivedAt: Date | string,
  now: Date,
  config: KeberatanConfig = DEFAULT_KEBERATAN_CONFIG,
): boolean {
  return now.getTime() <= keberatanDeadline(receivedAt, config).getTime();
}

/**
 * The period a stored assessment period names (`jenis` BULANAN/TRIWULANAN/SEMESTERAN/TAHUNAN, its
 * number in the year), or null when the kind or number is not one.
 */
export function periodeTersimpan(jenis: string, tahun: number, nomor: number): Periode | null {
  if (jenis === 'TAHUNAN') return nomor === 1 ? periodeTahunan(tahun) : null;
  if (!(PERIODE_KINDS as readonly string[]).includes(jenis)) return null;
  return periodsOf(tahun, jenis as PeriodeKind)[nomor - 1] ?? null;
}

/** "November 2026", "Triwulan IV 2026", "Tahun 2026" for a stored period; a plain fallback for a damaged one. */
export function labelPeriode(p: { jenis: string; tahun: number; nomor: number }): string {
  return periodeTersimpan(p.jenis, p.tahun, p.nomor)?.label ?? `${p.jenis} ${p.nomor} ${p.tahun}`;
}
