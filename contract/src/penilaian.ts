import { BERAKHLAK_KODE, CAPAIAN_ORGANISASI, EVALUASI_STATES, PREDIKATS, RATINGS, SUMBER_TARGET } from '@capaian/domain';
import { z } from 'zod';
import { IsoDate } from './common';

const Uuid = (what: string) => z.uuid(`harus berupa id ${what}`);
const Teks = (max: number) => z.string('wajib diisi').trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);

export const JENIS_PERIODE = ['BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN'] as const;
export const STATUS_EVALUASI = EVALUASI_STATES;

export const Rating = z.enum(RATINGS, 'harus DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI atau DI_BAWAH_EKSPEKTASI');
export const Predikat = z.enum(PREDIKATS);
export const Capaian = z.enum(CAPAIAN_ORGANISASI, 'harus ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG');

// ---------------------------------------------------------------------------------------------
// Periods

export const PeriodeQuery = z.object({ tahun: z.coerce.number('harus berupa tahun').int('harus berupa tahun').min(2020).max(2100).optional() });

export const PeriodeInput = z.object({
  jenis: z.enum(JENIS_PERIODE, 'harus BULANAN, TRIWULANAN, SEMESTERAN atau TAHUNAN'),
  tahun: z.number('wajib diisi').int('harus bilangan bulat').min(2020, 'tahun paling awal 2020').max(2100, 'tahun paling akhir 2100'),
  nomor: z.number('wajib diisi').int('harus bilangan bulat').min(1, 'paling kecil 1').max(12, 'paling besar 12'),
  batasPenilaian: IsoDate,
});
export type PeriodeInput = z.infer<typeof PeriodeInput>;

export const PeriodeRingkas = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS_PERIODE),
  tahun: z.number(),
  nomor: z.number(),
  label: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  batasPenilaian: z.string(),
  status: z.enum(['DIBUKA', 'DITUTUP']),
});
export type PeriodeRingkas = z.infer<typeof PeriodeRingkas>;

export const PeriodeItem = PeriodeRingkas.extend({
  progres: z.object({
    evaluasi: z.number(),
    dinilai: z.number(),
    final: z.number(),
    unitSelesai: z.number(),
    unitTotal: z.number(),
  }),
  can: z.object({ tutup: z.boolean(), finalisasiMassal: z.boolean() }),
});
export type PeriodeItem = z.infer<typeof PeriodeItem>;

export const PeriodeList = z.object({ items: z.array(PeriodeItem), can: z.object({ buka: z.boolean() }) });
export type PeriodeList = z.infer<typeof PeriodeList>;

// ---------------------------------------------------------------------------------------------
// The curve

export const Pelanggaran = z.object({
  /** The broken rule's id (or BELUM_DINILAI / CAPAIAN_BELUM_DITETAPKAN in a bulk refusal). */
  id: z.string(),
  /** Indonesian: names the rule and by how many people. */
  pesan: z.string(),
  /** How many pegawai must change predikat (or be rated) to satisfy it. */
  selisih: z.number(),
});
export type Pelanggaran = z.infer<typeof Pelanggaran>;

export const KurvaStatus = z.object({
  capaian: Capaian.nullable(),
  /** Pegawai of the unit with a predikat (rated), the ones the curve counts. */
  jumlah: z.number(),
  /** Pegawai of the unit still without a rating. */
  belumDinilai: z.number(),
  distribusi: z.record(Predikat, z.number()),
  aturan: z.array(
    z.object({
      id: z.string(),
      deskripsi: z.string(),
      /** The number of people the rule allows (maximum) or requires (minimum) in this unit. */
      batas: z.number(),
      aktual: z.number(),
      terpenuhi: z.boolean(),
      /** False when the unit is smaller than the rule's minimum size. */
      berlaku: z.boolean(),
    }),
  ),
  pelanggaran: z.array(Pelanggaran),
  /** The unit's result is set, every pegawai is rated and no rule is broken. */
  bolehFinalisasi: z.boolean(),
});
export type KurvaStatus = z.infer<typeof KurvaStatus>;

const Orang = z.object({ id: z.uuid(), nama: z.string() });

export const FinalisasiInfo = z.object({
  at: z.string(),
  oleh: Orang.nullable(),
  overrideAlasan: z.string().nullable(),
  overrideOleh: Orang.nullable(),
  /** The rules broken at finalisation (non-empty only with an override). */
  pelanggaran: z.array(Pelanggaran),
});
export type FinalisasiInfo = z.infer<typeof FinalisasiInfo>;

