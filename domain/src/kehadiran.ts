/**
 * Kehadiran (attendance): the statuses attendance machines report, the codes BKPSDM files use,
 * reading the cells of an imported file, and the monthly discipline summary per pegawai.
 * Pure: the server feeds it the imported records of one month.
 */
import { daysInMonth, isValidDateString } from './periode';

export const STATUS_KEHADIRAN = ['HADIR', 'IZIN', 'SAKIT', 'CUTI', 'DINAS_LUAR', 'TANPA_KETERANGAN'] as const;
export type StatusKehadiran = (typeof STATUS_KEHADIRAN)[number];

export const STATUS_KEHADIRAN_LABEL: Readonly<Record<StatusKehadiran, string>> = {
  HADIR: 'Hadir',
  IZIN: 'Izin',
  SAKIT: 'Sakit',
  CUTI: 'Cuti',
  DINAS_LUAR: 'Dinas Luar',
  TANPA_KETERANGAN: 'Tanpa Keterangan',
};

/** The short codes of attendance exports (H, I, S, C, DL, TK). */
export const KODE_STATUS_KEHADIRAN: Readonly<Record<string, StatusKehadiran>> = {
  H: 'HADIR',
  I: 'IZIN',
  S: 'SAKIT',
  C: 'CUTI',
  DL: 'DINAS_LUAR',
  TK: 'TANPA_KETERANGAN',
};

/** Start of the working day when the instansi sets none: arrivals after it are late. */
export const JAM_MASUK_BAKU = '07:30';

/**
 * Reads a status cell: the label or the enum value in any case ("Dinas Luar", "dinas_luar",
 * "TANPA KETERANGAN") or a short code ("DL", "tk"). `null` when it is none of these.
 */
