import { z } from 'zod';
import { HASIL_PERBAIKAN, JENIS_JABATAN, JENIS_KASUS, JENIS_PENGHARGAAN, JENIS_SANKSI, KASUS_STATES, KRITERIA_PERINGKAT, PREDIKATS, isPredikatMinimumPenghargaan, RATINGS, RONDE_PENGHARGAAN_STATES, RencanaPerbaikanSchema } from '@capaian/domain';

/** Who a ranking compares: the whole pemda, one perangkat daerah, or one unit (with the units below it). */
export const LINGKUP_PERINGKAT = ['PEMDA', 'PERANGKAT_DAERAH', 'UNIT'] as const;
export type LingkupPeringkat = (typeof LINGKUP_PERINGKAT)[number];

export const PeringkatQuery = z
  .object({
    periodeId: z.uuid('harus berupa id periode'),
    lingkup: z.enum(LINGKUP_PERINGKAT, { error: 'harus PEMDA, PERANGKAT_DAERAH atau UNIT' }).default('PEMDA'),
    /** The perangkat daerah or unit (required unless lingkup is PEMDA). */
    unitId: z.uuid('harus berupa id unit').optional(),
    halaman: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(100_000, 'terlalu besar').default(1),
    ukuran: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(500, 'paling banyak 500').default(50),
    /** Only the rows of this text in name or NIP (the rank stays the one in the whole group). */
    q: z.string().trim().max(100, 'paling panjang 100 karakter').optional(),
  })
  .refine((v) => v.lingkup === 'PEMDA' || v.unitId !== undefined, { error: 'pilih perangkat daerah atau unit', path: ['unitId'] });
export type PeringkatQuery = z.infer<typeof PeringkatQuery>;

export const BarisPeringkat = z.object({
  peringkat: z.number().int(),
  /** Shares its rank with another pegawai (equal on the predikat and every tie-break). */
  seri: z.boolean(),
  evaluasiId: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string() }),
  jabatan: z.string().nullable(),
  jenisJabatan: z.enum(JENIS_JABATAN).nullable(),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  perangkatDaerah: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  predikat: z.enum(PREDIKATS),
  ratingHasilKerja: z.enum(RATINGS),
  ratingPerilaku: z.enum(RATINGS),
  rhkDiAtas: z.number().int(),
  rhkDiBawah: z.number().int(),
  rhkJumlah: z.number().int(),
});
export type BarisPeringkat = z.infer<typeof BarisPeringkat>;

export const PeringkatResponse = z.object({
  periode: z.object({ id: z.uuid(), label: z.string(), jenis: z.string(), tahun: z.number().int() }),
  lingkup: z.enum(LINGKUP_PERINGKAT),
  /** The perangkat daerah or unit ranked (null for the pemda). */
  unit: z.object({ id: z.uuid(), nama: z.string(), induk: z.string().nullable() }).nullable(),
  /** The tie-breaks after the predikat, in order, as the pemda set them. */
  kriteria: z.array(z.object({ kode: z.enum(KRITERIA_PERINGKAT), label: z.string() })),
  dasarHukum: z.string(),
  /** Pegawai with a final result in the group (all ranked). */
  jumlah: z.number().int(),
  /** Evaluations of the group not final yet (not ranked). */
  belumFinal: z.number().int(),
  /** Rows after the `q` filter (the page is taken from these). */
  jumlahTersaring: z.number().int(),
  halaman: z.number().int(),
  ukuran: z.number().int(),
  baris: z.array(BarisPeringkat),
});
export type PeringkatResponse = z.infer<typeof PeringkatResponse>;

export const LaporanTahunanQuery = z.object({
  tahun: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(2000, 'paling awal 2000').max(2100, 'paling akhir 2100'),
});
export type LaporanTahunanQuery = z.infer<typeof LaporanTahunanQuery>;

