import { BERAKHLAK_KODE, HUBUNGAN_360, Skor360Schema, STATUS_NOMINASI_360 } from '@capaian/domain';
import { z } from 'zod';


export const PERAN_NOMINASI = ['saya', 'setujui', 'jawab'] as const;

export const NominasiQuery = z.object({
  periodeId: z.uuid('harus berupa id periode penilaian').optional(),
  /** saya: whom I nominated; setujui: nominations of my bawahan to approve; jawab: questionnaires I am asked to fill. */
  peran: z.enum(PERAN_NOMINASI, 'harus saya, setujui atau jawab').default('saya'),
});
export type NominasiQuery = z.infer<typeof NominasiQuery>;

export const KandidatQuery = z.object({
  periodeId: z.uuid('harus berupa id periode penilaian'),
  hubungan: z.enum(['REKAN', 'BAWAHAN'], 'harus REKAN atau BAWAHAN'),
});
export type KandidatQuery = z.infer<typeof KandidatQuery>;
export const Kandidat = z.object({ id: z.uuid(), nip: z.string(), namaLengkap: z.string(), jabatanNama: z.string() });
export type Kandidat = z.infer<typeof Kandidat>;
export const KandidatList = z.object({ items: z.array(Kandidat) });

export const NominasiInput = z.object({
  periodeId: z.uuid('harus berupa id periode penilaian'),
  penilaiIds: z
    .array(z.uuid('harus berupa id pegawai'), 'wajib diisi')
    .min(1, 'pilih paling sedikit satu pegawai')
    .max(10, 'paling banyak 10 pegawai sekaligus'),
  hubungan: z.enum(HUBUNGAN_360, 'harus REKAN atau BAWAHAN'),
});
export type NominasiInput = z.infer<typeof NominasiInput>;

const PegawaiSingkat = z.object({ id: z.uuid(), nip: z.string(), nama: z.string(), jabatan: z.string() });

export const NominasiItem = z.object({
  id: z.uuid(),
  periodeId: z.uuid(),
  periode: z.object({ label: z.string(), status: z.string() }),
  /** The pegawai the feedback is about. */
  pegawai: PegawaiSingkat,
  /** The colleague asked to answer. */
  penilai: PegawaiSingkat,
  hubungan: z.enum(HUBUNGAN_360),
  status: z.enum(STATUS_NOMINASI_360),
  /**
   * Whether the colleague answered: shown to that colleague only, null to everyone else (the
   * pegawai and the superior could otherwise tie each new answer in the summary to a name).
   */
  sudahMenjawab: z.boolean().nullable(),
  can: z.object({ setujui: z.boolean(), tolak: z.boolean(), jawab: z.boolean() }),
});
export type NominasiItem = z.infer<typeof NominasiItem>;

export const NominasiList = z.object({ items: z.array(NominasiItem) });

export const Kuesioner = z.object({
  nominasiId: z.uuid(),
  periode: z.object({ id: z.uuid(), label: z.string() }),
  subjek: z.object({ nama: z.string(), jabatan: z.string() }),
  hubungan: z.enum(HUBUNGAN_360),
  pertanyaan: z.array(z.object({ kode: z.enum(BERAKHLAK_KODE), nilai: z.string(), pernyataan: z.string() })),
  skala: z.array(z.object({ nilai: z.number().int(), label: z.string() })),
  sudahMenjawab: z.boolean(),
  can: z.object({ jawab: z.boolean() }),
});
export type Kuesioner = z.infer<typeof Kuesioner>;

export const JawabanInput = z.object({
  skor: Skor360Schema,
  saran: z.string('harus berupa teks').trim().max(1000, 'paling banyak 1000 karakter').nullish(),
});
export type JawabanInput = z.infer<typeof JawabanInput>;

export const RingkasanQuery = z.object({
  periodeId: z.uuid('harus berupa id periode penilaian'),
  pegawaiId: z.uuid('harus berupa id pegawai'),
});
export type RingkasanQuery = z.infer<typeof RingkasanQuery>;

export const Ringkasan = z.object({
  jumlahResponden: z.number().int(),
  /** Answers in the summary: full batches of the minimum only, so it changes a batch at a time (never by one answer). */
  jumlahDihitung: z.number().int(),
  /** Below this many respondents nothing but the count is shown. */
  minimumResponden: z.number().int(),
  rataRata: z.record(z.enum(BERAKHLAK_KODE), z.number()).nullable(),
  /** Suggestions without any id, sorted (not in answering order); [] below the minimum. */
  saran: z.array(z.string()),
});
export type Ringkasan = z.infer<typeof Ringkasan>;

// Types of the schemas above, for the web app (import type).
export type KandidatList = z.infer<typeof KandidatList>;
export type NominasiList = z.infer<typeof NominasiList>;
export type Peran360 = (typeof PERAN_NOMINASI)[number];
