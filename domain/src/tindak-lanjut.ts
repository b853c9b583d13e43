/**
 * Tindak lanjut: what follows a final result — pemeringkatan (ranking), penghargaan (awards),
 * pembinaan and sanksi (cases the system proposes and people decide), pengembangan kompetensi
 * (the yearly hours). PP 30/2019 BAB VI (Pasal 49–59) names the stage; the citations each rule
 * carries are in `DASAR_HUKUM`.
 *
 * Everything a pemda may set differently is data (`AturanTindakLanjutSchema`, a section of the
 * aturan penilaian): the ranking's tie-breaks, the minimum predikat of an award round's
 * candidates, the rules that open cases (each with its legal citation), the JP target. The
 * functions here decide; the server stores and shows; nothing is applied to a pegawai
 * automatically — a case is a proposal until an authorised official records a decision.
 */
import { z } from 'zod';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, type JenisJabatan } from './kepegawaian';
import { PREDIKATS, PREDIKAT_LABEL, RATINGS, type Predikat, type Rating } from './rating';
import { isValidDateString } from './periode';
import { defineWorkflow } from './workflow';

/** The legal basis of each part of the follow-up stage (cited on screens, documents and rules). */
export const DASAR_HUKUM = {
  tindakLanjut:
    'PP 30/2019 BAB VI Tindak Lanjut (Pasal 49–59): tindak lanjut penilaian berupa pelaporan kinerja, pemeringkatan kinerja, penghargaan kinerja dan sanksi',
  pemeringkatan:
    'PP 30/2019 BAB VI: Pejabat yang Berwenang menetapkan pemeringkatan kinerja dengan membandingkan nilai dan predikat kinerja antar-PNS, sebagai pertimbangan prioritas pengembangan kompetensi dan karier',
  penghargaan:
    'PP 30/2019 Pasal 54 dan PermenPANRB 6/2022 Pasal 5 huruf d: tindak lanjut hasil evaluasi kinerja meliputi pemberian penghargaan dan sanksi',
  sanksiTarget:
    'PP 30/2019 Pasal 56: pejabat pimpinan tinggi, pejabat administrasi dan pejabat fungsional yang tidak memenuhi target kinerja dapat dikenakan sanksi administrasi sampai dengan pemberhentian (tahapannya Pasal 57–58)',
  rencanaPerbaikan:
    'PP 30/2019 Pasal 58: pejabat administrasi atau fungsional dengan predikat Kurang atau Sangat Kurang diberi kesempatan 6 bulan memperbaiki kinerjanya; PermenPANRB 6/2022 Pasal 5: pembinaan dan pengembangan kinerja pegawai',
  disiplin:
    'PP 94/2021 tentang Disiplin PNS: hukuman disiplin ringan (teguran lisan, teguran tertulis, pernyataan tidak puas secara tertulis) bagi yang tidak masuk kerja atau tidak menaati ketentuan jam kerja tanpa alasan yang sah',
  pengembanganKompetensi:
    'PP 11/2017 Pasal 203 ayat (4) sebagaimana telah diubah dengan PP 17/2020: pengembangan kompetensi bagi setiap PNS paling sedikit 20 jam pelajaran dalam 1 tahun',
} as const;

const PredikatSchema = z.enum(PREDIKATS, { error: 'predikat tidak dikenal' });
const urutanPredikat = (p: Predikat) => PREDIKATS.indexOf(p);
const urutanRating = (r: Rating) => RATINGS.indexOf(r);
/** Whether predikat `a` is worse than `b`. */
export const predikatDiBawah = (a: Predikat, b: Predikat): boolean => urutanPredikat(a) > urutanPredikat(b);

// --- Pemeringkatan ----------------------------------------------------------------------------

