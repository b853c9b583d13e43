/**
 * The homes per role and the BKPSDM command centre. Every figure is an `Angka`: its value and the
 * query of the list behind it (GET /beranda/daftar), which the server answers with the same SQL,
 * so a figure and its list never disagree. Rules (stage, attention, rater flags) are in @capaian/domain.
 */
import { z } from 'zod';
import { ALASAN_PERHATIAN, BENDERA_PENILAI, PREDIKATS, TAHAP_SIKLUS } from '@capaian/domain';

export const INDIKATOR = [
  'SKP_MENUNGGU',
  'SKP_BELUM',
  'SKP_DISETUJUI',
  'BELUM_LAPOR',
  'SUDAH_LAPOR',
  'MENUNGGU_UMPAN_BALIK',
  'PENILAIAN_BELUM',
  'PENILAIAN_SELESAI',
  'PREDIKAT',
  'PERLU_PERHATIAN',
] as const;
export type Indikator = (typeof INDIKATOR)[number];

/** tim: the caller's own subordinates; unit: a unit and everything below it; pemda: the whole instansi. */
export const LINGKUP = ['tim', 'unit', 'pemda'] as const;
export type Lingkup = (typeof LINGKUP)[number];

const Tahun = z.coerce.number('harus berupa tahun').int('harus berupa tahun').min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid');
const Bulan = z.coerce.number('harus berupa bulan').int('harus berupa bulan').min(1, 'bulan 1–12').max(12, 'bulan 1–12');

/** The query of the list behind a figure (also what a figure links to). */
export const DaftarFilter = z.object({
  indikator: z.enum(INDIKATOR, 'indikator tidak dikenal'),
  lingkup: z.enum(LINGKUP, 'harus tim, unit atau pemda'),
  unitId: z.uuid('harus berupa id unit').optional(),
  tahun: Tahun.optional(),
  bulan: Bulan.optional(),
  periodeId: z.uuid('harus berupa id periode').optional(),
  predikat: z.enum(PREDIKATS, 'predikat tidak dikenal').optional(),
});
export type DaftarFilter = z.infer<typeof DaftarFilter>;

export const DaftarQuery = DaftarFilter.extend({
  page: z.coerce.number('harus berupa angka').int().min(1, 'paling kecil 1').default(1),
  pageSize: z.coerce.number('harus berupa angka').int().min(1, 'paling kecil 1').max(100, 'paling besar 100').default(25),
});
export type DaftarQuery = z.infer<typeof DaftarQuery>;

export const DaftarItem = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  jabatan: z.string(),
  unit: z.string(),
  /** What the row counts (entries waiting for feedback; 1 otherwise). */
  jumlah: z.number().int(),
  /** Where the row leads: the SKP, the evaluation, the progress list. */
  tautan: z.string().nullable(),
});
export type DaftarItem = z.infer<typeof DaftarItem>;

