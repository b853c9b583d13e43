/**
 * What the homes and the BKPSDM command centre decide: the stage of the pemda's yearly cycle
 * (PermenPANRB 6/2022: perencanaan, pelaksanaan — with pemantauan and pembinaan —, penilaian,
 * tindak lanjut), which units need attention, and the rater analytics (leniency or severity against
 * the pemda and the unit's result, halo, keberatan upheld). The server counts; these functions
 * judge, so every screen judges the same way.
 */
import { z } from 'zod';
import type { JenisUnit } from './kepegawaian';
import { rentangBulan } from './pemantauan';
import { addDays } from './periode';
import { PREDIKATS, type CapaianOrganisasi, type Predikat } from './rating';

export const TAHAP_SIKLUS = ['PERENCANAAN', 'PELAKSANAAN', 'PENILAIAN', 'TINDAK_LANJUT'] as const;
export type TahapSiklus = (typeof TAHAP_SIKLUS)[number];
export const TAHAP_SIKLUS_LABEL: Readonly<Record<TahapSiklus, string>> = {
  PERENCANAAN: 'Perencanaan kinerja',
  PELAKSANAAN: 'Pelaksanaan, pemantauan dan pembinaan',
  PENILAIAN: 'Penilaian kinerja',
  TINDAK_LANJUT: 'Tindak lanjut hasil penilaian',
};

export interface InputTahap {
  /** Today in the instansi's zone (YYYY-MM-DD). */
  hariIni: string;
  /** The year's SKP approval deadline (YYYY-MM-DD). */
  batasSkp: string;
  /** Open assessment periods with their rating deadline. */
  periodeTerbuka: ReadonlyArray<{ label: string; batasPenilaian: string }>;
  /** When the latest annual period was closed (YYYY-MM-DD), or null. */
  tahunanDitutup: string | null;
}

export interface Tahap {
  tahap: TahapSiklus;
  /** The next deadline that matters to the stage (passed deadlines of open periods included: they are overdue). */
  tenggat: { label: string; tanggal: string; lewat: boolean } | null;
}

/** The kinds of unit whose head sees the whole pemda on the leaders' home (the sekda). */
export const JENIS_UNIT_PUCUK: ReadonlySet<string> = new Set<JenisUnit>(['SEKRETARIAT_DAERAH']);

/** The leaders' home shows the public's satisfaction answers of this many days. */
export const HARI_LAYANAN_PUBLIK = 90;

/** Days after an annual period closes that count as the follow-up stage. */
export const HARI_TINDAK_LANJUT = 60;

/**
 * The stage of the cycle today: planning until the SKP deadline; assessment while a period is
 * open (its earliest rating deadline next); follow-up for {@link HARI_TINDAK_LANJUT} days after
 * the annual period closed; execution otherwise (the month's end next: the monthly report).
 */
export function tahapSiklus(input: InputTahap): Tahap {
  const { hariIni } = input;
  if (hariIni <= input.batasSkp) return { tahap: 'PERENCANAAN', tenggat: { label: 'Batas persetujuan SKP', tanggal: input.batasSkp, lewat: false } };
  const terbuka = [...input.periodeTerbuka].sort((a, b) => a.batasPenilaian.localeCompare(b.batasPenilaian))[0];
  if (terbuka)
    return { tahap: 'PENILAIAN', tenggat: { label: `Batas penilaian ${terbuka.label}`, tanggal: terbuka.batasPenilaian, lewat: terbuka.batasPenilaian < hariIni } };
  if (input.tahunanDitutup && hariIni <= addDays(input.tahunanDitutup, HARI_TINDAK_LANJUT))
    return { tahap: 'TINDAK_LANJUT', tenggat: { label: 'Akhir masa tindak lanjut hasil penilaian tahunan', tanggal: addDays(input.tahunanDitutup, HARI_TINDAK_LANJUT), lewat: false } };
  const akhirBulan = rentangBulan(Number(hariIni.slice(0, 4)), Number(hariIni.slice(5, 7))).selesai;
  return { tahap: 'PELAKSANAAN', tenggat: { label: 'Akhir bulan: laporan realisasi bulan ini', tanggal: akhirBulan, lewat: false } };
}

/** When a unit needs a leader's attention; a pemda may set its own thresholds. */
export const AturanPerhatianSchema = z.object({
  /** Below this share of pegawai with an approved SKP once the deadline passed. */
  minPersenSkp: z.number('harus berupa angka').min(0).max(100),
  /** Below this share of pegawai who reported progress this month (judged from the 15th). */
  minPersenLapor: z.number('harus berupa angka').min(0).max(100),
});
export type AturanPerhatian = z.infer<typeof AturanPerhatianSchema>;
export const ATURAN_PERHATIAN_DEFAULT: AturanPerhatian = { minPersenSkp: 90, minPersenLapor: 60 };

