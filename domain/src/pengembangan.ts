/**
 * Pengembangan kompetensi (PP 11/2017 Pasal 203 jo. PP 17/2020; PermenPANRB 6/2022 Pasal 5): the
 * pemda's catalogue of training, the gaps a pegawai's own results already show (RHK and BerAKHLAK
 * below expectation, coaching sheets, the discussion after a rating) turned into suggestions from
 * that catalogue, the yearly individual development plan agreed with the superior, and the
 * completed training counted towards the yearly hours (the JP target is the pemda's setting
 * `tindakLanjut.targetJp`, 20 by default).
 *
 * Matching a gap to a training is deliberately simple and explainable: a training lists the
 * BerAKHLAK values it develops and a few keywords; a gap matches when it names one of its values or
 * contains one of its keywords (words shared with its title then rank it higher). The match says why.
 */
import { z } from 'zod';
import { BERAKHLAK, BERAKHLAK_KODE, type BerakhlakKode } from './berakhlak';
import { SARAN_KOMPETENSI } from './bimbingan';
import { isValidDateString } from './periode';
import { bulat, JENIS_KOMPETENSI, TanggalSchema, TeksSchema, kekuranganJp, type JenisKompetensi } from './tindak-lanjut';
import { defineWorkflow } from './workflow';

// --- Catalogue ------------------------------------------------------------------------------------

/** How a training is delivered: klasikal or non-klasikal forms (PP 11/2017 Pasal 210–211). */
export const METODE_PELATIHAN = ['KLASIKAL', 'E_LEARNING', 'BLENDED', 'WORKSHOP', 'SEMINAR', 'MAGANG', 'COACHING_MENTORING'] as const;
export type MetodePelatihan = (typeof METODE_PELATIHAN)[number];
export const METODE_PELATIHAN_LABEL: Readonly<Record<MetodePelatihan, string>> = {
  KLASIKAL: 'Klasikal (tatap muka)',
  E_LEARNING: 'E-learning',
  BLENDED: 'Blended learning',
  WORKSHOP: 'Workshop / lokakarya',
  SEMINAR: 'Seminar / webinar',
  MAGANG: 'Magang / praktik kerja',
  COACHING_MENTORING: 'Coaching / mentoring',
};

const KataKunciSchema = z
  .array(z.string({ error: 'wajib berupa teks' }).trim().min(3, { error: 'paling pendek 3 karakter' }).max(40, { error: 'paling panjang 40 karakter' }))
  .max(20, { error: 'paling banyak 20 kata kunci' });

/** One training of the pemda's catalogue, as edited in the app or read from an import row. */
export const PelatihanSchema = z.object({
  kode: z
    .string({ error: 'wajib diisi' })
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,40}$/, { error: 'huruf, angka, titik, garis bawah atau tanda hubung; 2–40 karakter' }),
  judul: TeksSchema(200).refine((s) => s.length >= 3, { error: 'paling pendek 3 karakter' }),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI, { error: 'pilih teknis, manajerial atau sosial kultural' }),
  metode: z.enum(METODE_PELATIHAN, { error: 'metode tidak dikenal' }),
  jp: bulat(1, 500),
  penyelenggara: TeksSchema(200),
  kataKunci: KataKunciSchema,
  nilaiBerakhlak: z
    .array(z.enum(BERAKHLAK_KODE, { error: 'nilai BerAKHLAK tidak dikenal' }))
    .max(BERAKHLAK_KODE.length)
    .refine((v) => new Set(v).size === v.length, { error: 'setiap nilai paling banyak sekali' }),
  aktif: z.boolean({ error: 'harus ya atau tidak' }),
});
export type Pelatihan = z.infer<typeof PelatihanSchema>;

/** Reads a method from an import cell: the code or its label, any case ('e-learning', 'Workshop'). */
export function parseMetodePelatihan(teks: string): MetodePelatihan | null {
  const t = normal(teks);
  return METODE_PELATIHAN.find((m) => normal(m) === t || normal(METODE_PELATIHAN_LABEL[m]) === t || normal(METODE_PELATIHAN_LABEL[m]).startsWith(`${t} `)) ?? null;
}

