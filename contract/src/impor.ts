import { z } from 'zod';

/** What the people import accepts: units, jabatan, pegawai (all rows or none). */
export const JENIS_IMPOR = ['unit', 'jabatan', 'pegawai'] as const;
export type JenisImpor = (typeof JENIS_IMPOR)[number];

export const ImporParams = z.object({ jenis: z.enum(JENIS_IMPOR) });
export const TemplatQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/**
 * `pratinjau=true`: the same reading and checks as the import, then nothing kept (a dry run): the
 * answer says what the import would do, including which existing pegawai it would change.
 */
export const ImporQuery = z.object({
  pratinjau: z
    .enum(['true', 'false'], 'harus true atau false')
    .optional()
    .transform((v) => v === 'true'),
});

/** One changed value of an existing pegawai: the file's column, the stored value and the file's. */
export const PerubahanKolom = z.object({ kolom: z.string(), lama: z.string().nullable(), baru: z.string().nullable() });

/** An existing pegawai the file changes, with every changed column. */
export const PerubahanPegawai = z.object({ baris: z.number(), nip: z.string(), nama: z.string(), kolom: z.array(PerubahanKolom) });

export const HasilImpor = z.object({
  baru: z.number(),
  diperbarui: z.number(),
  total: z.number(),
  /** True for a dry run: nothing was written. */
  pratinjau: z.boolean(),
  /** Pegawai imports: the existing pegawai whose stored values the file changes (others: empty). */
  perubahan: z.array(PerubahanPegawai),
  /** Pegawai imports: how many of the file's pegawai have no account (null for other kinds). */
  tanpaAkun: z.number().nullable(),
});

// Types of the schemas above, for the web app (import type).
export type ImporParams = z.infer<typeof ImporParams>;
export type TemplatQuery = z.infer<typeof TemplatQuery>;
export type ImporQuery = z.input<typeof ImporQuery>;
export type PerubahanPegawai = z.infer<typeof PerubahanPegawai>;
export type HasilImpor = z.infer<typeof HasilImpor>;
