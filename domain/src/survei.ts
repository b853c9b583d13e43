/**
 * Surveys that feed the assessment (issue #6):
 *
 * - Umpan balik 360°: colleagues a pegawai nominated (peers, subordinates) and the superior
 *   approved answer one plain statement per BerAKHLAK value on a 1–5 agreement scale, with an
 *   optional suggestion. Answers are anonymous: the superior sees them only as an aggregate, and
 *   only once at least `MINIMUM_RESPONDEN_360` (3) people answered (`ringkasan360`).
 * - Umpan balik publik: a member of the public rates a service point on four aspects (1–5).
 */
import { z } from 'zod';
import { BERAKHLAK, BERAKHLAK_KODE, type BerakhlakKode } from './berakhlak';
import { DomainError, roundHalfUp } from './common';

/** Fewer answers than this are never shown, not even as an average (anonymity). */
export const MINIMUM_RESPONDEN_360 = 3;

export const HUBUNGAN_360 = ['REKAN', 'BAWAHAN'] as const;
export type Hubungan360 = (typeof HUBUNGAN_360)[number];
export const HUBUNGAN_360_LABEL: Readonly<Record<Hubungan360, string>> = {
  REKAN: 'Rekan kerja',
  BAWAHAN: 'Bawahan',
};

export const STATUS_NOMINASI_360 = ['DIUSULKAN', 'DISETUJUI', 'DITOLAK'] as const;
export type StatusNominasi360 = (typeof STATUS_NOMINASI_360)[number];
export const STATUS_NOMINASI_360_LABEL: Readonly<Record<StatusNominasi360, string>> = {
  DIUSULKAN: 'Diusulkan',
  DISETUJUI: 'Disetujui',
  DITOLAK: 'Ditolak',
};

export interface Pertanyaan360 {
  kode: BerakhlakKode;
  /** The value's name, e.g. "Berorientasi Pelayanan". */
  nilai: string;
  /** One statement about the colleague, to agree or disagree with. */
  pernyataan: string;
}

const PERNYATAAN_360: Readonly<Record<BerakhlakKode, string>> = {
  BERORIENTASI_PELAYANAN: 'Ia melayani orang lain dengan ramah, cekatan, dan memberi jalan keluar atas kebutuhan mereka.',
  AKUNTABEL: 'Ia jujur, bertanggung jawab, dan menepati apa yang sudah disanggupinya.',
  KOMPETEN: 'Ia menguasai pekerjaannya, terus belajar, dan mau membantu rekan lain belajar.',
  HARMONIS: 'Ia menghargai setiap orang dan ikut menjaga suasana kerja yang nyaman.',
  LOYAL: 'Ia menjaga nama baik rekan kerja, pimpinan, dan instansi, serta menjaga rahasia jabatan.',
  ADAPTIF: 'Ia cepat menyesuaikan diri dengan perubahan dan berani mencoba cara kerja baru.',
  KOLABORATIF: 'Ia terbuka bekerja sama dan memberi kesempatan orang lain untuk berkontribusi.',
};

/** The 360° questionnaire: one statement per BerAKHLAK value, in the order of the values. */
export const PERTANYAAN_360: readonly Pertanyaan360[] = BERAKHLAK.map((v) => ({
  kode: v.kode,
  nilai: v.nama,
  pernyataan: PERNYATAAN_360[v.kode],
}));

/** The agreement scale of the 360° questionnaire. */
export const SKALA_360: ReadonlyArray<{ nilai: 1 | 2 | 3 | 4 | 5; label: string }> = [
  { nilai: 1, label: 'Sangat tidak setuju' },
  { nilai: 2, label: 'Tidak setuju' },
  { nilai: 3, label: 'Ragu-ragu' },
  { nilai: 4, label: 'Setuju' },
  { nilai: 5, label: 'Sangat setuju' },
];

const Skala = z
  .number('wajib diisi dengan angka 1–5')
  .int('harus bilangan bulat 1–5')
  .min(1, 'paling kecil 1')
  .max(5, 'paling besar 5');

/** A complete 360° answer: every BerAKHLAK value scored 1–5 (an object keyed by kode). */
export const Skor360Schema = z.object(
  Object.fromEntries(BERAKHLAK_KODE.map((k) => [k, Skala])) as Record<BerakhlakKode, typeof Skala>,
  'wajib diisi untuk setiap nilai BerAKHLAK',
);
export type Skor360 = Record<BerakhlakKode, number>;

/** One stored answer, as the aggregation reads it (never with the respondent). */
export interface Jawaban360 {
  skor: Readonly<Record<string, unknown>>;
  saran?: string | null;
  /**
   * The batch it was filed in (`kelompokJawaban360`): answers are summarised a whole batch at a
   * time, so a superior who reads the summary before and after one more answer learns nothing
   * about that answer. Absent: all answers are one batch.
   */
  kelompok?: number;
}