/** What breaks a tie of predikat, in the order the pemda sets. */
export const KRITERIA_PERINGKAT = ['RATING_HASIL_KERJA', 'RATING_PERILAKU', 'PORSI_RHK_DI_ATAS', 'PORSI_RHK_DI_BAWAH'] as const;
export type KriteriaPeringkat = (typeof KRITERIA_PERINGKAT)[number];
export const KRITERIA_PERINGKAT_LABEL: Readonly<Record<KriteriaPeringkat, string>> = {
  RATING_HASIL_KERJA: 'Rating hasil kerja (lebih baik lebih dulu)',
  RATING_PERILAKU: 'Rating perilaku kerja (lebih baik lebih dulu)',
  PORSI_RHK_DI_ATAS: 'Porsi RHK di atas ekspektasi (lebih besar lebih dulu)',
  PORSI_RHK_DI_BAWAH: 'Porsi RHK di bawah ekspektasi (lebih kecil lebih dulu)',
};

export interface EntriPeringkat {
  predikat: Predikat;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  /** RHK rated Di Atas / Di Bawah Ekspektasi, of `rhkJumlah` rated. */
  rhkDiAtas: number;
  rhkDiBawah: number;
  rhkJumlah: number;
}

/** A share of RHK as a comparable number (0 when nothing was rated). */
const porsi = (n: number, dari: number) => (dari > 0 ? n / dari : 0);

/** Negative when `a` ranks before `b` by `k`. */
function bandingkan(k: KriteriaPeringkat, a: EntriPeringkat, b: EntriPeringkat): number {
  switch (k) {
    case 'RATING_HASIL_KERJA':
      return urutanRating(a.ratingHasilKerja) - urutanRating(b.ratingHasilKerja);
    case 'RATING_PERILAKU':
      return urutanRating(a.ratingPerilaku) - urutanRating(b.ratingPerilaku);
    case 'PORSI_RHK_DI_ATAS':
      return porsi(b.rhkDiAtas, b.rhkJumlah) - porsi(a.rhkDiAtas, a.rhkJumlah);
    case 'PORSI_RHK_DI_BAWAH':
      return porsi(a.rhkDiBawah, a.rhkJumlah) - porsi(b.rhkDiBawah, b.rhkJumlah);
  }
}

