/**
 * Public verification of printed documents (decision 0004): every official PDF carries a QR code
 * to `<PUBLIC_URL>/verifikasi/<jenis>/<id>?h=<content hash>` and the hash's first 16 characters in
 * print. Anyone can check a paper on a phone: the page asks for the printed code when the link
 * has none. Document types of later features add their `jenis` here.
 */
import { z } from 'zod';

export const JENIS_DOKUMEN = ['skp', 'evaluasi', 'capaian-organisasi', 'piagam', 'pak'] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

export const JENIS_DOKUMEN_LABEL: Readonly<Record<JenisDokumen, string>> = {
  skp: 'Formulir Sasaran Kinerja Pegawai',
  evaluasi: 'Evaluasi Kinerja Pegawai',
  'capaian-organisasi': 'Penetapan Predikat Kinerja Organisasi',
  piagam: 'Piagam Penghargaan Kinerja',
  pak: 'Penetapan Angka Kredit',
};

/** The printed code: at least the first 16 hexadecimal characters of the content hash. */
export const PANJANG_KODE_MIN = 16;

export const VerifikasiParams = z.object({
  jenis: z.enum(JENIS_DOKUMEN, 'jenis dokumen tidak dikenal'),
  id: z.uuid('tautan dokumen tidak valid'),
});
export type VerifikasiParams = z.infer<typeof VerifikasiParams>;

export const VerifikasiQuery = z.object({
  h: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]*$/, 'kode verifikasi hanya berisi angka 0–9 dan huruf a–f')
    .min(PANJANG_KODE_MIN, `kode verifikasi paling sedikit ${PANJANG_KODE_MIN} karakter (tercetak di bawah kode QR)`)
    .max(64, 'kode verifikasi paling banyak 64 karakter')
    .optional(),
});
export type VerifikasiQuery = z.infer<typeof VerifikasiQuery>;

export const STATUS_VERIFIKASI = ['VALID', 'TIDAK_VALID', 'PERLU_KODE'] as const;

export const HasilVerifikasi = z.object({
  jenis: z.enum(JENIS_DOKUMEN),
  /** The document type's name, e.g. "Evaluasi Kinerja Pegawai". */
  judul: z.string(),
  /** PERLU_KODE: the link carried no code; the page asks for the one printed under the QR code. */
  status: z.enum(STATUS_VERIFIKASI),
  valid: z.boolean(),
  /** Indonesian, for the person holding the paper. */
  pesan: z.string(),
  /** The document's key facts, only for a valid document (they are printed on it anyway). */
  fakta: z.array(z.object({ label: z.string(), nilai: z.string() })),
  /** Valid but worth knowing: replaced by a newer version, under keberatan, changed later. */
  catatan: z.string().nullable(),
});
export type HasilVerifikasi = z.infer<typeof HasilVerifikasi>;

/** What a document type's verifier answers for a known document (the generic part adds the rest). */
export interface PemeriksaanDokumen {
  /** Does the code match the document's current content? */
  cocok: boolean;
  fakta: Array<{ label: string; nilai: string }>;
  catatan: string | null;
  /** The message when the code does not match (the type may explain why, e.g. a changed result). */
  pesanTidakValid?: string;
}
