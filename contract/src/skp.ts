import { z } from 'zod';
import { IdParams } from './common';

const teks = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);
const daftar = z.array(teks(500)).max(30, 'paling banyak 30 butir').default([]);

/** What the caller may do with one SKP (the policy computes it from the workflow; the web shows buttons from it). */
export const SkpCan = z.object({
  read: z.boolean(),
  ubah: z.boolean(),
  ekspektasi: z.boolean(),
  usulkanRhk: z.boolean(),
  komentar: z.boolean(),
  ajukan: z.boolean(),
  tarik: z.boolean(),
  tinjau: z.boolean(),
  setujui: z.boolean(),
  kembalikan: z.boolean(),
  tetapkan: z.boolean(),
  revisi: z.boolean(),
  batalkanRevisi: z.boolean(),
  dokumen: z.boolean(),
});
export type SkpCan = z.infer<typeof SkpCan>;

export const RowVersion = z.object({ rowVersion: z.number().int().min(1, 'versi data tidak valid') });

export const SkpCreateBody = z.object({
  tahun: z.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid'),
});

export const SkpUpdateBody = RowVersion.extend({
  pendekatan: z.enum(['KUANTITATIF', 'KUALITATIF']),
  dukunganSumberDaya: daftar,
  skemaPertanggungjawaban: daftar,
  konsekuensi: daftar,
});

export const IndikatorInput = z
  .object({
    aspek: z.enum(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']),
    uraian: teks(500),
    targetNilai: z
      .string()
      .trim()
      .regex(/^\d+([.,]\d+)?(\s*-\s*\d+([.,]\d+)?)?$/, 'harus berupa angka, misalnya 100 atau 80-100')
      .nullable()
      .default(null),
    targetSatuan: z.string().trim().max(60, 'paling banyak 60 karakter').nullable().default(null),
    targetTeks: z.string().trim().max(500, 'paling banyak 500 karakter').nullable().default(null),
  })
  .superRefine((v, ctx) => {
    // An indicator needs a target: a value with a unit, or a qualitative description.
    if (!v.targetNilai && !v.targetTeks)
      ctx.addIssue({ code: 'custom', path: ['targetNilai'], message: 'target wajib diisi (nilai dan satuan, atau uraian kualitatif)' });
    if (v.targetNilai && !v.targetSatuan)
      ctx.addIssue({ code: 'custom', path: ['targetSatuan'], message: 'satuan target wajib diisi' });
  });
export type IndikatorInput = z.infer<typeof IndikatorInput>;

export const RhkInput = RowVersion.extend({
  jenis: z.enum(['UTAMA', 'TAMBAHAN']),
  uraian: teks(1000),
  rhkAtasanId: z.uuid('harus berupa id RHK atasan').nullable().default(null),
  sasaranOrganisasiId: z.uuid('harus berupa id sasaran organisasi').nullable().default(null),
  perspektif: z
    .enum(['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'])
    .nullable()
    .default(null),
  indikator: z.array(IndikatorInput).min(1, 'paling sedikit satu indikator').max(10, 'paling banyak 10 indikator'),
});
export type RhkInput = z.infer<typeof RhkInput>;

export const KomentarInput = z.object({
  targetJenis: z.enum(['SKP', 'RHK', 'INDIKATOR']).default('SKP'),
  targetId: z.uuid('harus berupa id').nullable().default(null),
  pesan: teks(2000),
});
export type KomentarInput = z.infer<typeof KomentarInput>;

/** The pengelola kinerja's review (when the pemda asks for it), with an optional note. */
export const TinjauBody = RowVersion.extend({
  catatan: z.string().trim().max(2000, 'paling banyak 2000 karakter').nullable().default(null),
});
export type TinjauBody = z.input<typeof TinjauBody>;

export const KembalikanBody = RowVersion.extend({
  catatan: teks(2000),
  komentar: z.array(KomentarInput).max(50).default([]),
});

export const EkspektasiBody = RowVersion.extend({
  ekspektasi: z.record(z.string(), z.string().trim().max(1000, 'paling banyak 1000 karakter')),
});

export const RevisiBody = z.object({ alasan: teks(1000) });

export const TahunQuery = z.object({ tahun: z.coerce.number().int().min(2020).max(2100).optional() });

const Pihak = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  namaLengkap: z.string(),
  golongan: z.string(),
  jabatanNama: z.string(),
  unitNama: z.string(),
});