/** Reads a competence type from an import cell: 'teknis', 'Manajerial', 'sosial kultural', 'SOSIAL_KULTURAL'. */
export function parseJenisKompetensi(teks: string): JenisKompetensi | null {
  const t = normal(teks);
  return JENIS_KOMPETENSI.find((j) => normal(j) === t) ?? null;
}

/** Reads BerAKHLAK values from an import cell: codes or names separated by commas or semicolons. */
export function parseNilaiBerakhlak(teks: string): { nilai: BerakhlakKode[]; tidakDikenal: string[] } {
  const nilai: BerakhlakKode[] = [];
  const tidakDikenal: string[] = [];
  for (const bagian of teks.split(/[,;]/).map((s) => s.trim()).filter(Boolean)) {
    const n = BERAKHLAK.find((b) => normal(b.kode) === normal(bagian) || normal(b.nama) === normal(bagian));
    if (!n) tidakDikenal.push(bagian);
    else if (!nilai.includes(n.kode)) nilai.push(n.kode);
  }
  return { nilai, tidakDikenal };
}

// --- Gaps and suggestions ------------------------------------------------------------------------

export const SUMBER_KEBUTUHAN = ['RHK', 'BERAKHLAK', 'BIMBINGAN', 'DISKUSI'] as const;
export type SumberKebutuhan = (typeof SUMBER_KEBUTUHAN)[number];
export const SUMBER_KEBUTUHAN_LABEL: Readonly<Record<SumberKebutuhan, string>> = {
  RHK: 'RHK di bawah ekspektasi',
  BERAKHLAK: 'Perilaku kerja (BerAKHLAK) di bawah ekspektasi',
  BIMBINGAN: 'Evaluasi kompetensi dari bimbingan',
  DISKUSI: 'Rencana pengembangan dari diskusi penilaian',
};

/** A 360° average below this (the scale's "Ragu-ragu") puts the value below expectation. */
export const BATAS_RATA_360 = 3;
/** A competence scored at most this in a coaching sheet (Kurang, Sangat Kurang) is a gap. */
export const BATAS_SKOR_BIMBINGAN = 2;

/** A development need found in what the system already holds about a pegawai. */
export interface Kebutuhan {
  sumber: SumberKebutuhan;
  /** The need in words (the RHK, the value, the competence, the agreed line). */
  uraian: string;
  /** Where it comes from ('Penilaian Tahunan 2025', 'Coaching 12 Mar 2026'). */
  asal: string;
  jenisKompetensi: JenisKompetensi | null;
  nilaiBerakhlak: BerakhlakKode | null;
}

/** The competence type of a coaching item: the managerial and socio-cultural competences of PermenPANRB 38/2017, otherwise technical. */
export function jenisKompetensiBimbingan(nama: string): JenisKompetensi {
  const t = normal(nama);
  if (t === normal('Perekat Bangsa')) return 'SOSIAL_KULTURAL';
  return SARAN_KOMPETENSI.some((s) => normal(s) === t) ? 'MANAJERIAL' : 'TEKNIS';
}

export interface SumberPenilaian {
  asal: string;
  /** RHK rated below expectation, by their text. */
  rhkDiBawah: readonly string[];
  /** Whether the perilaku rating was below expectation, and the values the superior wrote feedback on. */
  perilakuDiBawah: boolean;
  perilakuDicatat: readonly BerakhlakKode[];
  /** The anonymous 360° averages of the period (null below the minimum). */
  rata360: Readonly<Partial<Record<BerakhlakKode, number>>> | null;
  /** The development lines agreed in the discussion. */
  rencanaDiskusi: readonly string[];
}

export interface SumberBimbingan {
  asal: string;
  items: ReadonlyArray<{ kompetensi: string; skor: number }>;
}