export const ALASAN_PERHATIAN = ['SKP_BELUM_DISETUJUI', 'BELUM_LAPOR', 'PREDIKAT_RENDAH'] as const;
export type AlasanPerhatian = (typeof ALASAN_PERHATIAN)[number];
export const ALASAN_PERHATIAN_LABEL: Readonly<Record<AlasanPerhatian, string>> = {
  SKP_BELUM_DISETUJUI: 'SKP belum disetujui melewati batas waktu',
  BELUM_LAPOR: 'Banyak pegawai belum melaporkan progres bulan ini',
  PREDIKAT_RENDAH: 'Ada pegawai dengan predikat di bawah Baik',
};

/** The predikat below "Baik" that need follow-up (the pembinaan rules use the same ones). */
export const PREDIKAT_RENDAH: readonly Predikat[] = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export interface InputPerhatian {
  pegawai: number;
  skpDisetujui: number;
  sudahLapor: number;
  predikatRendah: number;
  /** The SKP deadline has passed. */
  skpLewat: boolean;
  /** Day of the month today (reporting is judged from the 15th). */
  hariBulan: number;
}

const persen = (a: number, b: number) => (b === 0 ? 100 : (a / b) * 100);

/** Why a unit needs attention (empty: it does not). A unit without pegawai never does. */
export function alasanPerhatian(u: InputPerhatian, aturan: AturanPerhatian = ATURAN_PERHATIAN_DEFAULT): AlasanPerhatian[] {
  const out: AlasanPerhatian[] = [];
  if (u.skpLewat && persen(u.skpDisetujui, u.pegawai) < aturan.minPersenSkp) out.push('SKP_BELUM_DISETUJUI');
  if (u.hariBulan >= 15 && persen(u.sudahLapor, u.pegawai) < aturan.minPersenLapor) out.push('BELUM_LAPOR');
  if (u.predikatRendah > 0) out.push('PREDIKAT_RENDAH');
  return out;
}

/** The predikat as a score (Sangat Baik 5 … Sangat Kurang 1), to compare distributions. */
export const SKOR_PREDIKAT: Readonly<Record<Predikat, number>> = { SANGAT_BAIK: 5, BAIK: 4, BUTUH_PERBAIKAN: 3, KURANG: 2, SANGAT_KURANG: 1 };
/** Likewise the unit's capaian kinerja organisasi: what a unit's result leads one to expect. */
export const SKOR_CAPAIAN: Readonly<Record<CapaianOrganisasi, number>> = { ISTIMEWA: 5, BAIK: 4, BUTUH_PERBAIKAN: 3, KURANG: 2, SANGAT_KURANG: 1 };

export type DistribusiHitung = Readonly<Record<Predikat, number>>;

/** When the analytics raise a flag; a pemda may set its own thresholds. */
export const AturanAnalitikSchema = z.object({
  /** Fewer ratings than this are not judged (too few to say anything). */
  minimumPenilaian: z.number().int().min(1),
  /** Mean score this far above (below) the pemda's: lenient (severe). */
  selisihRataRata: z.number().positive(),
  /** Share of ratings where hasil kerja and perilaku agree at or above which halo is flagged. */
  batasHalo: z.number().min(0).max(1),
  /** Share of keberatan decided against the rating ("diubah") at or above which it is flagged. */
  batasKeberatanDiubah: z.number().min(0).max(1),
});
export type AturanAnalitik = z.infer<typeof AturanAnalitikSchema>;
export const ATURAN_ANALITIK_DEFAULT: AturanAnalitik = { minimumPenilaian: 5, selisihRataRata: 0.5, batasHalo: 0.95, batasKeberatanDiubah: 0.25 };

export const BENDERA_PENILAI = ['MURAH', 'PELIT', 'HALO', 'KEBERATAN_DIKABULKAN'] as const;
export type BenderaPenilai = (typeof BENDERA_PENILAI)[number];
export const BENDERA_PENILAI_LABEL: Readonly<Record<BenderaPenilai, string>> = {
  MURAH: 'Cenderung murah (leniency)',
  PELIT: 'Cenderung pelit (severity)',
  HALO: 'Efek halo: hasil kerja dan perilaku hampir selalu sama',
  KEBERATAN_DIKABULKAN: 'Banyak keberatan yang dikabulkan',
};