const Distribusi = z.object(Object.fromEntries(PREDIKATS.map((p) => [p, z.number().int()])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>);
export type Distribusi = z.infer<typeof Distribusi>;

const BarisDistribusi = z.object({
  /** The perangkat daerah's or jabatan type's id/code. */
  kunci: z.string(),
  nama: z.string(),
  jumlah: z.number().int(),
  distribusi: Distribusi,
  /** The same group last year (null when it had no final annual results). */
  tahunLalu: z.object({ jumlah: z.number().int(), distribusi: Distribusi }).nullable(),
});

export const LaporanTahunanResponse = z.object({
  tahun: z.number().int(),
  /** The annual period of the year (null: none opened yet). */
  periode: z.object({ id: z.uuid(), label: z.string(), status: z.string() }).nullable(),
  dasarHukum: z.string(),
  total: z.object({ jumlah: z.number().int(), distribusi: Distribusi, belumFinal: z.number().int() }),
  totalTahunLalu: z.object({ jumlah: z.number().int(), distribusi: Distribusi }).nullable(),
  perPerangkatDaerah: z.array(BarisDistribusi),
  perJenisJabatan: z.array(BarisDistribusi),
});
export type LaporanTahunanResponse = z.infer<typeof LaporanTahunanResponse>;

// --- Pembinaan: cases the rules propose and people decide ----------------------------------------

export const LINGKUP_KASUS = ['SAYA', 'TIM', 'SEMUA'] as const;

export const KasusListQuery = z.object({
  /** SAYA: my own cases; TIM: my subordinates' (as their pejabat penilai); SEMUA: the pemda's (BKPSDM, pimpinan). */
  lingkup: z.enum(LINGKUP_KASUS, { error: 'harus SAYA, TIM atau SEMUA' }).default('SAYA'),
  status: z.enum(KASUS_STATES, { error: 'status tidak dikenal' }).optional(),
  jenis: z.enum(JENIS_KASUS, { error: 'jenis tidak dikenal' }).optional(),
  halaman: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(100_000, 'terlalu besar').default(1),
  ukuran: z.coerce.number({ error: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'paling kecil 1').max(200, 'paling banyak 200').default(50),
});
export type KasusListQuery = z.infer<typeof KasusListQuery>;

export const KasusCan = z.object({
  tindakLanjuti: z.boolean(),
  abaikan: z.boolean(),
  checkIn: z.boolean(),
  selesaikan: z.boolean(),
  akui: z.boolean(),
});
export type KasusCan = z.infer<typeof KasusCan>;

const CatatanCheckIn = z.object({ tanggal: z.string(), catatan: z.string(), oleh: z.string(), at: z.string() });

export const Kasus = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string(), jabatan: z.string().nullable(), unit: z.string().nullable() }),
  jenis: z.enum(JENIS_KASUS),
  kodeAturan: z.string(),
  dasarHukum: z.string(),
  alasan: z.string(),
  evaluasiIds: z.array(z.uuid()),
  rentang: z.string().nullable(),
  nilai: z.number().int().nullable(),
  status: z.enum(KASUS_STATES),
  /** Who handles it: the pejabat penilai (a rencana perbaikan) or BKPSDM. */
  penangan: z.enum(['pejabat_penilai', 'admin_bkpsdm']),
  rencana: RencanaPerbaikanSchema.nullable(),
  /** BKPSDM's follow-up note (cases other than a rencana perbaikan). */
  catatanTindakLanjut: z.string().nullable(),
  catatanCheckIn: z.array(CatatanCheckIn),
  hasil: z.enum(HASIL_PERBAIKAN).nullable(),
  catatanAkhir: z.string().nullable(),
  ditanganiOleh: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  diakuiAt: z.string().nullable(),
  rowVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: KasusCan,
});
export type Kasus = z.infer<typeof Kasus>;

export const KasusList = z.object({ items: z.array(Kasus), total: z.number().int(), halaman: z.number().int(), ukuran: z.number().int() });
export type KasusList = z.infer<typeof KasusList>;