/**
 * The needs a pegawai's results show: each RHK rated below expectation (a technical need); each
 * BerAKHLAK value below expectation — the values the superior commented on when the perilaku
 * rating was below expectation, or a 360° average under `BATAS_RATA_360`; each coaching item scored
 * `BATAS_SKOR_BIMBINGAN` or less; each development line of the discussion. The same need from two
 * sources is listed once (the first, in the order given).
 */
export function kumpulkanKebutuhan(penilaian: readonly SumberPenilaian[], bimbingan: readonly SumberBimbingan[]): Kebutuhan[] {
  const hasil: Kebutuhan[] = [];
  const seen = new Set<string>();
  const add = (k: Kebutuhan) => {
    const kunci = `${k.sumber}|${k.nilaiBerakhlak ?? normal(k.uraian)}`;
    if (seen.has(kunci) || !k.uraian.trim()) return;
    seen.add(kunci);
    hasil.push({ ...k, uraian: k.uraian.trim() });
  };
  for (const p of penilaian) {
    for (const r of p.rhkDiBawah) add({ sumber: 'RHK', uraian: r, asal: p.asal, jenisKompetensi: 'TEKNIS', nilaiBerakhlak: null });
    for (const b of BERAKHLAK) {
      const rata = p.rata360?.[b.kode];
      const diBawah = (p.perilakuDiBawah && p.perilakuDicatat.includes(b.kode)) || (rata !== undefined && rata < BATAS_RATA_360);
      if (diBawah) add({ sumber: 'BERAKHLAK', uraian: b.nama, asal: p.asal, jenisKompetensi: 'SOSIAL_KULTURAL', nilaiBerakhlak: b.kode });
    }
    for (const d of p.rencanaDiskusi) add({ sumber: 'DISKUSI', uraian: d, asal: p.asal, jenisKompetensi: null, nilaiBerakhlak: nilaiDisebut(d) });
  }
  for (const s of bimbingan)
    for (const i of s.items)
      if (i.skor <= BATAS_SKOR_BIMBINGAN) add({ sumber: 'BIMBINGAN', uraian: i.kompetensi, asal: s.asal, jenisKompetensi: jenisKompetensiBimbingan(i.kompetensi), nilaiBerakhlak: nilaiDisebut(i.kompetensi) });
  return hasil;
}

/** The catalogue as matching reads it. */
export interface PelatihanKatalog {
  id: string;
  judul: string;
  jenisKompetensi: JenisKompetensi;
  kataKunci: readonly string[];
  nilaiBerakhlak: readonly BerakhlakKode[];
  aktif: boolean;
}

export interface Kecocokan {
  skor: number;
  /** Why it matched, for the screen ('nilai Berorientasi Pelayanan', 'kata kunci "aplikasi"'). */
  alasan: string[];
}

/** Short and common words that say nothing about a need. */
const KATA_UMUM = new Set(['yang', 'dengan', 'untuk', 'dalam', 'pada', 'dari', 'oleh', 'serta', 'atau', 'secara', 'tepat', 'waktu', 'kegiatan', 'pelaksanaan', 'kerja', 'unit', 'bidang', 'daerah', 'pemerintah', 'terlaksananya', 'tersusunnya', 'meningkatnya', 'jumlah', 'laporan', 'dokumen']);

const normal = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const kata = (s: string) => new Set(normal(s).split(' ').filter((w) => w.length >= 4 && !KATA_UMUM.has(w)));
/** The BerAKHLAK value a free text names, if any ('lebih berorientasi pelayanan' → BERORIENTASI_PELAYANAN). */
const nilaiDisebut = (teks: string): BerakhlakKode | null => BERAKHLAK.find((b) => ` ${normal(teks)} `.includes(` ${normal(b.nama)} `))?.kode ?? null;

/**
 * How well a training answers a need: 3 for a BerAKHLAK value it develops, 2 per keyword found in
 * the need; only then 1 per word shared with its title and 1 for the same competence type (shared
 * title words alone are too weak a tie: "unit kerja" is in half the RHK). Inactive trainings never match.
 */