export const SkpDetail = z.object({
  id: z.uuid(),
  tahun: z.number(),
  versi: z.number(),
  status: z.string(),
  statusLabel: z.string(),
  pendekatan: z.string(),
  periodeMulai: z.string(),
  periodeSelesai: z.string(),
  rowVersion: z.number(),
  pegawai: Pihak,
  pejabatPenilai: Pihak.nullable(),
  denganPerspektif: z.boolean(),
  hasilKerja: z.array(
    z.object({
      id: z.uuid(),
      jenis: z.string(),
      uraian: z.string(),
      rhkAtasanId: z.uuid().nullable(),
      rhkAtasanUraian: z.string().nullable(),
      sasaranOrganisasiId: z.uuid().nullable(),
      /** Linked to the superior's RHK or to a Perjanjian Kinerja goal (needed to submit). */
      terhubung: z.boolean(),
      perspektif: z.string().nullable(),
      penugasanDari: z.string().nullable(),
      indikator: z.array(
        z.object({
          id: z.uuid(),
          aspek: z.string(),
          uraian: z.string(),
          targetNilai: z.string().nullable(),
          targetSatuan: z.string().nullable(),
          targetTeks: z.string().nullable(),
        }),
      ),
    }),
  ),
  perilaku: z.array(z.object({ kode: z.string(), nama: z.string(), indikator: z.array(z.string()), ekspektasi: z.string().nullable() })),
  lampiran: z.object({ dukunganSumberDaya: z.array(z.string()), skemaPertanggungjawaban: z.array(z.string()), konsekuensi: z.array(z.string()) }),
  /** The superior's RHK (from their latest SKP of the year) this SKP's RHK may intervene. */
  pilihanRhkAtasan: z.array(z.object({ id: z.uuid(), uraian: z.string(), jenis: z.string() })),
  /** For unit heads: the Perjanjian Kinerja goals of the units they lead, for the year. */
  pilihanSasaranOrganisasi: z.array(z.object({ id: z.uuid(), sasaran: z.string(), indikator: z.string(), target: z.string(), unitNama: z.string() })),
  dialog: z.array(
    z.object({
      id: z.uuid(),
      jenis: z.string(),
      targetJenis: z.string(),
      targetId: z.uuid().nullable(),
      pesan: z.string(),
      penulis: z.string().nullable(),
      waktu: z.string(),
    }),
  ),
  /** While the SKP is DIKEMBALIKAN: the pejabat penilai's note saying why it was returned (the latest return). */
  catatanPengembalian: z.object({ pesan: z.string(), penulis: z.string().nullable(), waktu: z.string() }).nullable(),
  dokumenHash: z.string().nullable(),
  can: SkpCan,
});
export type SkpDetail = z.infer<typeof SkpDetail>;

export const SkpRingkas = z.object({
  id: z.uuid(),
  tahun: z.number(),
  versi: z.number(),
  status: z.string(),
  statusLabel: z.string(),
  jumlahRhk: z.number(),
  diperbarui: z.string(),
});

export const TimItem = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  namaLengkap: z.string(),
  jabatanNama: z.string(),
  unitNama: z.string(),
  skp: SkpRingkas.extend({ jumlahIndikator: z.number(), rhkBelumTerhubung: z.number() }).nullable(),
  /** 'BELUM_DIBUAT' when there is no SKP for the year yet. */
  status: z.string(),
  statusLabel: z.string(),
});

export interface MatriksNode {
  rhkId: string;
  jenis: string;
  uraian: string;
  skpId: string;
  status: string;
  pegawai: { pegawaiId: string; nama: string; nip: string; jabatanNama: string };
  /** Subordinates' RHK that intervene this one. */
  anak: MatriksNode[];
}
const MatriksNodeSchema: z.ZodType<MatriksNode> = z.lazy(() =>
  z.object({
    rhkId: z.uuid(),
    jenis: z.string(),
    uraian: z.string(),
    skpId: z.uuid(),
    status: z.string(),
    pegawai: z.object({ pegawaiId: z.uuid(), nama: z.string(), nip: z.string(), jabatanNama: z.string() }),
    anak: z.array(MatriksNodeSchema),
  }),
);
export const Matriks = z.object({
  skpId: z.uuid(),
  tahun: z.number(),
  rhk: z.array(MatriksNodeSchema),
  /** The SKP's own RHK that no subordinate's RHK intervenes yet ("RHK yang tidak ada pelaksananya"). */
  rhkTanpaPelaksana: z.number(),
  /** Subordinates whose SKP has no RHK intervening any of these RHK. */
  bawahanBelumTerhubung: z.array(z.object({ pegawaiId: z.uuid(), nama: z.string(), status: z.string() })),
});

export const RhkParams = IdParams.extend({ rhkId: z.uuid('id RHK tidak valid') });
export const RowVersionQuery = z.object({ rowVersion: z.coerce.number().int().min(1, 'versi data tidak valid') });
export const EkspektasiTimBody = z.object({
  tahun: z.number().int().min(2020).max(2100),
  ekspektasi: z.record(z.string(), z.string().trim().max(1000, 'paling banyak 1000 karakter')),
});
export const EkspektasiTimResult = z.object({ diperbarui: z.number(), dilewati: z.number() });
export type EkspektasiTimResult = z.infer<typeof EkspektasiTimResult>;

// Types of the schemas above, for the web app (import type).
export type RowVersion = z.infer<typeof RowVersion>;
export type SkpCreateBody = z.infer<typeof SkpCreateBody>;
export type SkpUpdateBody = z.infer<typeof SkpUpdateBody>;
export type KembalikanBody = z.infer<typeof KembalikanBody>;
export type EkspektasiBody = z.infer<typeof EkspektasiBody>;
export type RevisiBody = z.infer<typeof RevisiBody>;
export type TahunQuery = z.infer<typeof TahunQuery>;
export type SkpRingkas = z.infer<typeof SkpRingkas>;
export type TimItem = z.infer<typeof TimItem>;
export type Matriks = z.infer<typeof Matriks>;
export type RhkParams = z.infer<typeof RhkParams>;
export type RowVersionQuery = z.infer<typeof RowVersionQuery>;
export type EkspektasiTimBody = z.infer<typeof EkspektasiTimBody>;


// Named parts of the responses above, for the web app (import type).
export type SkpPihak = z.infer<typeof Pihak>;
export type SkpRhk = SkpDetail['hasilKerja'][number];
export type SkpIndikator = SkpRhk['indikator'][number];
export type SkpLampiran = SkpDetail['lampiran'];
export type SkpDialog = SkpDetail['dialog'][number];
export type SasaranOrganisasiPilihan = SkpDetail['pilihanSasaranOrganisasi'][number];