export function parseStatusKehadiran(value: string): StatusKehadiran | null {
  const words = value.trim().toUpperCase().split(/[\s_-]+/).filter(Boolean);
  const kode = KODE_STATUS_KEHADIRAN[words.join('')];
  if (kode) return kode;
  const joined = words.join('_');
  return STATUS_KEHADIRAN.find((s) => s === joined) ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a clock time: 'H:MM', 'HH:MM', 'HH.MM', 'HH:MM:SS', or a spreadsheet's fraction of a day
 * ('0.3125' = 07:30). Returns 'HH:MM', or `null` when it is not a time of day.
 */
export function parseJam(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(v);
  if (m) {
    const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return h < 24 && min < 60 && s < 60 ? `${pad(h)}:${pad(min)}` : null;
  }
  if (/^0?\.\d+$/.test(v)) {
    const total = Math.round(Number(v) * 24 * 60);
    return total < 24 * 60 ? `${pad(Math.floor(total / 60))}:${pad(total % 60)}` : null;
  }
  return null;
}

/** Minutes since midnight of a 'HH:MM' time. */
export function menitDariJam(jam: string): number {
  const [h, m] = jam.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * Reads a date cell: 'YYYY-MM-DD', or the day-first forms attendance machines export
 * ('DD/MM/YYYY', 'DD-MM-YYYY', 'D/M/YYYY'). Returns 'YYYY-MM-DD', or `null` when it is no real date.
 */
export function parseTanggalKehadiran(value: string): string | null {
  const v = value.trim();
  if (isValidDateString(v)) return v;
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isValidDateString(iso) ? iso : null;
}

/** The working days (Monday–Friday) of a month, 'YYYY-MM-DD'. Public holidays are not known here. */
export function hariKerjaBulan(tahun: number, bulan: number): string[] {
  const out: string[] = [];
  for (let d = 1; d <= daysInMonth(tahun, bulan); d += 1) {
    const day = new Date(Date.UTC(tahun, bulan - 1, d)).getUTCDay();
    if (day !== 0 && day !== 6) out.push(`${tahun}-${pad(bulan)}-${pad(d)}`);
  }
  return out;
}

export interface KehadiranHari {
  tanggal: string;
  status: StatusKehadiran;
  jamMasuk: string | null;
  jamPulang: string | null;
}

export interface RingkasanKehadiran {
  hadir: number;
  izin: number;
  sakit: number;
  cuti: number;
  dinasLuar: number;
  tanpaKeterangan: number;
  /** Days present with an arrival after the start of the working day. */
  terlambatKali: number;
  terlambatMenit: number;
  /** Monday–Friday days of the month. */
  hariKerja: number;
}

/** The field of a summary that counts each status. */
export const KOLOM_RINGKASAN_KEHADIRAN: Readonly<Record<StatusKehadiran, keyof RingkasanKehadiran>> = {
  HADIR: 'hadir',
  IZIN: 'izin',
  SAKIT: 'sakit',
  CUTI: 'cuti',
  DINAS_LUAR: 'dinasLuar',
  TANPA_KETERANGAN: 'tanpaKeterangan',
};

/** Minutes late of one day: only a day present with an arrival time after `jamMasukBaku`. */
export function terlambatMenit(hari: Pick<KehadiranHari, 'status' | 'jamMasuk'>, jamMasukBaku: string = JAM_MASUK_BAKU): number {
  if (hari.status !== 'HADIR' || !hari.jamMasuk) return 0;
  return Math.max(0, menitDariJam(hari.jamMasuk) - menitDariJam(jamMasukBaku));
}

/**
 * The monthly discipline summary of one pegawai: the month's records in date order, each with its
 * minutes late, and the counts per status, late arrivals and working days. Records outside the
 * month are ignored.
 */
export function ringkasKehadiran(
  tahun: number,
  bulan: number,
  records: readonly KehadiranHari[],
  opsi: { jamMasukBaku?: string } = {},
): { hari: Array<KehadiranHari & { terlambatMenit: number }>; ringkasan: RingkasanKehadiran } {
  const prefix = `${tahun}-${pad(bulan)}-`;
  const hari = records
    .filter((r) => r.tanggal.startsWith(prefix))
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal))
    .map((r) => ({ ...r, terlambatMenit: terlambatMenit(r, opsi.jamMasukBaku) }));
  const ringkasan: RingkasanKehadiran = {
    hadir: 0,
    izin: 0,
    sakit: 0,
    cuti: 0,
    dinasLuar: 0,
    tanpaKeterangan: 0,
    terlambatKali: 0,
    terlambatMenit: 0,
    hariKerja: hariKerjaBulan(tahun, bulan).length,
  };
  for (const h of hari) {
    ringkasan[KOLOM_RINGKASAN_KEHADIRAN[h.status]] += 1;
    if (h.terlambatMenit > 0) {
      ringkasan.terlambatKali += 1;
      ringkasan.terlambatMenit += h.terlambatMenit;
    }
  }
  return { hari, ringkasan };
}

export interface RingkasanKehadiranTahun {
  /** The months of `tahun` with at least one record, in order, each summarised as `ringkasKehadiran` does. */
  bulan: Array<{ bulan: number; ringkasan: RingkasanKehadiran }>;
  /** The sums over those months (working days of months without records are not counted). */
  total: RingkasanKehadiran;
}

/**
 * A year's discipline summary for the annual rating: per month with records, and the total. A
 * month without any record is left out (the pemda did not import it), so "no data" never reads as
 * "absent".
 */
export function ringkasKehadiranTahun(tahun: number, records: readonly KehadiranHari[], opsi: { jamMasukBaku?: string } = {}): RingkasanKehadiranTahun {
  const bulanAda = [...new Set(records.filter((r) => r.tanggal.startsWith(`${tahun}-`)).map((r) => Number(r.tanggal.slice(5, 7))))].sort((a, b) => a - b);
  const bulan = bulanAda.map((b) => ({ bulan: b, ringkasan: ringkasKehadiran(tahun, b, records, opsi).ringkasan }));
  const total: RingkasanKehadiran = { hadir: 0, izin: 0, sakit: 0, cuti: 0, dinasLuar: 0, tanpaKeterangan: 0, terlambatKali: 0, terlambatMenit: 0, hariKerja: 0 };
  for (const { ringkasan } of bulan) for (const k of Object.keys(total) as Array<keyof RingkasanKehadiran>) total[k] += ringkasan[k];
  return { bulan, total };
}