export const UnitQuery = z.object({ unitId: Uuid('unit').optional() });
export const UnitItem = z.object({
  unitId: z.uuid(),
  unitNama: z.string(),
  capaian: Capaian.nullable(),
  jumlahPegawai: z.number(),
  dinilai: z.number(),
  final: z.number(),
  kurva: KurvaStatus,
  finalisasi: FinalisasiInfo.nullable(),
  can: z.object({ tetapkanCapaian: z.boolean(), finalisasi: z.boolean(), override: z.boolean() }),
});
export type UnitItem = z.infer<typeof UnitItem>;
export const UnitList = z.object({ items: z.array(UnitItem) });
export type UnitList = z.infer<typeof UnitList>;

export const KurvaQuery = z.object({ periodeId: Uuid('periode') });

export const FinalisasiInput = z.object({
  periodeId: Uuid('periode'),
  overrideAlasan: z
    .string('harus berupa teks')
    .trim()
    .min(20, 'alasan mengesampingkan kurva paling sedikit 20 karakter')
    .max(2000, 'paling banyak 2000 karakter')
    .optional(),
});
export type FinalisasiInput = z.infer<typeof FinalisasiInput>;
export const FinalisasiResult = z.object({ finalisasi: FinalisasiInfo, kurva: KurvaStatus });

export const FinalisasiMassalResult = z.object({
  unitFinal: z.number(),
  unitDitolak: z.array(z.object({ unitId: z.uuid(), unitNama: z.string(), pelanggaran: z.array(Pelanggaran) })),
  durasiMs: z.number(),
  /** Every evaluation of the period after the run: how many, how many final, per predikat. */
  ringkasan: z.object({ evaluasi: z.number(), final: z.number(), distribusi: z.record(Predikat, z.number()) }),
});
export type FinalisasiMassalResult = z.infer<typeof FinalisasiMassalResult>;

// ---------------------------------------------------------------------------------------------
// Capaian kinerja organisasi

export const CapaianQuery = z.object({ periodeId: Uuid('periode'), unitId: Uuid('unit') });
export const CapaianInput = z.object({
  periodeId: Uuid('periode'),
  unitId: Uuid('unit'),
  capaian: Capaian,
  justifikasi: Teks(4000),
  rowVersion: z.number('harus berupa angka').int().min(1, 'versi data tidak valid').optional(),
});
export type CapaianInput = z.infer<typeof CapaianInput>;

export const CapaianDetail = z.object({
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  periode: PeriodeRingkas,
  capaian: Capaian.nullable(),
  justifikasi: z.string().nullable(),
  ditetapkanOleh: Orang.nullable(),
  ditetapkanAt: z.string().nullable(),
  rowVersion: z.number().nullable(),
  /** The unit's Perjanjian Kinerja goals of the year, shown beside the decision. */
  pk: z.array(z.object({ sasaran: z.string(), indikator: z.string(), target: z.string(), realisasi: z.string().nullable() })),
  can: z.object({ tetapkan: z.boolean() }),
});
export type CapaianDetail = z.infer<typeof CapaianDetail>;

/** Every unit of a perangkat daerah with its parent and result: set on one screen. */
/** Optional in the schema so an unknown period answers 404 before a missing unit answers 400. */
export const CapaianMassalQuery = z.object({ perangkatDaerahId: Uuid('perangkat daerah').optional() });
export type CapaianMassalQuery = z.infer<typeof CapaianMassalQuery>;
export const CapaianMassal = z.object({
  periode: PeriodeRingkas,
  perangkatDaerah: z.object({ id: z.uuid(), nama: z.string() }),
  items: z.array(
    z.object({
      unitId: z.uuid(),
      nama: z.string(),
      induk: z.string().nullable(),
      capaian: Capaian.nullable(),
      justifikasi: z.string().nullable(),
      rowVersion: z.number().int().nullable(),
      final: z.boolean(),
      bolehTetapkan: z.boolean(),
    }),
  ),
});
export type CapaianMassal = z.infer<typeof CapaianMassal>;
export const CapaianMassalInput = z.object({
  perangkatDaerahId: Uuid('perangkat daerah'),
  items: z
    .array(CapaianInput.omit({ periodeId: true }), 'harus berupa daftar')
    .min(1, 'paling sedikit satu unit')
    .max(300, 'paling banyak 300 unit'),
});
export type CapaianMassalInput = z.infer<typeof CapaianMassalInput>;

