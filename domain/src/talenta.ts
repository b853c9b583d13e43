/**
 * The talent map (manajemen talenta, PermenPANRB 3/2020): a nine-box of performance — the last two
 * years' annual predikat — against potential — an assessment score with its source and date — per
 * jabatan level and perangkat daerah. The boxes are numbered as in the regulation's lampiran (9:
 * performance above expectation and high potential; 1: below expectation and low potential); the
 * top three form the talent pool that feeds promotion and development recommendations, and a vacant
 * post draws its candidates from the pool one level below it.
 */
import { z } from 'zod';
import type { JenisJabatan } from './kepegawaian';
import type { Predikat } from './rating';

export const TINGKAT_TALENTA = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;
export type TingkatTalenta = (typeof TINGKAT_TALENTA)[number];
export const TINGKAT_TALENTA_LABEL: Readonly<Record<TingkatTalenta, string>> = { RENDAH: 'Rendah', MENENGAH: 'Menengah', TINGGI: 'Tinggi' };

const NILAI_PREDIKAT: Readonly<Record<Predikat, number>> = { SANGAT_BAIK: 3, BAIK: 2, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 1 };

/**
 * The performance level of the last two years' annual predikat (the newer ones first; more are
 * ignored): Sangat Baik counts 3, Baik 2, the rest 1; the mean, rounded half up, is the level. Null
 * without any result (not placed on the map).
 */
export function tingkatKinerja(predikat: readonly Predikat[]): TingkatTalenta | null {
  const dua = predikat.slice(0, 2);
  if (dua.length === 0) return null;
  const rata = dua.reduce((s, p) => s + NILAI_PREDIKAT[p], 0) / dua.length;
  return TINGKAT_TALENTA[Math.min(2, Math.floor(rata + 0.5) - 1)]!;
}

/** The pemda's thresholds of the potential score (0–100): from `menengah` medium, from `tinggi` high. */
export const AmbangPotensiSchema = z
  .object({ menengah: z.number().int().min(1).max(99), tinggi: z.number().int().min(2).max(100) })
  .refine((a) => a.tinggi > a.menengah, { error: 'ambang tinggi harus di atas ambang menengah', path: ['tinggi'] });
export type AmbangPotensi = z.infer<typeof AmbangPotensiSchema>;
export const DEFAULT_AMBANG_POTENSI: AmbangPotensi = { menengah: 60, tinggi: 80 };

export const tingkatPotensi = (skor: number, ambang: AmbangPotensi = DEFAULT_AMBANG_POTENSI): TingkatTalenta =>
  skor >= ambang.tinggi ? 'TINGGI' : skor >= ambang.menengah ? 'MENENGAH' : 'RENDAH';

/** A potential score as recorded: 0–100, its source (an assessment centre, the tim penilai) and date. */
export const SkorPotensiSchema = z.object({
  skor: z.number({ error: 'harus berupa angka' }).int({ error: 'harus bilangan bulat' }).min(0, { error: 'paling kecil 0' }).max(100, { error: 'paling besar 100' }),
  sumber: z.string({ error: 'wajib diisi' }).trim().min(3, { error: 'sebutkan sumbernya (mis. asesmen kompetensi BKPSDM 2025)' }).max(200, { error: 'paling panjang 200 karakter' }),
  tanggal: z.iso.date({ error: 'harus berupa tanggal TTTT-BB-HH' }),
});
export type SkorPotensi = z.infer<typeof SkorPotensiSchema>;

/** The box of the nine-box (PermenPANRB 3/2020): rows of potential, columns of performance. */
const KOTAK: Readonly<Record<TingkatTalenta, Readonly<Record<TingkatTalenta, number>>>> = {
  // potensi → kinerja → box
  RENDAH: { RENDAH: 1, MENENGAH: 2, TINGGI: 4 },
  MENENGAH: { RENDAH: 3, MENENGAH: 5, TINGGI: 7 },
  TINGGI: { RENDAH: 6, MENENGAH: 8, TINGGI: 9 },
};
export const kotakTalenta = (kinerja: TingkatTalenta, potensi: TingkatTalenta): number => KOTAK[potensi][kinerja];

export const KELOMPOK_TALENTA = ['SUKSESI', 'PENGEMBANGAN', 'PEMBINAAN'] as const;
export type KelompokTalenta = (typeof KELOMPOK_TALENTA)[number];
export const KELOMPOK_TALENTA_LABEL: Readonly<Record<KelompokTalenta, string>> = {
  SUKSESI: 'Kelompok rencana suksesi (talent pool): dipertimbangkan untuk promosi',
  PENGEMBANGAN: 'Pengembangan kompetensi dan penugasan',
  PEMBINAAN: 'Pembinaan kinerja',
};
/** Boxes 7–9 are the talent pool; 4–6 call for development; 1–3 for pembinaan. */
export const kelompokTalenta = (kotak: number): KelompokTalenta => (kotak >= 7 ? 'SUKSESI' : kotak >= 4 ? 'PENGEMBANGAN' : 'PEMBINAAN');

/** The jabatan levels a vacant post's candidates come from (one level below it). */
export function sumberCalon(jenis: JenisJabatan): readonly JenisJabatan[] {
  switch (jenis) {
    case 'JPT_MADYA':
      return ['JPT_PRATAMA'];
    case 'JPT_PRATAMA':
      return ['ADMINISTRATOR'];
    case 'ADMINISTRATOR':
      return ['PENGAWAS'];
    case 'PENGAWAS':
      return ['PELAKSANA', 'FUNGSIONAL'];
    default:
      return [];
  }
}