/**
 * The batch a new answer joins, given how many answers the subject already has in the period:
 * batches of `minimum`, filled in order (the first `minimum` answers are batch 0, and so on).
 * Only the batch number is stored — not when or in which order inside it anyone answered.
 */
export const kelompokJawaban360 = (sudahAda: number, minimum: number = MINIMUM_RESPONDEN_360): number => Math.floor(sudahAda / minimum);

export interface Ringkasan360 {
  /** Complete answers received (shown even below the minimum: a count reveals no answer). */
  jumlahResponden: number;
  /** Answers in the summary: those of full batches (the rest wait for their batch to fill). */
  jumlahDihitung: number;
  /** Average score per value (two decimals); null below the minimum. */
  rataRata: Skor360 | null;
  /** The suggestions, sorted (so their order says nothing about who answered when); [] below the minimum. */
  saran: string[];
}

const isSkor = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/**
 * The anonymous summary of a pegawai's 360° answers.
 * Rule: only complete answers count (a score 1–5 for each of the seven values; anything else is
 * ignored as damaged data), and only those of full batches of `minimum` (see `kelompok`), so the
 * summary changes a whole batch at a time and can never be differenced down to one answer. Below
 * `minimum` counted answers nothing but the count is shown; from `minimum` on, the average per
 * value (rounded half up to two decimals) and the non-empty suggestions, sorted alphabetically
 * rather than in answering order. `minimum` may be raised by a pemda, never lowered below 3
 * (throws `DomainError`).
 */
export function ringkasan360(answers: readonly Jawaban360[], minimum: number = MINIMUM_RESPONDEN_360): Ringkasan360 {
  if (!Number.isInteger(minimum) || minimum < MINIMUM_RESPONDEN_360) {
    throw new DomainError('INVALID_ARGUMENT', `Jumlah responden minimum harus bilangan bulat paling sedikit ${MINIMUM_RESPONDEN_360}`);
  }
  const lengkap = answers.filter((a) => BERAKHLAK_KODE.every((k) => isSkor(a.skor[k])));
  const jumlahResponden = lengkap.length;
  const perKelompok = new Map<number, number>();
  for (const a of lengkap) perKelompok.set(a.kelompok ?? 0, (perKelompok.get(a.kelompok ?? 0) ?? 0) + 1);
  // Every complete answer's batch was counted just above.
  const dihitung = lengkap.filter((a) => perKelompok.get(a.kelompok ?? 0)! >= minimum);
  const jumlahDihitung = dihitung.length;
  if (jumlahDihitung < minimum) return { jumlahResponden, jumlahDihitung, rataRata: null, saran: [] };
  const rataRata = Object.fromEntries(
    BERAKHLAK_KODE.map((k) => [k, roundHalfUp(dihitung.reduce((s, a) => s + (a.skor[k] as number), 0) / jumlahDihitung, 2)]),
  ) as Skor360;
  const saran = dihitung
    .map((a) => (a.saran ?? '').trim())
    .filter((s) => s.length > 0)
    .sort((a, b) => a.localeCompare(b, 'id'));
  return { jumlahResponden, jumlahDihitung, rataRata, saran };
}

// ---------------------------------------------------------------------------------------------
// Public feedback at a service point

export const ASPEK_LAYANAN = ['kecepatan', 'keramahan', 'kejelasan', 'keadilan'] as const;
export type AspekLayanan = (typeof ASPEK_LAYANAN)[number];

/** The four aspects of the public form: a label and the question as the public reads it. */
export const ASPEK_LAYANAN_INFO: Readonly<Record<AspekLayanan, { label: string; pertanyaan: string }>> = {
  kecepatan: { label: 'Kecepatan', pertanyaan: 'Seberapa cepat Anda dilayani?' },
  keramahan: { label: 'Keramahan', pertanyaan: 'Seberapa ramah petugas melayani Anda?' },
  kejelasan: { label: 'Kejelasan', pertanyaan: 'Seberapa jelas informasi dan persyaratan yang diberikan?' },
  keadilan: { label: 'Keadilan', pertanyaan: 'Seberapa adil Anda diperlakukan, tanpa pungutan atau perlakuan khusus?' },
};

/** The 1–5 satisfaction scale of the public form. */
export const SKALA_LAYANAN: ReadonlyArray<{ nilai: 1 | 2 | 3 | 4 | 5; label: string }> = [
  { nilai: 1, label: 'Sangat tidak puas' },
  { nilai: 2, label: 'Tidak puas' },
  { nilai: 3, label: 'Cukup' },
  { nilai: 4, label: 'Puas' },
  { nilai: 5, label: 'Sangat puas' },
];

/** Longest comment the public form accepts. */
export const KOMENTAR_LAYANAN_MAKS = 500;