const RowVersion = z.number({ error: 'wajib diisi' }).int('harus bilangan bulat').min(1, 'tidak valid');
const Teks = (maks: number) => z.string({ error: 'wajib diisi' }).trim().min(1, 'wajib diisi').max(maks, `paling panjang ${maks} karakter`);

/** Follow a case up: a rencana perbaikan (the superior, for RENCANA_PERBAIKAN) or a note (BKPSDM, the other kinds). */
export const TindakLanjutiInput = z.object({ rowVersion: RowVersion, rencana: RencanaPerbaikanSchema.optional(), catatan: Teks(2000).optional() });
export type TindakLanjutiInput = z.infer<typeof TindakLanjutiInput>;
export const AbaikanInput = z.object({ rowVersion: RowVersion, alasan: Teks(1000) });
export type AbaikanInput = z.infer<typeof AbaikanInput>;
export const CheckInInput = z.object({ rowVersion: RowVersion, tanggal: z.iso.date('harus berupa tanggal TTTT-BB-HH'), catatan: Teks(2000) });
export type CheckInInput = z.infer<typeof CheckInInput>;
export const SelesaikanInput = z.object({ rowVersion: RowVersion, hasil: z.enum(HASIL_PERBAIKAN, { error: 'harus BERHASIL atau TIDAK_BERHASIL' }), catatan: Teks(2000) });
export type SelesaikanInput = z.infer<typeof SelesaikanInput>;

// --- Penghargaan: award rounds on a period's final results ----------------------------------------

export const RondeBaru = z.object({
  nama: Teks(200),
  periodeId: z.uuid('harus berupa id periode'),
  /** A perangkat daerah (its head runs rounds for their own staff); omitted: the whole pemda (BKPSDM). */
  unitId: z.uuid('harus berupa id unit').optional(),
  /** Default: the pemda's setting (aturan penilaian, tindak lanjut). */
  predikatMinimum: z.enum(PREDIKATS, { error: 'predikat tidak dikenal' }).refine(isPredikatMinimumPenghargaan, { error: 'paling rendah Baik' }).optional(),
});
export type RondeBaru = z.infer<typeof RondeBaru>;

export const RondeCan = z.object({ tambahCalon: z.boolean(), hapusCalon: z.boolean(), putuskan: z.boolean() });

export const Penghargaan = z.object({
  id: z.uuid(),
  rondeId: z.uuid(),
  ronde: z.string(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string(), jabatan: z.string().nullable() }),
  evaluasiId: z.uuid(),
  predikat: z.enum(PREDIKATS).nullable(),
  jenis: z.enum(JENIS_PENGHARGAAN),
  alasan: z.string().nullable(),
  /** Given: the round is decided (then the decision's number and date apply, and the piagam can be printed). */
  diberikan: z.boolean(),
  nomorKeputusan: z.string().nullable(),
  tanggalKeputusan: z.string().nullable(),
});
export type Penghargaan = z.infer<typeof Penghargaan>;

export const Ronde = z.object({
  id: z.uuid(),
  nama: z.string(),
  periode: z.object({ id: z.uuid(), label: z.string() }),
  unit: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  predikatMinimum: z.enum(PREDIKATS),
  status: z.enum(RONDE_PENGHARGAAN_STATES),
  nomorKeputusan: z.string().nullable(),
  tanggalKeputusan: z.string().nullable(),
  dasarHukum: z.string(),
  calon: z.array(Penghargaan),
  rowVersion: z.number().int(),
  can: RondeCan,
});
export type Ronde = z.infer<typeof Ronde>;

export const RondeList = z.object({
  items: z.array(z.object({ id: z.uuid(), nama: z.string(), periode: z.string(), unit: z.string().nullable(), status: z.enum(RONDE_PENGHARGAAN_STATES), jumlahCalon: z.number().int() })),
});
export type RondeList = z.infer<typeof RondeList>;