export const DaftarResult = z.object({
  judul: z.string(),
  items: z.array(DaftarItem),
  /** Rows in the whole list. */
  total: z.number().int(),
  /** The sum of `jumlah` over the whole list: the figure the list is behind. */
  jumlah: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DaftarResult = z.infer<typeof DaftarResult>;

/** A figure and the list behind it. */
export const Angka = z.object({ nilai: z.number().int(), daftar: DaftarFilter });
export type Angka = z.infer<typeof Angka>;

const Tenggat = z.object({ label: z.string(), tanggal: z.string(), lewat: z.boolean(), tautan: z.string().nullable() });
export type Tenggat = z.infer<typeof Tenggat>;

// ---------------------------------------------------------------------------------------------
// The pegawai's home

export const BerandaSaya = z.object({
  tahun: z.number().int(),
  bulan: z.number().int(),
  hariIni: z.string(),
  skp: z.object({ id: z.uuid(), status: z.string(), statusLabel: z.string() }).nullable(),
  progres: z.object({
    /** This month's rencana aksi of the SKP in force, those whose target is reached, and entries. */
    rencanaAksi: z.number().int(),
    tercapai: z.number().int(),
    entri: z.number().int(),
    terakhirLapor: z.string().nullable(),
  }),
  umpanBalikBaru: z.number().int(),
  tenggat: z.array(Tenggat),
  hasilTerakhir: z
    .object({
      evaluasiId: z.uuid(),
      periode: z.string(),
      predikat: z.enum(PREDIKATS),
      keberatan: z.object({ sampai: z.string(), terbuka: z.boolean() }).nullable(),
    })
    .nullable(),
});
export type BerandaSaya = z.infer<typeof BerandaSaya>;

// ---------------------------------------------------------------------------------------------
// The pejabat penilai's home

const DistribusiAngka = z.object(Object.fromEntries(PREDIKATS.map((p) => [p, Angka])) as Record<(typeof PREDIKATS)[number], typeof Angka>);

export const PenilaianTerbuka = z.object({
  periodeId: z.uuid(),
  periode: z.string(),
  batasPenilaian: z.string(),
  lewat: z.boolean(),
  belum: Angka,
  selesai: Angka,
  distribusi: DistribusiAngka,
});

export const BerandaPenilai = z.object({
  tahun: z.number().int(),
  bulan: z.number().int(),
  jumlahBawahan: z.number().int(),
  skpMenunggu: Angka,
  belumLapor: Angka,
  menungguUmpanBalik: Angka,
  penilaian: z.array(PenilaianTerbuka),
});
export type BerandaPenilai = z.infer<typeof BerandaPenilai>;

// ---------------------------------------------------------------------------------------------
// The leaders' home (kepala perangkat daerah, sekda)

export const PimpinanQuery = z.object({ unitId: z.uuid('harus berupa id unit').optional() });
export type PimpinanQuery = z.infer<typeof PimpinanQuery>;

const Cakupan = z.object({ unitId: z.uuid().nullable(), nama: z.string() });

export const BarisUnitPimpinan = z.object({
  unitId: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  /** The parent's name, so two "Sekretariat" are never confused. */
  induk: z.string().nullable(),
  pegawai: z.number().int(),
  skpDisetujui: Angka,
  sudahLapor: Angka,
  belumLapor: Angka,
  /** Per month of the year so far: the share (%) of pegawai who reported progress. */
  tren: z.array(z.number()),
  distribusi: DistribusiAngka,
  perhatian: z.array(z.enum(ALASAN_PERHATIAN)),
});
export type BarisUnitPimpinan = z.infer<typeof BarisUnitPimpinan>;

export const BerandaPimpinan = z.object({
  cakupan: Cakupan,
  pilihan: z.array(Cakupan),
  tahun: z.number().int(),
  bulan: z.number().int(),
  /** The period whose predikat are shown: the latest with final results in the year. */
  periode: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  ringkasan: z.object({
    pegawai: z.number().int(),
    skpDisetujui: Angka,
    skpBelum: Angka,
    sudahLapor: Angka,
    belumLapor: Angka,
    perluPerhatian: Angka,
  }),
  unit: z.array(BarisUnitPimpinan),
  layananPublik: z.array(z.object({ titikId: z.uuid(), nama: z.string(), unit: z.string(), jawaban: z.number().int(), rataRata: z.number().nullable() })),
});
export type BerandaPimpinan = z.infer<typeof BerandaPimpinan>;

// ---------------------------------------------------------------------------------------------
// The BKPSDM command centre

export const BarisPerangkatDaerah = z.object({
  unitId: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  pegawai: z.number().int(),
  skpDisetujui: Angka,
  skpBelum: Angka,
  penilaianSelesai: Angka.nullable(),
  penilaianBelum: Angka.nullable(),
});
export type BarisPerangkatDaerah = z.infer<typeof BarisPerangkatDaerah>;

export const PusatKendali = z.object({
  tahun: z.number().int(),
  hariIni: z.string(),
  tahap: z.object({ tahap: z.enum(TAHAP_SIKLUS), label: z.string(), tenggat: Tenggat.nullable() }),
  periode: z.object({ id: z.uuid(), label: z.string(), batasPenilaian: z.string() }).nullable(),
  ringkasan: z.object({
    pegawai: z.number().int(),
    skpDisetujui: Angka,
    skpBelum: Angka,
    penilaianSelesai: Angka.nullable(),
    penilaianBelum: Angka.nullable(),
    keberatanTerbuka: z.number().int(),
    keberatanLewat: z.number().int(),
  }),
  perangkatDaerah: z.array(BarisPerangkatDaerah),
});
export type PusatKendali = z.infer<typeof PusatKendali>;

export const HalamanQuery = z.object({
  page: z.coerce.number('harus berupa angka').int().min(1, 'paling kecil 1').default(1),
  pageSize: z.coerce.number('harus berupa angka').int().min(1, 'paling kecil 1').max(100, 'paling besar 100').default(25),
});

export const PenilaiQuery = HalamanQuery.extend({ perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional() });
export type PenilaiQuery = z.infer<typeof PenilaiQuery>;

export const BarisPenilai = z.object({
  penilai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string(), unit: z.string() }),
  skpMenunggu: z.number().int(),
  skpDisetujui: z.number().int(),
  penilaianTotal: z.number().int(),
  penilaianSelesai: z.number().int(),
});
export const PenilaiPage = z.object({ periode: z.object({ id: z.uuid(), label: z.string() }).nullable(), items: z.array(BarisPenilai), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type PenilaiPage = z.infer<typeof PenilaiPage>;

export const RegisterKeberatanQuery = HalamanQuery.extend({ status: z.enum(['terbuka', 'diputus', 'semua'], 'harus terbuka, diputus atau semua').default('terbuka') });
export type RegisterKeberatanQuery = z.infer<typeof RegisterKeberatanQuery>;
export const BarisKeberatan = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), unit: z.string() }),
  periode: z.string(),
  status: z.string(),
  hasil: z.string().nullable(),
  diajukanAt: z.string(),
  /** When the decision is due (the pemda's target) and whether it is overdue. */
  batasPutusan: z.string(),
  lewat: z.boolean(),
  pemutus: z.string().nullable(),
});
export const RegisterKeberatan = z.object({ items: z.array(BarisKeberatan), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type RegisterKeberatan = z.infer<typeof RegisterKeberatan>;

export const PengingatTerlambatResult = z.object({ skp: z.number().int(), penilaian: z.number().int() });
export type PengingatTerlambatResult = z.infer<typeof PengingatTerlambatResult>;

// ---------------------------------------------------------------------------------------------
// Rater analytics

export const AnalitikQuery = z.object({
  periodeId: z.uuid('harus berupa id periode').optional(),
  perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional(),
});
export type AnalitikQuery = z.infer<typeof AnalitikQuery>;

const Distribusi = z.object(Object.fromEntries(PREDIKATS.map((p) => [p, z.number().int()])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>);

export const BarisAnalitik = z.object({
  penilai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), unit: z.string() }),
  distribusi: Distribusi,
  jumlah: z.number().int(),
  rataRata: z.number().nullable(),
  selisih: z.number().nullable(),
  /** The mean capaian organisasi score of the rater's units (5 Istimewa … 1 Sangat Kurang). */
  skorCapaianUnit: z.number().nullable(),
  halo: z.number().nullable(),
  koreksi: z.number().int(),
  keberatan: z.number().int(),
  keberatanDiubah: z.number().int(),
  bendera: z.array(z.enum(BENDERA_PENILAI)),
});
export type BarisAnalitik = z.infer<typeof BarisAnalitik>;