/** Negative when `a` ranks before `b`: predikat first, then each tie-break in order. */
export function bandingkanPeringkat(a: EntriPeringkat, b: EntriPeringkat, kriteria: readonly KriteriaPeringkat[]): number {
  const p = urutanPredikat(a.predikat) - urutanPredikat(b.predikat);
  if (p !== 0) return p;
  for (const k of kriteria) {
    const c = bandingkan(k, a, b);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The ranking of a group (a unit, a perangkat daerah, the pemda): predikat first, then the
 * tie-breaks in order; entries equal on all of them share a rank and the next rank skips
 * ("1, 2, 2, 4" — standard competition ranking), so a rank always says how many did better.
 * Within a shared rank the input order is kept (the caller sorts by name first).
 */
export function peringkatkan<T extends EntriPeringkat>(entri: readonly T[], kriteria: readonly KriteriaPeringkat[]): Array<T & { peringkat: number; seri: boolean }> {
  const urut = entri.map((e, i) => ({ e, i })).sort((a, b) => bandingkanPeringkat(a.e, b.e, kriteria) || a.i - b.i);
  const hasil: Array<T & { peringkat: number; seri: boolean }> = [];
  urut.forEach(({ e }, i) => {
    const sebelum = urut[i - 1]?.e;
    const sama = sebelum !== undefined && bandingkanPeringkat(sebelum, e, kriteria) === 0;
    const peringkat = sama ? hasil[i - 1]!.peringkat : i + 1;
    const sesudah = urut[i + 1]?.e;
    const seri = sama || (sesudah !== undefined && bandingkanPeringkat(e, sesudah, kriteria) === 0);
    hasil.push({ ...e, peringkat, seri });
  });
  return hasil;
}

// --- Penghargaan ------------------------------------------------------------------------------

export const JENIS_PENGHARGAAN = ['PIAGAM', 'PENGAKUAN_ACARA_RESMI', 'INSENTIF', 'PRIORITAS_PENGEMBANGAN', 'PRIORITAS_PROMOSI'] as const;
export type JenisPenghargaan = (typeof JENIS_PENGHARGAAN)[number];
export const JENIS_PENGHARGAAN_LABEL: Readonly<Record<JenisPenghargaan, string>> = {
  PIAGAM: 'Piagam penghargaan',
  PENGAKUAN_ACARA_RESMI: 'Pengakuan pada acara resmi',
  INSENTIF: 'Insentif',
  PRIORITAS_PENGEMBANGAN: 'Prioritas pengembangan kompetensi',
  PRIORITAS_PROMOSI: 'Prioritas promosi',
};

/** The predikat an award round may require at least: Baik or better (awards reward good results). */
export const PREDIKAT_MINIMUM_PENGHARGAAN: readonly Predikat[] = PREDIKATS.filter((p) => !predikatDiBawah(p, 'BAIK'));
export const isPredikatMinimumPenghargaan = (p: Predikat): boolean => PREDIKAT_MINIMUM_PENGHARGAAN.includes(p);

/**
 * Why a pegawai cannot be a candidate of an award round, or null when they can: a final result
 * of the round's period at or above its minimum predikat.
 */
export function alasanBukanKandidat(hasil: { predikat: Predikat | null; final: boolean }, predikatMinimum: Predikat): string | null {
  if (!hasil.final || hasil.predikat === null) return 'belum memiliki hasil penilaian final pada periode ini';
  if (predikatDiBawah(hasil.predikat, predikatMinimum))
    return `predikat ${PREDIKAT_LABEL[hasil.predikat]} di bawah predikat minimum ${PREDIKAT_LABEL[predikatMinimum]}`;
  return null;
}

/**
 * An award round: candidates are added while it is a draft, then it is decided (the decision's
 * number and date recorded) and its awards are given; a decided round does not change. BKPSDM
 * runs rounds for the pemda, a kepala perangkat daerah for their own staff (as their staff's
 * superior: `pejabat_penilai`).
 */
export const RONDE_PENGHARGAAN_STATES = ['DRAFT', 'DIPUTUSKAN'] as const;
export type RondePenghargaanState = (typeof RONDE_PENGHARGAAN_STATES)[number];
export const RONDE_PENGHARGAAN_WORKFLOW = defineWorkflow<RondePenghargaanState, 'putuskan'>({
  name: 'ronde penghargaan',
  states: RONDE_PENGHARGAAN_STATES,
  actions: ['putuskan'],
  initial: 'DRAFT',
  stateLabel: { DRAFT: 'Draf', DIPUTUSKAN: 'Diputuskan' },
  actionLabel: { putuskan: 'Putuskan' },
  transitions: [{ from: 'DRAFT', action: 'putuskan', to: 'DIPUTUSKAN', actors: ['admin_bkpsdm', 'pejabat_penilai'] }],
  editableStates: ['DRAFT'],
});

// --- Pembinaan dan sanksi -----------------------------------------------------------------------

/** The kinds of result the case rules look at. */
export const JENIS_HASIL = ['TAHUNAN', 'PERIODIK'] as const;
export type JenisHasil = (typeof JENIS_HASIL)[number];

export const UKURAN_DISIPLIN = ['TERLAMBAT_KALI', 'TERLAMBAT_MENIT', 'TANPA_KETERANGAN_HARI'] as const;
export type UkuranDisiplin = (typeof UKURAN_DISIPLIN)[number];
export const UKURAN_DISIPLIN_LABEL: Readonly<Record<UkuranDisiplin, string>> = {
  TERLAMBAT_KALI: 'kali terlambat',
  TERLAMBAT_MENIT: 'menit terlambat',
  TANPA_KETERANGAN_HARI: 'hari tidak masuk tanpa keterangan',
};

/** What a case leads to: the superior's rencana perbaikan kinerja, or a review by BKPSDM. */
export const JENIS_KASUS = ['RENCANA_PERBAIKAN', 'KINERJA_BERULANG', 'DISIPLIN'] as const;
export type JenisKasus = (typeof JENIS_KASUS)[number];
export const JENIS_KASUS_LABEL: Readonly<Record<JenisKasus, string>> = {
  RENCANA_PERBAIKAN: 'Rencana perbaikan kinerja',
  KINERJA_BERULANG: 'Kinerja di bawah harapan berturut-turut',
  DISIPLIN: 'Disiplin kehadiran',
};

const KodeAturanSchema = z.string({ error: 'wajib diisi' }).regex(/^[A-Z0-9_]{2,40}$/, { error: 'hanya huruf besar, angka dan _, 2–40 karakter' });
const DasarHukumSchema = z.string({ error: 'wajib diisi' }).trim().min(5, { error: 'sebutkan dasar hukumnya' }).max(300, { error: 'paling panjang 300 karakter' });
/** A whole number in [min, max] with Indonesian messages (the rules' numeric settings). */
export const bulat = (min: number, max: number) =>
  z
    .number({ error: 'harus berupa angka' })
    .int({ error: 'harus bilangan bulat' })
    .min(min, { error: `paling sedikit ${min}` })
    .max(max, { error: `paling banyak ${max}` });

export const AturanKasusSchema = z.discriminatedUnion(
  'jenis',
  [
    z.object({
      jenis: z.literal('RENCANA_PERBAIKAN'),
      kode: KodeAturanSchema,
      aktif: z.boolean(),
      /** The predikat that open a rencana perbaikan (none of them Baik or better). */
      predikat: z
        .array(PredikatSchema)
        .min(1, { error: 'pilih paling sedikit satu predikat' })
        .refine((ps) => ps.every((p) => predikatDiBawah(p, 'BAIK')), { error: 'hanya predikat di bawah Baik' }),
      /** Which results open one. */
      hasil: z.array(z.enum(JENIS_HASIL)).min(1, { error: 'pilih hasil tahunan dan/atau periodik' }),
      dasarHukum: DasarHukumSchema,
    }),
    z.object({
      jenis: z.literal('KINERJA_BERULANG'),
      kode: KodeAturanSchema,
      aktif: z.boolean(),
      /** The jabatan types it applies to. */
      jenisJabatan: z.array(z.enum(JENIS_JABATAN, { error: 'jenis jabatan tidak dikenal' })).min(1, { error: 'pilih paling sedikit satu jenis jabatan' }),
      /** Results below this predikat count. */
      diBawah: PredikatSchema,
      /** How many consecutive results of `hasil` (consecutive years, or consecutive periods of the year's kind). */
      berturut: bulat(2, 12),
      hasil: z.enum(JENIS_HASIL),
      dasarHukum: DasarHukumSchema,
    }),
    z.object({
      jenis: z.literal('DISIPLIN'),
      kode: KodeAturanSchema,
      aktif: z.boolean(),
      ukuran: z.enum(UKURAN_DISIPLIN),
      /** A month (or year) reaching this number opens a case. */
      batas: bulat(1, 100_000),
      rentang: z.enum(['BULAN', 'TAHUN']),
      dasarHukum: DasarHukumSchema,
    }),
  ],
  { error: 'jenis aturan harus RENCANA_PERBAIKAN, KINERJA_BERULANG atau DISIPLIN' },
);
export type AturanKasus = z.infer<typeof AturanKasusSchema>;

export const AturanTindakLanjutSchema = z.object({
  /** Tie-breaks after the predikat, in order (each at most once). */
  kriteriaPeringkat: z
    .array(z.enum(KRITERIA_PERINGKAT, { error: 'kriteria tidak dikenal' }))
    .max(KRITERIA_PERINGKAT.length)
    .refine((k) => new Set(k).size === k.length, { error: 'setiap kriteria paling banyak sekali' }),
  /** The default minimum predikat of an award round's candidates. */
  predikatMinimumPenghargaan: PredikatSchema.refine(isPredikatMinimumPenghargaan, { error: 'paling rendah Baik' }),
  kasus: z
    .array(AturanKasusSchema)
    .max(30, { error: 'paling banyak 30 aturan' })
    .refine((a) => new Set(a.map((x) => x.kode)).size === a.length, { error: 'kode aturan harus unik' }),
  /** Months a rencana perbaikan kinerja runs by default (PP 30/2019 Pasal 58: 6). */
  lamaPerbaikanBulan: bulat(1, 12),
  /** Hours of competence development (JP) each pegawai should reach in a year. */
  targetJp: bulat(0, 500),
});
export type AturanTindakLanjut = z.infer<typeof AturanTindakLanjutSchema>;

export const DEFAULT_ATURAN_TINDAK_LANJUT: AturanTindakLanjut = {
  kriteriaPeringkat: ['RATING_HASIL_KERJA', 'PORSI_RHK_DI_ATAS', 'RATING_PERILAKU'],
  predikatMinimumPenghargaan: 'SANGAT_BAIK',
  kasus: [
    {
      jenis: 'RENCANA_PERBAIKAN',
      kode: 'RPK_TAHUNAN',
      aktif: true,
      predikat: ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
      hasil: ['TAHUNAN'],
      dasarHukum: DASAR_HUKUM.rencanaPerbaikan,
    },
    {
      jenis: 'KINERJA_BERULANG',
      kode: 'KURANG_2_TAHUN',
      aktif: true,
      jenisJabatan: [...JENIS_JABATAN],
      diBawah: 'BAIK',
      berturut: 2,
      hasil: 'TAHUNAN',
      dasarHukum: DASAR_HUKUM.sanksiTarget,
    },
    { jenis: 'DISIPLIN', kode: 'TERLAMBAT_BULANAN', aktif: true, ukuran: 'TERLAMBAT_KALI', batas: 8, rentang: 'BULAN', dasarHukum: DASAR_HUKUM.disiplin },
    { jenis: 'DISIPLIN', kode: 'ALPA_TAHUNAN', aktif: true, ukuran: 'TANPA_KETERANGAN_HARI', batas: 10, rentang: 'TAHUN', dasarHukum: DASAR_HUKUM.disiplin },
  ],
  lamaPerbaikanBulan: 6,
  targetJp: 20,
};

/** One final result of a pegawai, as the case rules see it. */
export interface HasilKasus {
  /** The evaluation it comes from (a case names what fed it). */
  evaluasiId: string;
  jenis: JenisHasil;
  tahun: number;
  /** Position within the year (the annual result: 1). */
  nomor: number;
  predikat: Predikat;
}

/** A case the system proposes: which rule, for whom, and the results or figures behind it. */
export interface UsulanKasus {
  kodeAturan: string;
  jenis: JenisKasus;
  dasarHukum: string;
  /** One line saying why, in Indonesian. */
  alasan: string;
  /** The evaluations that fed it (empty for discipline cases). */
  evaluasiIds: string[];
  /** For discipline cases: the month 'YYYY-MM' or year 'YYYY' and the figure reached. */
  rentang?: string;
  nilai?: number;
}

const urutHasil = (a: HasilKasus, b: HasilKasus) => a.tahun - b.tahun || a.nomor - b.nomor;

/**
 * Whether two results of the same kind follow each other with nothing missing between them:
 * consecutive years for annual results; for periodic results, the next number of the same year
 * or the first of the next year after `jumlahPerTahun`.
 */
function berurutan(a: HasilKasus, b: HasilKasus, jumlahPerTahun: number): boolean {
  if (a.jenis === 'TAHUNAN') return b.tahun === a.tahun + 1;
  if (b.tahun === a.tahun) return b.nomor === a.nomor + 1;
  return b.tahun === a.tahun + 1 && a.nomor === jumlahPerTahun && b.nomor === 1;
}

/**
 * The cases a pegawai's final results open under the pemda's rules. A rencana perbaikan for each
 * result whose predikat the rule names; a KINERJA_BERULANG case for each run of `berturut`
 * consecutive results below the rule's predikat for the pegawai's jabatan type — a missing result
 * (no final evaluation for a period) breaks the run, since nothing may be assumed about it. The
 * unit the results were earned in does not matter. Results changed by a keberatan are passed as
 * they are now, so a case they no longer support is not proposed again.
 */
export function usulanKasusKinerja(
  hasil: readonly HasilKasus[],
  jenisJabatan: JenisJabatan,
  aturan: readonly AturanKasus[],
  opsi: { periodikPerTahun: number } = { periodikPerTahun: 12 },
): UsulanKasus[] {
  const usulan: UsulanKasus[] = [];
  for (const a of aturan) {
    if (!a.aktif) continue;
    if (a.jenis === 'RENCANA_PERBAIKAN') {
      for (const h of [...hasil].sort(urutHasil)) {
        if (!a.hasil.includes(h.jenis) || !a.predikat.includes(h.predikat)) continue;
        usulan.push({
          kodeAturan: a.kode,
          jenis: a.jenis,
          dasarHukum: a.dasarHukum,
          alasan: `Predikat ${PREDIKAT_LABEL[h.predikat]} (${h.jenis === 'TAHUNAN' ? `tahun ${h.tahun}` : `periode ${h.nomor}/${h.tahun}`})`,
          evaluasiIds: [h.evaluasiId],
        });
      }
    } else if (a.jenis === 'KINERJA_BERULANG') {
      if (!a.jenisJabatan.includes(jenisJabatan)) continue;
      const urut = hasil.filter((h) => h.jenis === a.hasil).sort(urutHasil);
      let run: HasilKasus[] = [];
      for (const h of urut) {
        if (!predikatDiBawah(h.predikat, a.diBawah)) {
          run = [];
          continue;
        }
        const akhir = run.at(-1);
        run = akhir && berurutan(akhir, h, opsi.periodikPerTahun) ? [...run, h] : [h];
        if (run.length === a.berturut) {
          usulan.push({
            kodeAturan: a.kode,
            jenis: a.jenis,
            dasarHukum: a.dasarHukum,
            alasan: `${a.berturut} ${a.hasil === 'TAHUNAN' ? 'tahun' : 'periode'} berturut-turut di bawah ${PREDIKAT_LABEL[a.diBawah]} (${JENIS_JABATAN_LABEL[jenisJabatan]})`,
            evaluasiIds: run.map((r) => r.evaluasiId),
          });
          // A longer run proposes again only after another full run.
          run = [];
        }
      }
    }
  }
  return usulan;
}

/** One month of a pegawai's attendance summary, as the discipline rules see it. */
export interface DisiplinBulan {
  tahun: number;
  bulan: number;
  terlambatKali: number;
  terlambatMenit: number;
  tanpaKeterangan: number;
}

const nilaiUkuran = (u: UkuranDisiplin, b: Omit<DisiplinBulan, 'tahun' | 'bulan'>) =>
  u === 'TERLAMBAT_KALI' ? b.terlambatKali : u === 'TERLAMBAT_MENIT' ? b.terlambatMenit : b.tanpaKeterangan;

/**
 * The discipline cases a pegawai's attendance opens: each month (or year) whose figure reaches a
 * rule's threshold. The figures come from the imported attendance; leave, sick days and duty
 * travel never count (they are not lateness or absence without reason).
 */
export function usulanKasusDisiplin(bulan: readonly DisiplinBulan[], aturan: readonly AturanKasus[]): UsulanKasus[] {
  const usulan: UsulanKasus[] = [];
  for (const a of aturan) {
    if (!a.aktif || a.jenis !== 'DISIPLIN') continue;
    const kelompok = new Map<string, Omit<DisiplinBulan, 'tahun' | 'bulan'>>();
    for (const b of bulan) {
      const k = a.rentang === 'BULAN' ? `${b.tahun}-${String(b.bulan).padStart(2, '0')}` : String(b.tahun);
      const s = kelompok.get(k) ?? { terlambatKali: 0, terlambatMenit: 0, tanpaKeterangan: 0 };
      kelompok.set(k, { terlambatKali: s.terlambatKali + b.terlambatKali, terlambatMenit: s.terlambatMenit + b.terlambatMenit, tanpaKeterangan: s.tanpaKeterangan + b.tanpaKeterangan });
    }
    for (const [rentang, s] of [...kelompok].sort(([x], [y]) => x.localeCompare(y))) {
      const nilai = nilaiUkuran(a.ukuran, s);
      if (nilai < a.batas) continue;
      usulan.push({
        kodeAturan: a.kode,
        jenis: 'DISIPLIN',
        dasarHukum: a.dasarHukum,
        alasan: `${nilai} ${UKURAN_DISIPLIN_LABEL[a.ukuran]} pada ${a.rentang === 'BULAN' ? 'bulan' : 'tahun'} ${rentang} (batas ${a.batas})`,
        evaluasiIds: [],
        rentang,
        nilai,
      });
    }
  }
  return usulan;
}

/** A stable key of a proposal: the same rule on the same results or period proposes once. */
export const kunciUsulan = (u: Pick<UsulanKasus, 'kodeAturan' | 'evaluasiIds' | 'rentang'>): string =>
  `${u.kodeAturan}:${u.rentang ?? [...u.evaluasiIds].sort().join(',')}`;

// --- The life of a case ------------------------------------------------------------------------------

/**
 * A case is proposed by the system (DIUSULKAN) and decided by people: followed up (a rencana
 * perbaikan agreed by the superior, or BKPSDM's review) or set aside with a reason; a followed-up
 * case is closed with its outcome. A case whose results changed (a keberatan) lapses (GUGUR) —
 * the system's only move besides proposing. Who acts: the pejabat penilai for a rencana
 * perbaikan, BKPSDM for the other kinds (`penanganKasus`).
 */
export const KASUS_STATES = ['DIUSULKAN', 'DITINDAKLANJUTI', 'SELESAI', 'DIABAIKAN', 'GUGUR'] as const;
export type KasusState = (typeof KASUS_STATES)[number];
export const KASUS_ACTIONS = ['tindak_lanjuti', 'abaikan', 'selesaikan', 'gugurkan'] as const;
export type KasusAction = (typeof KASUS_ACTIONS)[number];

export const KASUS_WORKFLOW = defineWorkflow<KasusState, KasusAction>({
  name: 'kasus pembinaan',
  states: KASUS_STATES,
  actions: KASUS_ACTIONS,
  initial: 'DIUSULKAN',
  stateLabel: { DIUSULKAN: 'Diusulkan', DITINDAKLANJUTI: 'Ditindaklanjuti', SELESAI: 'Selesai', DIABAIKAN: 'Tidak ditindaklanjuti', GUGUR: 'Gugur' },
  actionLabel: { tindak_lanjuti: 'Tindak lanjuti', abaikan: 'Tidak ditindaklanjuti', selesaikan: 'Selesaikan', gugurkan: 'Gugurkan' },
  transitions: [
    { from: 'DIUSULKAN', action: 'tindak_lanjuti', to: 'DITINDAKLANJUTI', actors: ['pejabat_penilai', 'admin_bkpsdm'] },
    { from: 'DIUSULKAN', action: 'abaikan', to: 'DIABAIKAN', actors: ['pejabat_penilai', 'admin_bkpsdm'] },
    { from: 'DITINDAKLANJUTI', action: 'selesaikan', to: 'SELESAI', actors: ['pejabat_penilai', 'admin_bkpsdm'] },
    { from: 'DIUSULKAN', action: 'gugurkan', to: 'GUGUR', actors: ['sistem'] },
    { from: 'DITINDAKLANJUTI', action: 'gugurkan', to: 'GUGUR', actors: ['sistem'] },
  ],
  editableStates: ['DITINDAKLANJUTI'],
});

/** Who handles a case of this kind: the superior for a rencana perbaikan, BKPSDM for the rest. */
export const penanganKasus = (jenis: JenisKasus): 'pejabat_penilai' | 'admin_bkpsdm' => (jenis === 'RENCANA_PERBAIKAN' ? 'pejabat_penilai' : 'admin_bkpsdm');

export const HASIL_PERBAIKAN = ['BERHASIL', 'TIDAK_BERHASIL'] as const;
export type HasilPerbaikan = (typeof HASIL_PERBAIKAN)[number];
export const HASIL_PERBAIKAN_LABEL: Readonly<Record<HasilPerbaikan, string>> = { BERHASIL: 'Kinerja membaik', TIDAK_BERHASIL: 'Kinerja belum membaik' };

export const TanggalSchema = z.string({ error: 'wajib diisi' }).refine(isValidDateString, { error: 'harus berupa tanggal TTTT-BB-HH' });
export const TeksSchema = (maks: number) => z.string({ error: 'wajib diisi' }).trim().min(1, { error: 'wajib diisi' }).max(maks, { error: `paling panjang ${maks} karakter` });

/**
 * A rencana perbaikan kinerja as the superior agrees it with the pegawai: the goals, the agreed
 * actions (each with a due date), the check-in dates and the end date. Every date lies between the
 * start and the end.
 */
export const RencanaPerbaikanSchema = z
  .object({
    tujuan: TeksSchema(2000),
    tindakan: z
      .array(z.object({ uraian: TeksSchema(500), tenggat: TanggalSchema }))
      .min(1, { error: 'isi paling sedikit satu tindakan yang disepakati' })
      .max(20, { error: 'paling banyak 20 tindakan' }),
    checkIn: z.array(TanggalSchema).min(1, { error: 'tentukan paling sedikit satu tanggal pertemuan' }).max(24, { error: 'paling banyak 24 tanggal' }),
    mulai: TanggalSchema,
    berakhir: TanggalSchema,
  })
  .superRefine((r, ctx) => {
    if (!isValidDateString(r.mulai) || !isValidDateString(r.berakhir)) return;
    if (r.berakhir <= r.mulai) ctx.addIssue({ code: 'custom', path: ['berakhir'], message: 'harus setelah tanggal mulai' });
    r.tindakan.forEach((t, i) => {
      if (isValidDateString(t.tenggat) && (t.tenggat < r.mulai || t.tenggat > r.berakhir))
        ctx.addIssue({ code: 'custom', path: ['tindakan', i, 'tenggat'], message: 'harus di antara tanggal mulai dan berakhir' });
    });
    r.checkIn.forEach((d, i) => {
      if (isValidDateString(d) && (d < r.mulai || d > r.berakhir)) ctx.addIssue({ code: 'custom', path: ['checkIn', i], message: 'harus di antara tanggal mulai dan berakhir' });
    });
  });
export type RencanaPerbaikan = z.infer<typeof RencanaPerbaikanSchema>;

/** The end date a new plan proposes by default: `bulan` months after `mulai` (the last day of a shorter month). */
export function berakhirPerbaikan(mulai: string, bulan: number): string {
  const [y, m, d] = mulai.split('-').map(Number) as [number, number, number];
  const total = m - 1 + bulan;
  const ty = y + Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const akhirBulan = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, akhirBulan)).padStart(2, '0')}`;
}

// --- Sanksi (recorded by people, never applied by the system) -----------------------------------

export const JENIS_SANKSI = ['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS', 'USUL_PINDAH_JABATAN', 'USUL_TURUN_JABATAN'] as const;
export type JenisSanksi = (typeof JENIS_SANKSI)[number];
export const JENIS_SANKSI_LABEL: Readonly<Record<JenisSanksi, string>> = {
  TEGURAN_LISAN: 'Teguran lisan',
  TEGURAN_TERTULIS: 'Teguran tertulis',
  PERNYATAAN_TIDAK_PUAS: 'Pernyataan tidak puas secara tertulis',
  USUL_PINDAH_JABATAN: 'Usul pemindahan ke jabatan lain',
  USUL_TURUN_JABATAN: 'Usul penurunan jabatan',
};

// --- Pengembangan kompetensi ---------------------------------------------------------------------

export const JENIS_KOMPETENSI = ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'] as const;
export type JenisKompetensi = (typeof JENIS_KOMPETENSI)[number];
export const JENIS_KOMPETENSI_LABEL: Readonly<Record<JenisKompetensi, string>> = {
  TEKNIS: 'Teknis',
  MANAJERIAL: 'Manajerial',
  SOSIAL_KULTURAL: 'Sosial kultural',
};

/** Hours still missing to the year's target (0 when reached). */
export const kekuranganJp = (jpSelesai: number, targetJp: number): number => Math.max(0, targetJp - Math.max(0, jpSelesai));