export function cocokkan(k: Kebutuhan, p: PelatihanKatalog): Kecocokan {
  if (!p.aktif) return { skor: 0, alasan: [] };
  let skor = 0;
  const alasan: string[] = [];
  if (k.nilaiBerakhlak && p.nilaiBerakhlak.includes(k.nilaiBerakhlak)) {
    skor += 3;
    alasan.push(`nilai ${BERAKHLAK.find((b) => b.kode === k.nilaiBerakhlak)!.nama}`);
  }
  const teks = ` ${normal(k.uraian)} `;
  for (const kk of p.kataKunci) {
    if (teks.includes(` ${normal(kk)} `) || (normal(kk).length >= 5 && teks.includes(` ${normal(kk)}`))) {
      skor += 2;
      alasan.push(`kata kunci "${kk}"`);
    }
  }
  if (skor === 0) return { skor: 0, alasan: [] };
  const sama = [...kata(p.judul)].filter((w) => kata(k.uraian).has(w));
  if (sama.length) {
    skor += sama.length;
    alasan.push(`judul memuat "${sama.join('", "')}"`);
  }
  if (k.jenisKompetensi === p.jenisKompetensi) skor += 1;
  return { skor, alasan };
}

/** A training suggested for one or more needs. */
export interface SaranPelatihan {
  pelatihanId: string;
  skor: number;
  kebutuhan: Array<{ uraian: string; sumber: SumberKebutuhan; alasan: string[] }>;
}

/** The least a match must score to be suggested (a shared word alone is not enough). */
export const SKOR_SARAN_MINIMUM = 2;

/**
 * Suggestions from the catalogue: for each need its best `perKebutuhan` trainings scoring at least
 * `SKOR_SARAN_MINIMUM`; a training suggested for several needs is listed once with all of them.
 * Ordered by how many needs a training answers, then total score, then title; at most `maks`.
 */
export function saranPelatihan(kebutuhan: readonly Kebutuhan[], katalog: readonly PelatihanKatalog[], o: { perKebutuhan?: number; maks?: number } = {}): SaranPelatihan[] {
  const per = o.perKebutuhan ?? 3;
  const judul = new Map(katalog.map((p) => [p.id, p.judul]));
  const saran = new Map<string, SaranPelatihan>();
  for (const k of kebutuhan) {
    const terbaik = katalog
      .map((p) => ({ p, c: cocokkan(k, p) }))
      .filter((x) => x.c.skor >= SKOR_SARAN_MINIMUM)
      .sort((a, b) => b.c.skor - a.c.skor || a.p.judul.localeCompare(b.p.judul, 'id'))
      .slice(0, per);
    for (const { p, c } of terbaik) {
      const s = saran.get(p.id) ?? { pelatihanId: p.id, skor: 0, kebutuhan: [] };
      s.skor += c.skor;
      s.kebutuhan.push({ uraian: k.uraian, sumber: k.sumber, alasan: c.alasan });
      saran.set(p.id, s);
    }
  }
  return [...saran.values()]
    .sort((a, b) => b.kebutuhan.length - a.kebutuhan.length || b.skor - a.skor || judul.get(a.pelatihanId)!.localeCompare(judul.get(b.pelatihanId)!, 'id'))
    .slice(0, o.maks ?? 10);
}

// --- The individual development plan --------------------------------------------------------------

export const RencanaPengembanganItemSchema = z.object({
  /** The catalogue entry, when the line is one of it (its title, type and JP are then copied). */
  pelatihanId: z.uuid({ error: 'pelatihan katalog tidak valid' }).nullish(),
  judul: TeksSchema(200),
  jenisKompetensi: z.enum(JENIS_KOMPETENSI, { error: 'pilih teknis, manajerial atau sosial kultural' }),
  jp: bulat(1, 500),
  /** The need it answers (a gap's words, or the pegawai's own). */
  kebutuhan: z.string({ error: 'wajib berupa teks' }).trim().max(500, { error: 'paling panjang 500 karakter' }).nullish(),
  /** The month it should be done in. */
  bulanTarget: bulat(1, 12).nullish(),
});
export type RencanaPengembanganItem = z.infer<typeof RencanaPengembanganItemSchema>;

