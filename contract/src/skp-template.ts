import { z } from 'zod';
import { IndikatorInput } from './skp';

const teks = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);

/** A default rencana aksi of a template RHK: created for the RHK when the template is applied. */
export const TemplateRencanaAksi = z.object({
  /** Period number in the instansi's periode kinerja (1–12 months, 1–4 quarters, 1–2 semesters). */
  periode: z.number('harus berupa angka periode').int('harus bilangan bulat').min(1, 'periode paling kecil 1').max(12, 'periode paling besar 12'),
  uraian: teks(1000),
  target: z.number('harus berupa angka').int('harus bilangan bulat').min(0, 'tidak boleh negatif').nullable().optional(),
  satuan: z.string().trim().max(60, 'paling banyak 60 karakter').nullable().optional(),
});

/** One RHK of a template: the same rules as an RHK typed into an SKP (indicators reuse `IndikatorInput`). */
export const TemplateRhk = z.object({
  jenis: z.enum(['UTAMA', 'TAMBAHAN']),
  uraian: teks(1000),
  indikator: z.array(IndikatorInput).min(1, 'paling sedikit satu indikator').max(10, 'paling banyak 10 indikator'),
  rencanaAksi: z.array(TemplateRencanaAksi).max(24, 'paling banyak 24 rencana aksi').optional(),
});
export type TemplateRhk = z.infer<typeof TemplateRhk>;

export const TemplateIsi = z.array(TemplateRhk).min(1, 'paling sedikit satu RHK').max(30, 'paling banyak 30 RHK');
export type TemplateIsi = z.infer<typeof TemplateIsi>;

export const TemplateInput = z.object({
  nama: teks(200),
  /** The jabatan name it applies to (matched case-insensitively), e.g. "Perawat Ahli Pertama". */
  jabatanNama: teks(200),
  /** A unit and the units below it; null for the whole instansi (BKPSDM only). */
  unitId: z.uuid('harus berupa id unit kerja').nullable().default(null),
  isi: TemplateIsi,
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export const TerapkanBody = z.object({
  tahun: z.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid'),
  /** A subset of the targets; all targets when omitted. */
  pegawaiIds: z.array(z.uuid('harus berupa id pegawai')).min(1, 'paling sedikit satu pegawai').max(5000, 'paling banyak 5000 pegawai').optional(),
});
export type TerapkanBody = z.infer<typeof TerapkanBody>;

export const SasaranQuery = z.object({ tahun: z.coerce.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid').optional() });

const TemplateCan = z.object({ read: z.boolean(), ubah: z.boolean(), hapus: z.boolean(), terapkan: z.boolean() });

const IsiOut = z.array(
  z.object({
    jenis: z.string(),
    uraian: z.string(),
    indikator: z.array(
      z.object({ aspek: z.string(), uraian: z.string(), targetNilai: z.string().nullable(), targetSatuan: z.string().nullable(), targetTeks: z.string().nullable() }),
    ),
    rencanaAksi: z.array(z.object({ periode: z.number(), uraian: z.string(), target: z.number().nullable().optional(), satuan: z.string().nullable().optional() })).optional(),
  }),
);

export const TemplateRingkas = z.object({
  id: z.uuid(),
  nama: z.string(),
  jabatanNama: z.string(),
  unitId: z.uuid().nullable(),
  unitNama: z.string().nullable(),
  jumlahRhk: z.number(),
  jumlahIndikator: z.number(),
  diperbarui: z.string(),
  can: TemplateCan,
});
export type TemplateRingkas = z.infer<typeof TemplateRingkas>;

export const TemplateList = z.object({
  items: z.array(TemplateRingkas),
  /** Whether the caller may create templates, and whether for the whole instansi (unit_id null). */
  can: z.object({ buat: z.boolean(), seluruhInstansi: z.boolean() }),
});

export const TemplateDetail = TemplateRingkas.extend({ isi: IsiOut, dibuatOleh: z.string().nullable() });
export type TemplateDetail = z.infer<typeof TemplateDetail>;

export const SasaranItem = z.object({
  pegawaiId: z.uuid(),
  nip: z.string(),
  namaLengkap: z.string(),
  jabatanNama: z.string(),
  unitNama: z.string(),
  skp: z.object({ id: z.uuid(), versi: z.number(), status: z.string(), statusLabel: z.string() }).nullable(),
  /** What applying would do: BUAT (new draft), TAMBAH (append to the draft), LEWATI (skipped). */
  tindakan: z.enum(['BUAT', 'TAMBAH', 'LEWATI']),
  alasan: z.string().nullable(),
});
export type SasaranItem = z.infer<typeof SasaranItem>;

export const SasaranResponse = z.object({ tahun: z.number(), items: z.array(SasaranItem) });

export const TerapkanResponse = z.object({
  dibuat: z.number(),
  ditambahkan: z.number(),
  dilewati: z.array(z.object({ pegawaiId: z.uuid(), nama: z.string(), alasan: z.string() })),
});
export type TerapkanResponse = z.infer<typeof TerapkanResponse>;

// Types of the schemas above, for the web app (import type).
export type TemplateRencanaAksi = z.infer<typeof TemplateRencanaAksi>;
export type SasaranQuery = z.infer<typeof SasaranQuery>;
export type TemplateList = z.infer<typeof TemplateList>;
export type SasaranResponse = z.infer<typeof SasaranResponse>;
/** What applying a template would do for one pegawai. */
export type Tindakan = SasaranItem['tindakan'];
/** POST/PUT /skp-template as a client sends it (defaulted fields may be left out). */
export type TemplateBody = z.input<typeof TemplateInput>;