// ---------------------------------------------------------------------------------------------
// Evaluations

export const PegawaiRingkas = z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string() });
export type PegawaiRingkas = z.infer<typeof PegawaiRingkas>;

export const EvaluasiCan = z.object({
  nilai: z.boolean(),
  finalisasi: z.boolean(),
  terima: z.boolean(),
  diskusi: z.boolean(),
  ajukanKeberatan: z.boolean(),
  unduhPdf: z.boolean(),
});
export type EvaluasiCan = z.infer<typeof EvaluasiCan>;

export const EvaluasiQuery = z.object({
  periodeId: Uuid('periode').optional(),
  peran: z.enum(['saya', 'tim'], 'harus saya atau tim').default('saya'),
});
export type EvaluasiQuery = z.infer<typeof EvaluasiQuery>;

export const EvaluasiListItem = z.object({
  id: z.uuid(),
  periode: z.object({ id: z.uuid(), label: z.string(), status: z.enum(['DIBUKA', 'DITUTUP']) }),
  pegawai: PegawaiRingkas,
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  status: z.enum(STATUS_EVALUASI),
  ratingHasilKerja: Rating.nullable(),
  ratingPerilaku: Rating.nullable(),
  predikat: Predikat.nullable(),
  can: EvaluasiCan,
});
export type EvaluasiListItem = z.infer<typeof EvaluasiListItem>;
export const EvaluasiList = z.object({ items: z.array(EvaluasiListItem) });
export type EvaluasiList = z.infer<typeof EvaluasiList>;

const UmpanBalikBerkala = z.object({ tanggal: z.string(), pesan: z.string(), penulis: z.string() });
export type UmpanBalikBerkala = z.infer<typeof UmpanBalikBerkala>;

export const Diskusi = z.object({
  baik: z.string(),
  perbaikan: z.string(),
  rencanaPengembangan: z.array(z.string()),
  dicatatAt: z.string(),
  dicatatOleh: Orang.nullable(),
});
export type Diskusi = z.infer<typeof Diskusi>;

const RingkasanKehadiran = z.object({
  hadir: z.number(),
  izin: z.number(),
  sakit: z.number(),
  cuti: z.number(),
  dinasLuar: z.number(),
  tanpaKeterangan: z.number(),
  terlambatKali: z.number(),
  terlambatMenit: z.number(),
  hariKerja: z.number(),
});

export const RingkasanTahunan = z.object({
  periodik: z.array(
    z.object({
      id: z.uuid(),
      label: z.string(),
      status: z.enum(STATUS_EVALUASI),
      /** Only once final (a draft rating is not a result yet). */
      predikat: Predikat.nullable(),
      ratingHasilKerja: Rating.nullable(),
      ratingPerilaku: Rating.nullable(),
    }),
  ),
  kehadiran: z.object({
    bulan: z.array(z.object({ bulan: z.number(), ringkasan: RingkasanKehadiran })),
    total: RingkasanKehadiran,
  }),
});
export type RingkasanTahunan = z.infer<typeof RingkasanTahunan>;