/** The most lines a year's plan holds. */
export const MAKS_KEGIATAN_RENCANA = 20;

export const RencanaPengembanganIsiSchema = z.object({
  items: z.array(RencanaPengembanganItemSchema).min(1, { error: 'isi paling sedikit satu kegiatan pengembangan' }).max(MAKS_KEGIATAN_RENCANA, { error: `paling banyak ${MAKS_KEGIATAN_RENCANA} kegiatan` }),
  catatan: z.string({ error: 'wajib berupa teks' }).trim().max(2000, { error: 'paling panjang 2000 karakter' }).nullish(),
});
export type RencanaPengembanganIsi = z.infer<typeof RencanaPengembanganIsiSchema>;

export const RENCANA_PENGEMBANGAN_STATES = ['DRAF', 'DIAJUKAN', 'DISEPAKATI'] as const;
export type RencanaPengembanganState = (typeof RENCANA_PENGEMBANGAN_STATES)[number];
export const RENCANA_PENGEMBANGAN_ACTIONS = ['ajukan', 'sepakati', 'kembalikan', 'revisi'] as const;
export type RencanaPengembanganAction = (typeof RENCANA_PENGEMBANGAN_ACTIONS)[number];

/**
 * The plan's lifecycle: the pegawai (or the superior) drafts it; the pegawai proposes it; the
 * pejabat penilai agrees it — straight from the draft when they wrote it — or returns it with a
 * note. An agreed plan changes only through `revisi`, which keeps the agreed version.
 */
export const RENCANA_PENGEMBANGAN_WORKFLOW = defineWorkflow<RencanaPengembanganState, RencanaPengembanganAction>({
  name: 'rencana pengembangan kompetensi',
  states: RENCANA_PENGEMBANGAN_STATES,
  actions: RENCANA_PENGEMBANGAN_ACTIONS,
  initial: 'DRAF',
  stateLabel: { DRAF: 'Draf', DIAJUKAN: 'Diajukan', DISEPAKATI: 'Disepakati' },
  actionLabel: { ajukan: 'Ajukan ke atasan', sepakati: 'Sepakati', kembalikan: 'Kembalikan', revisi: 'Revisi' },
  transitions: [
    { from: 'DRAF', action: 'ajukan', to: 'DIAJUKAN', actors: ['pegawai'] },
    { from: 'DRAF', action: 'sepakati', to: 'DISEPAKATI', actors: ['pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'sepakati', to: 'DISEPAKATI', actors: ['pejabat_penilai'] },
    { from: 'DIAJUKAN', action: 'kembalikan', to: 'DRAF', actors: ['pejabat_penilai'] },
    { from: 'DISEPAKATI', action: 'revisi', to: 'DRAF', actors: ['pegawai', 'pejabat_penilai'] },
  ],
  editableStates: ['DRAF'],
});

/** Total JP of a plan's lines. */
export const jpRencana = (items: ReadonlyArray<{ jp: number }>): number => items.reduce((s, i) => s + i.jp, 0);

/** The JP a year's plan puts forward as planned: only an agreed plan's (a draft or a proposal is not yet a plan). */
export const jpTerencana = (status: RencanaPengembanganState | null, jp: number): number => (status === 'DISEPAKATI' ? jp : 0);

// --- Completed training and the yearly hours ------------------------------------------------------

/** A completed training as the pegawai (or BKPSDM) records it; the certificate is uploaded after. */
export const RiwayatPelatihanSchema = z
  .object({
    pelatihanId: z.uuid({ error: 'pelatihan katalog tidak valid' }).nullish(),
    judul: TeksSchema(200),
    jenisKompetensi: z.enum(JENIS_KOMPETENSI, { error: 'pilih teknis, manajerial atau sosial kultural' }),
    metode: z.enum(METODE_PELATIHAN, { error: 'metode tidak dikenal' }),
    jp: bulat(1, 500),
    penyelenggara: TeksSchema(200),
    tanggalMulai: TanggalSchema,
    tanggalSelesai: TanggalSchema,
    nomorSertifikat: z.string({ error: 'wajib berupa teks' }).trim().max(100, { error: 'paling panjang 100 karakter' }).nullish(),
  })
  .superRefine((r, ctx) => {
    if (isValidDateString(r.tanggalMulai) && isValidDateString(r.tanggalSelesai) && r.tanggalSelesai < r.tanggalMulai)
      ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'tidak boleh sebelum tanggal mulai' });
  });
