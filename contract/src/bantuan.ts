/**
 * Help in the app (issue 14): the guide per role and task, the glossary of the regulation's terms
 * and the first-login tour. One source: the server's content (server/src/bantuan/konten.ts) is
 * validated by these schemas, served as JSON to the web and rendered into the printable guide.
 */
import { z } from 'zod';

/** The roles a guide is written for (pejabat penilai is a position in the tree, not an account role). */
export const PERAN_PANDUAN = ['pegawai', 'pejabat-penilai', 'pimpinan', 'pengelola-kinerja', 'admin-bkpsdm', 'admin-sistem'] as const;
export type PeranPanduan = (typeof PERAN_PANDUAN)[number];

/** A screenshot taken by the browser tests (docs/screenshots/<nama>): lower-case words and dashes, .png. */
export const NamaGambar = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.png$/, 'nama gambar tidak dikenal');

/** A route of the web app a section explains, as the router spells it ('/skp/$id'). */
const PolaRute = z.string().regex(/^\/(?:[a-z0-9-]+|\$[a-zA-Z]+)(?:\/(?:[a-z0-9-]+|\$[a-zA-Z]+))*$|^\/$/, 'pola rute tidak valid');

/** One task: what it is for, its steps, the pages it explains and the screenshots that show it. */
export const BagianBantuan = z.object({
  /** Stable id, also the anchor on /bantuan (lower-case words and dashes). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  judul: z.string().min(1),
  /** One or two sentences: why and when. */
  ringkas: z.string().min(1),
  langkah: z.array(z.string().min(1)).min(1),
  /** Notes (deadlines, the regulation's rule behind the task). */
  catatan: z.array(z.string().min(1)).default([]),
  /** The pages this section explains: the "?" of those pages opens it. */
  rute: z.array(PolaRute).default([]),
  gambar: z.array(z.object({ nama: NamaGambar, keterangan: z.string().min(1) })).default([]),
});
export type BagianBantuan = z.infer<typeof BagianBantuan>;

/** A role's guide: who it is for and the sections in the order a newcomer needs them. */
export const PanduanPeran = z.object({
  peran: z.enum(PERAN_PANDUAN),
  judul: z.string().min(1),
  /** Who this is, in the regulation's words. */
  untuk: z.string().min(1),
  bagian: z.array(z.string()).min(1),
});
export type PanduanPeran = z.infer<typeof PanduanPeran>;

export const IstilahGlosarium = z.object({
  istilah: z.string().min(1),
  /** The long form of an abbreviation. */
  kepanjangan: z.string().optional(),
  arti: z.string().min(1),
  /** Where the term comes from (e.g. "PermenPANRB 6/2022"). */
  dasar: z.string().optional(),
});
export type IstilahGlosarium = z.infer<typeof IstilahGlosarium>;

/** One step of the first-login tour; `peran` limits it to those roles (all when absent). */
export const LangkahTur = z.object({
  judul: z.string().min(1),
  isi: z.string().min(1),
  peran: z.array(z.enum(PERAN_PANDUAN)).optional(),
});
export type LangkahTur = z.infer<typeof LangkahTur>;

/** GET /bantuan: the whole help content (tenant-neutral). */
export const KontenBantuan = z.object({
  bagian: z.array(BagianBantuan),
  panduan: z.array(PanduanPeran),
  glosarium: z.array(IstilahGlosarium),
  tur: z.array(LangkahTur).min(1),
});
export type KontenBantuan = z.infer<typeof KontenBantuan>;
export type KontenBantuanMasukan = z.input<typeof KontenBantuan>;

/** GET /bantuan/tur: whether this account has finished the tour, and the guides that fit it. */
export const StatusTur = z.object({
  selesai: z.boolean(),
  selesaiPada: z.string().nullable(),
  /** The guides for this account: its roles, and pejabat penilai when it assesses someone today. */
  peran: z.array(z.enum(PERAN_PANDUAN)),
});
export type StatusTur = z.infer<typeof StatusTur>;

export const PanduanParams = z.object({ peran: z.enum(PERAN_PANDUAN, { error: 'peran tidak dikenal' }) });
export type PanduanParams = z.infer<typeof PanduanParams>;

export const GambarParams = z.object({ nama: NamaGambar });
export type GambarParams = z.infer<typeof GambarParams>;