export const Evaluasi = z.object({
  id: z.uuid(),
  periode: PeriodeRingkas,
  pegawai: PegawaiRingkas,
  pejabatPenilai: PegawaiRingkas.nullable(),
  atasanPenilai: PegawaiRingkas.nullable(),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  capaianOrganisasi: Capaian.nullable(),
  status: z.enum(STATUS_EVALUASI),
  kepalaUnit: z.boolean(),
  rhk: z.array(
    z.object({
      id: z.uuid(),
      jenis: z.string(),
      uraian: z.string(),
      rating: Rating.nullable(),
      umpanBalik: z.string().nullable(),
      indikator: z.array(
        z.object({
          id: z.uuid(),
          aspek: z.string(),
          uraian: z.string(),
          /** The SKP's target as written (value and unit, or the qualitative description). */
          target: z.string(),
          /** The target this period's realisation is compared with (domain `targetPeriode`); null for a qualitative one. */
          targetPeriode: z.number().nullable(),
          sumberTarget: z.enum(SUMBER_TARGET).nullable(),
          /** Indonesian: where the period's target comes from, e.g. "target SKP 120 diprorata 30 dari 365 hari = 9,86". */
          keteranganTarget: z.string().nullable(),
          realisasi: z.number().nullable(),
          persen: z.number().nullable(),
        }),
      ),
      bukti: z.array(z.object({ id: z.uuid(), nama: z.string(), url: z.string().nullable(), tautan: z.string().nullable() })),
      umpanBalikBerkala: z.array(UmpanBalikBerkala),
    }),
  ),
  saranRatingHasilKerja: Rating.nullable(),
  /** Why that suggestion (Indonesian), or null. */
  saranAlasan: z.string().nullable(),
  ratingHasilKerja: Rating.nullable(),
  umpanBalikHasilKerja: z.string().nullable(),
  perilaku: z.array(
    z.object({
      kode: z.enum(BERAKHLAK_KODE),
      label: z.string(),
      ekspektasi: z.string().nullable(),
      umpanBalik: z.string().nullable(),
      umpanBalikBerkala: z.array(UmpanBalikBerkala),
    }),
  ),
  ratingPerilaku: Rating.nullable(),
  umpanBalikPerilaku: z.string().nullable(),
  predikat: Predikat.nullable(),
  /** 360° aggregate: averages only when at least 3 people answered (never names, never to the pegawai). */
  umpanBalik360: z.object({ jumlahResponden: z.number(), rataRata: z.record(z.string(), z.number()).nullable() }),
  /** For an annual evaluation: the year's periodic results and attendance, which the rater weighs. */
  tahunan: RingkasanTahunan.nullable(),
  diskusi: Diskusi.nullable(),
  finalAt: z.string().nullable(),
  /** When the final result was delivered to the pegawai: the keberatan window counts from here. */
  disampaikanAt: z.string().nullable(),
  /** When the pegawai acknowledged it (informative). */
  diterimaAt: z.string().nullable(),
  /** The last instant to file a keberatan (null before delivery). */
  keberatanSampai: z.string().nullable(),
  /** Whether the window is still open now. */
  keberatanTerbuka: z.boolean(),
  rowVersion: z.number(),
  can: EvaluasiCan,
});
export type Evaluasi = z.infer<typeof Evaluasi>;

export const EvaluasiInput = z.object({
  rowVersion: z.number('wajib diisi').int().min(1, 'versi data tidak valid'),
  rhk: z.array(
    z.object({
      rhkId: Uuid('RHK'),
      rating: Rating,
      umpanBalik: z.string().trim().max(2000, 'paling banyak 2000 karakter').nullish(),
    }),
    'wajib diisi',
  ),
  /** Required, except for a kepala unit: theirs follows the unit's result and is set by the server. */
  ratingHasilKerja: Rating.nullish(),
  umpanBalikHasilKerja: z.string().trim().max(4000, 'paling banyak 4000 karakter').nullish(),
  perilaku: z.array(z.object({ kode: z.enum(BERAKHLAK_KODE, 'bukan nilai BerAKHLAK'), umpanBalik: Teks(2000) }), 'wajib diisi'),
  ratingPerilaku: Rating,
  umpanBalikPerilaku: z.string().trim().max(4000, 'paling banyak 4000 karakter').nullish(),
});
export type EvaluasiInput = z.infer<typeof EvaluasiInput>;

export const DiskusiInput = z.object({
  baik: Teks(4000),
  perbaikan: Teks(4000),
  rencanaPengembangan: z.array(Teks(500), 'wajib diisi').max(20, 'paling banyak 20 rencana'),
});
export type DiskusiInput = z.infer<typeof DiskusiInput>;

export const UnitParams = z.object({ unitId: z.uuid('id unit tidak valid') });

// Types of the schemas above, for the web app (import type).
export type Rating = z.infer<typeof Rating>;
export type Predikat = z.infer<typeof Predikat>;
export type Capaian = z.infer<typeof Capaian>;
export type PeriodeQuery = z.infer<typeof PeriodeQuery>;
export type UnitQuery = z.infer<typeof UnitQuery>;
export type KurvaQuery = z.infer<typeof KurvaQuery>;
export type FinalisasiResult = z.infer<typeof FinalisasiResult>;
export type CapaianQuery = z.infer<typeof CapaianQuery>;
export type UnitParams = z.infer<typeof UnitParams>;

// Named parts of the types above, for the web app (import type).
export type JenisPeriode = (typeof JENIS_PERIODE)[number];
export type StatusEvaluasi = (typeof STATUS_EVALUASI)[number];
export type EvaluasiRhk = Evaluasi['rhk'][number];