export interface InputAnalitik {
  distribusi: DistribusiHitung;
  /** Ratings with both hasil kerja and perilaku, and those where the two agree. */
  keduaRating: number;
  ratingSama: number;
  keberatan: number;
  keberatanDiubah: number;
  /** Mean capaian organisasi score of the rater's units (null: not set). */
  skorCapaianUnit: number | null;
}

export interface HasilAnalitik {
  jumlah: number;
  rataRata: number | null;
  /** Mean minus the pemda's mean (null when either is empty). */
  selisih: number | null;
  halo: number | null;
  keberatanDiubah: number | null;
  bendera: BenderaPenilai[];
}

const bulat = (x: number) => Math.round(x * 100) / 100;

/** The mean predikat score of a distribution (null when empty). */
export function rataRataSkor(d: DistribusiHitung): number | null {
  let n = 0;
  let s = 0;
  for (const p of PREDIKATS) {
    n += d[p];
    s += d[p] * SKOR_PREDIKAT[p];
  }
  return n === 0 ? null : s / n;
}

/** The count and the mean predikat score (two decimals; null when empty) of a distribution. */
export function ringkasDistribusi(d: DistribusiHitung): { jumlah: number; rataRata: number | null } {
  const rata = rataRataSkor(d);
  return { jumlah: PREDIKATS.reduce((a, p) => a + d[p], 0), rataRata: rata === null ? null : bulat(rata) };
}

/**
 * One rater against the pemda. Lenient: the mean is at least `selisihRataRata` above the pemda's,
 * unless the rater's units were judged Istimewa (a better unit earns better ratings); severe: as
 * far below, unless the units were judged below Baik. Halo: hasil kerja and perilaku agree in at
 * least `batasHalo` of the ratings. Keberatan: the share decided "diubah". Nothing is flagged below
 * `minimumPenilaian` ratings.
 */
export function analisisPenilai(r: InputAnalitik, pemda: DistribusiHitung, aturan: AturanAnalitik = ATURAN_ANALITIK_DEFAULT): HasilAnalitik {
  const { jumlah, rataRata } = ringkasDistribusi(r.distribusi);
  const rata = rataRataSkor(r.distribusi);
  const rataPemda = rataRataSkor(pemda);
  const selisih = rata === null || rataPemda === null ? null : bulat(rata - rataPemda);
  const halo = r.keduaRating === 0 ? null : bulat(r.ratingSama / r.keduaRating);
  const keberatanDiubah = r.keberatan === 0 ? null : bulat(r.keberatanDiubah / r.keberatan);
  const bendera: BenderaPenilai[] = [];
  if (jumlah >= aturan.minimumPenilaian) {
    const skorUnit = r.skorCapaianUnit ?? SKOR_CAPAIAN.BAIK;
    if (selisih !== null && selisih >= aturan.selisihRataRata && skorUnit <= SKOR_CAPAIAN.BAIK) bendera.push('MURAH');
    if (selisih !== null && selisih <= -aturan.selisihRataRata && skorUnit >= SKOR_CAPAIAN.BAIK) bendera.push('PELIT');
    if (halo !== null && halo >= aturan.batasHalo) bendera.push('HALO');
  }
  if (keberatanDiubah !== null && r.keberatan >= 2 && keberatanDiubah >= aturan.batasKeberatanDiubah) bendera.push('KEBERATAN_DIKABULKAN');
  return { jumlah, rataRata, selisih, halo, keberatanDiubah, bendera };
}

/**
 * Days within which a keberatan should be decided: the command centre's target (the regulation
 * gives the pegawai 14 days to file; the pemda's own service standard applies to the decision,
 * 14 days unless it sets another).
 */
export const HARI_PUTUSAN_KEBERATAN = 14;

/** The day a keberatan filed on `diajukan` (YYYY-MM-DD) is due to be decided, and whether `hariIni` is past it. */
export function batasPutusanKeberatan(diajukan: string, hariIni: string, hari: number = HARI_PUTUSAN_KEBERATAN): { batas: string; lewat: boolean } {
  const batas = addDays(diajukan, hari);
  return { batas, lewat: hariIni > batas };
}

/**
 * The last filing day (YYYY-MM-DD) of a keberatan whose decision is overdue on `hariIni`: the
 * same rule as {@link batasPutusanKeberatan}, for counting overdue keberatan in one query.
 */
export function keberatanLewatSampai(hariIni: string, hari: number = HARI_PUTUSAN_KEBERATAN): string {
  return addDays(hariIni, -hari - 1);
}