export type RiwayatPelatihan = z.infer<typeof RiwayatPelatihanSchema>;

/** The year a training counts in: the year it ended. */
export const tahunPelatihan = (tanggalSelesai: string): number => Number(tanggalSelesai.slice(0, 4));

export interface RekapJp {
  target: number;
  /** JP of completed training with a certificate: what counts. */
  selesai: number;
  /** JP of completed training still waiting for its certificate (not counted yet). */
  tanpaSertifikat: number;
  /** JP planned in the agreed plan. */
  terencana: number;
  kekurangan: number;
  memenuhi: boolean;
}

/**
 * The year's hours: only training with its certificate counts (like evidence, a claim without
 * a document is not yet a result); the rest is shown as waiting.
 */
export function rekapJp(riwayat: ReadonlyArray<{ jp: number; bersertifikat: boolean }>, targetJp: number, terencana = 0): RekapJp {
  const selesai = riwayat.filter((r) => r.bersertifikat).reduce((s, r) => s + r.jp, 0);
  const tanpaSertifikat = riwayat.filter((r) => !r.bersertifikat).reduce((s, r) => s + r.jp, 0);
  const kekurangan = kekuranganJp(selesai, targetJp);
  return { target: targetJp, selesai, tanpaSertifikat, terencana, kekurangan, memenuhi: kekurangan === 0 };
}

export interface RekapJpKelompok {
  jumlahPegawai: number;
  memenuhi: number;
  diBawahTarget: number;
  /** Average counted JP (one decimal). */
  rataJp: number;
}

/** The hours of a group (a perangkat daerah): how many reached the target. */
export function rekapJpKelompok(jpPerPegawai: readonly number[], targetJp: number): RekapJpKelompok {
  const memenuhi = jpPerPegawai.filter((j) => kekuranganJp(j, targetJp) === 0).length;
  const total = jpPerPegawai.reduce((s, j) => s + j, 0);
  return {
    jumlahPegawai: jpPerPegawai.length,
    memenuhi,
    diBawahTarget: jpPerPegawai.length - memenuhi,
    rataJp: jpPerPegawai.length ? Math.round((total / jpPerPegawai.length) * 10) / 10 : 0,
  };
}

/**
 * The most common needs of a pemda: the lines of its development plans grouped by catalogue
 * training (or by title when outside the catalogue), most plans first, then title.
 */
export function kebutuhanTerbanyak(
  items: ReadonlyArray<{ pelatihanId?: string | null | undefined; judul: string; jenisKompetensi: JenisKompetensi; pegawaiId: string }>,
  maks = 10,
): Array<{ pelatihanId: string | null; judul: string; jenisKompetensi: JenisKompetensi; jumlahPegawai: number }> {
  const grup = new Map<string, { pelatihanId: string | null; judul: string; jenisKompetensi: JenisKompetensi; pegawai: Set<string> }>();
  for (const i of items) {
    const kunci = i.pelatihanId ?? `~${normal(i.judul)}`;
    const g = grup.get(kunci) ?? { pelatihanId: i.pelatihanId ?? null, judul: i.judul, jenisKompetensi: i.jenisKompetensi, pegawai: new Set<string>() };
    g.pegawai.add(i.pegawaiId);
    grup.set(kunci, g);
  }
  return [...grup.values()]
    .map((g) => ({ pelatihanId: g.pelatihanId, judul: g.judul, jenisKompetensi: g.jenisKompetensi, jumlahPegawai: g.pegawai.size }))
    .sort((a, b) => b.jumlahPegawai - a.jumlahPegawai || a.judul.localeCompare(b.judul, 'id'))
    .slice(0, maks);
}