export const AnalitikPenilai = z.object({
  periode: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  /** all: every rater of the pemda (BKPSDM, pimpinan, tim penilai); sendiri: the caller's own row only. */
  cakupan: z.enum(['semua', 'sendiri']),
  pemda: z.object({ distribusi: Distribusi, jumlah: z.number().int(), rataRata: z.number().nullable() }),
  perangkatDaerah: z.array(z.object({ unitId: z.uuid(), nama: z.string(), distribusi: Distribusi, jumlah: z.number().int(), rataRata: z.number().nullable() })),
  penilai: z.array(BarisAnalitik),
});
export type AnalitikPenilai = z.infer<typeof AnalitikPenilai>;

// ---------------------------------------------------------------------------------------------
// Navigation: what the menu and the homes may show, decided on the server (no page is opened only to be refused)

export const Navigasi = z.object({
  /** Has subordinates today (the team pages and the pejabat penilai's home). */
  tim: z.boolean(),
  /** Sits on a tim penilai kinerja this year. */
  timPenilai: z.boolean(),
  /** May open the SKP templates. */
  templat: z.boolean(),
  /** Has a leader's home (heads a perangkat daerah, or sees the pemda). */
  pimpinan: z.boolean(),
  /** Heads a perangkat daerah (definitively or as Plt/Plh), the sekretariat daerah included. */
  kepalaPerangkatDaerah: z.boolean(),
  /** BKPSDM's command centre. */
  pusatKendali: z.boolean(),
  /** Rater analytics: every rater, only one's own, or none (no ratings to show). */
  analitik: z.enum(['semua', 'sendiri']).nullable(),
});
export type Navigasi = z.infer<typeof Navigasi>;