/** The results a round could take: final, in its scope, at or above its minimum; with the tim penilai's recommendations. */
export const UsulanPenghargaan = z.object({
  items: z.array(
    z.object({
      pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string(), jabatan: z.string().nullable(), unit: z.string() }),
      evaluasiId: z.uuid(),
      predikat: z.enum(PREDIKATS),
      peringkat: z.number().int(),
      /** The tim penilai recommended an award for this result's period. */
      rekomendasiTim: z.string().nullable(),
      sudahCalon: z.boolean(),
    }),
  ),
});
export type UsulanPenghargaan = z.infer<typeof UsulanPenghargaan>;

export const CalonBaru = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  jenis: z.enum(JENIS_PENGHARGAAN, { error: 'jenis penghargaan tidak dikenal' }),
  alasan: z.string().trim().max(1000, 'paling panjang 1000 karakter').optional(),
});
export type CalonBaru = z.infer<typeof CalonBaru>;

export const PutuskanRonde = z.object({
  rowVersion: RowVersion,
  nomorKeputusan: Teks(100),
  tanggalKeputusan: z.iso.date('harus berupa tanggal TTTT-BB-HH'),
});
export type PutuskanRonde = z.infer<typeof PutuskanRonde>;

export const PenghargaanQuery = z.object({ lingkup: z.enum(['SAYA', 'TIM'], { error: 'harus SAYA atau TIM' }).default('SAYA') });
export const PenghargaanList = z.object({ items: z.array(Penghargaan) });
export type PenghargaanList = z.infer<typeof PenghargaanList>;

// --- Sanksi: recorded by BKPSDM as an authorised official imposed it; never applied by the system ---

export const SanksiBaru = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  /** The pembinaan case it follows from. */
  kasusId: z.uuid('harus berupa id kasus').optional(),
  jenis: z.enum(JENIS_SANKSI, { error: 'jenis sanksi tidak dikenal' }),
  dasarHukum: Teks(300),
  nomor: Teks(100),
  tanggal: z.iso.date('harus berupa tanggal TTTT-BB-HH'),
  pejabatNama: Teks(200),
  pejabatJabatan: Teks(200),
  uraian: Teks(2000),
});
export type SanksiBaru = z.infer<typeof SanksiBaru>;

export const KoreksiSanksi = SanksiBaru.omit({ pegawaiId: true, kasusId: true }).extend({ alasanKoreksi: Teks(1000) });
export type KoreksiSanksi = z.infer<typeof KoreksiSanksi>;

export const Sanksi = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string(), nip: z.string() }),
  kasusId: z.uuid().nullable(),
  jenis: z.enum(JENIS_SANKSI),
  dasarHukum: z.string(),
  nomor: z.string(),
  tanggal: z.string(),
  pejabatNama: z.string(),
  pejabatJabatan: z.string(),
  uraian: z.string(),
  dicatatOleh: z.string().nullable(),
  diakuiAt: z.string().nullable(),
  /** This record corrects an earlier one (kept, marked corrected). */
  koreksiDari: z.uuid().nullable(),
  alasanKoreksi: z.string().nullable(),
  /** Replaced by a correction: no longer in force, kept in the history. */
  dikoreksiOleh: z.uuid().nullable(),
  createdAt: z.string(),
  can: z.object({ akui: z.boolean(), koreksi: z.boolean() }),
});
export type Sanksi = z.infer<typeof Sanksi>;

export const SanksiQuery = z.object({
  lingkup: z.enum(LINGKUP_KASUS, { error: 'harus SAYA, TIM atau SEMUA' }).default('SAYA'),
  pegawaiId: z.uuid('harus berupa id pegawai').optional(),
});
export type SanksiQuery = z.infer<typeof SanksiQuery>;
export const SanksiList = z.object({ items: z.array(Sanksi) });
export type SanksiList = z.infer<typeof SanksiList>;
