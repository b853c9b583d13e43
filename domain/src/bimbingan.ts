/**
 * Bimbingan kinerja / dialog kinerja (PermenPANRB 6/2022, pembinaan kinerja): coaching,
 * mentoring and counselling sessions between a pegawai and their superior (the pembimbing).
 *
 * After a session the pegawai fills the feedback sheet (lembar umpan balik: nine statements
 * about themselves, the coach and the outcome, each on a four-point agreement scale) and the
 * pembimbing the competence evaluation (items scored 1–5, each with a reason). The data and
 * the checks of both sheets live here so the server and the web app use the same rules.
 */
import type { Result } from './common';

export const JENIS_BIMBINGAN = ['COACHING', 'MENTORING', 'KONSELING'] as const;
export type JenisBimbingan = (typeof JENIS_BIMBINGAN)[number];

export const JENIS_BIMBINGAN_LABEL: Readonly<Record<JenisBimbingan, string>> = {
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  KONSELING: 'Konseling',
};

export const STATUS_BIMBINGAN = ['DIJADWALKAN', 'SELESAI', 'DIBATALKAN'] as const;
export type StatusBimbingan = (typeof STATUS_BIMBINGAN)[number];

export const STATUS_BIMBINGAN_LABEL: Readonly<Record<StatusBimbingan, string>> = {
  DIJADWALKAN: 'Dijadwalkan',
  SELESAI: 'Selesai',
  DIBATALKAN: 'Dibatalkan',
};

/** What a statement of the feedback sheet is about. */
export const ASPEK_UMPAN_BALIK = ['PEGAWAI', 'PEMBIMBING', 'HASIL'] as const;
export type AspekUmpanBalik = (typeof ASPEK_UMPAN_BALIK)[number];

export const ASPEK_UMPAN_BALIK_LABEL: Readonly<Record<AspekUmpanBalik, string>> = {
  PEGAWAI: 'Tentang diri saya',
  PEMBIMBING: 'Tentang pembimbing',
  HASIL: 'Tentang hasil bimbingan',
};

export interface PernyataanUmpanBalik {
  nomor: number;
  aspek: AspekUmpanBalik;
  teks: string;
}

/** The nine statements of the lembar umpan balik, in the order of the form. */
export const PERNYATAAN_UMPAN_BALIK: readonly PernyataanUmpanBalik[] = [
  { nomor: 1, aspek: 'PEGAWAI', teks: 'Saya memahami tujuan sesi bimbingan ini.' },
  { nomor: 2, aspek: 'PEGAWAI', teks: 'Saya memperoleh kejelasan tentang hasil kerja dan perilaku kerja yang diharapkan dari saya.' },
  { nomor: 3, aspek: 'PEGAWAI', teks: 'Saya merasa lebih termotivasi untuk meningkatkan kinerja saya.' },
  { nomor: 4, aspek: 'PEMBIMBING', teks: 'Pembimbing mendengarkan saya dengan sungguh-sungguh.' },
  { nomor: 5, aspek: 'PEMBIMBING', teks: 'Pembimbing memberikan umpan balik yang membangun.' },
  { nomor: 6, aspek: 'PEMBIMBING', teks: 'Pembimbing membantu saya menemukan solusi atas kendala yang saya hadapi.' },
  { nomor: 7, aspek: 'HASIL', teks: 'Kami menyepakati tindakan nyata yang akan saya lakukan.' },
  { nomor: 8, aspek: 'HASIL', teks: 'Rencana tindak lanjut yang disepakati realistis untuk saya laksanakan.' },
  { nomor: 9, aspek: 'HASIL', teks: 'Sesi bimbingan ini bermanfaat bagi saya.' },
];

/** The agreement scale of the feedback sheet (1–4, no neutral middle). */
export const SKALA_UMPAN_BALIK: ReadonlyArray<{ skor: number; label: string }> = [
  { skor: 1, label: 'Sangat Tidak Setuju' },
  { skor: 2, label: 'Tidak Setuju' },
  { skor: 3, label: 'Setuju' },
  { skor: 4, label: 'Sangat Setuju' },
];

/** The scale of the competence evaluation (1–5). */
export const SKALA_KOMPETENSI: ReadonlyArray<{ skor: number; label: string }> = [
  { skor: 1, label: 'Sangat Kurang' },
  { skor: 2, label: 'Kurang' },
  { skor: 3, label: 'Cukup' },
  { skor: 4, label: 'Baik' },
  { skor: 5, label: 'Sangat Baik' },
];

/**
 * Suggested competence items for the evaluation: the managerial and socio-cultural competences
 * of ASN (PermenPANRB 38/2017). The pembimbing may name any other (technical) competence.
 */
export const SARAN_KOMPETENSI: readonly string[] = [
  'Integritas',
  'Kerja Sama',
  'Komunikasi',
  'Orientasi pada Hasil',
  'Pelayanan Publik',
  'Pengembangan Diri dan Orang Lain',
  'Mengelola Perubahan',
  'Pengambilan Keputusan',
  'Perekat Bangsa',
];

export const KOMENTAR_MAKS = 2000;
export const KOMPETENSI_MAKS_ITEM = 20;
export const KOMPETENSI_NAMA_MAKS = 200;
export const ALASAN_MAKS = 2000;

/** Field errors keyed by path ('jawaban.0.skor'), Indonesian messages. */
export type GalatIsian = Record<string, string>;

export interface JawabanUmpanBalik {
  nomor: number;
  skor: number;
}

export interface LembarUmpanBalik {
  /** Nine answers, ordered by statement number. */
  jawaban: JawabanUmpanBalik[];
  komentar: string | null;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Checks a filled feedback sheet: one answer to each of the nine statements, each scored 1–4;
 * the comment is optional (at most 2000 characters). Returns the sheet normalised (answers in
 * statement order, comment trimmed, empty → null) or the errors by field.
 */
export function validateLembarUmpanBalik(input: {
  jawaban: ReadonlyArray<{ nomor: unknown; skor: unknown }>;
  komentar?: string | null | undefined;
}): Result<LembarUmpanBalik, GalatIsian> {
  const galat: GalatIsian = {};
  const n = PERNYATAAN_UMPAN_BALIK.length;
  const seen = new Set<number>();
  input.jawaban.forEach((j, i) => {
    if (!isInt(j.nomor) || j.nomor < 1 || j.nomor > n) galat[`jawaban.${i}.nomor`] = `nomor pernyataan harus 1 sampai ${n}`;
    else if (seen.has(j.nomor)) galat[`jawaban.${i}.nomor`] = `pernyataan nomor ${j.nomor} dijawab lebih dari sekali`;
    else seen.add(j.nomor);
    if (!isInt(j.skor) || j.skor < 1 || j.skor > 4) galat[`jawaban.${i}.skor`] = 'skor harus 1 (Sangat Tidak Setuju) sampai 4 (Sangat Setuju)';
  });
  // Nine answers with nine distinct valid numbers cover every statement.
  if (input.jawaban.length !== n) galat.jawaban = `harus menjawab ${n} pernyataan (terisi ${input.jawaban.length})`;
  const komentar = (input.komentar ?? '').trim();
  if (komentar.length > KOMENTAR_MAKS) galat.komentar = `paling banyak ${KOMENTAR_MAKS} karakter`;
  if (Object.keys(galat).length) return { ok: false, error: galat };
  const jawaban = input.jawaban.map((j) => ({ nomor: j.nomor as number, skor: j.skor as number })).sort((a, b) => a.nomor - b.nomor);
  return { ok: true, value: { jawaban, komentar: komentar || null } };
}

/** Average score of a valid sheet per aspect and overall (two decimals). */
export function ringkasLembarUmpanBalik(jawaban: readonly JawabanUmpanBalik[]): {
  perAspek: Record<AspekUmpanBalik, number | null>;
  rataRata: number | null;
} {
  const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null);
  const skorOf = (aspek: AspekUmpanBalik) =>
    jawaban.filter((j) => PERNYATAAN_UMPAN_BALIK.find((p) => p.nomor === j.nomor)?.aspek === aspek).map((j) => j.skor);
  return {
    perAspek: { PEGAWAI: avg(skorOf('PEGAWAI')), PEMBIMBING: avg(skorOf('PEMBIMBING')), HASIL: avg(skorOf('HASIL')) },
    rataRata: avg(jawaban.map((j) => j.skor)),
  };
}

export interface ItemEvaluasiKompetensi {
  kompetensi: string;
  skor: number;
  alasan: string;
}

export interface EvaluasiKompetensi {
  items: ItemEvaluasiKompetensi[];
}

/**
 * Checks the pembimbing's competence evaluation: 1–20 items, each naming a competence (unique,
 * at most 200 characters), a score 1–5 and a reason (required, at most 2000 characters).
 * Returns the items trimmed, in the given order, or the errors by field.
 */
export function validateEvaluasiKompetensi(input: {
  items: ReadonlyArray<{ kompetensi: string; skor: unknown; alasan?: string | null | undefined }>;
}): Result<EvaluasiKompetensi, GalatIsian> {
  const galat: GalatIsian = {};
  if (input.items.length === 0) galat.items = 'paling sedikit satu kompetensi dinilai';
  if (input.items.length > KOMPETENSI_MAKS_ITEM) galat.items = `paling banyak ${KOMPETENSI_MAKS_ITEM} kompetensi`;
  const seen = new Set<string>();
  const items = input.items.map((it, i) => {
    const kompetensi = it.kompetensi.trim();
    const alasan = (it.alasan ?? '').trim();
    const key = kompetensi.toLocaleLowerCase('id');
    if (!kompetensi) galat[`items.${i}.kompetensi`] = 'wajib diisi';
    else if (kompetensi.length > KOMPETENSI_NAMA_MAKS) galat[`items.${i}.kompetensi`] = `paling banyak ${KOMPETENSI_NAMA_MAKS} karakter`;
    else if (seen.has(key)) galat[`items.${i}.kompetensi`] = 'kompetensi ini sudah dinilai';
    seen.add(key);
    if (!isInt(it.skor) || it.skor < 1 || it.skor > 5) galat[`items.${i}.skor`] = 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)';
    if (!alasan) galat[`items.${i}.alasan`] = 'alasan wajib diisi';
    else if (alasan.length > ALASAN_MAKS) galat[`items.${i}.alasan`] = `paling banyak ${ALASAN_MAKS} karakter`;
    return { kompetensi, skor: it.skor as number, alasan };
  });
  if (Object.keys(galat).length) return { ok: false, error: galat };
  return { ok: true, value: { items } };
}
