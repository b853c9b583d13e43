import { z } from 'zod';

/** What the people import accepts: units, jabatan, pegawai (all rows or none). */
export const JENIS_IMPOR = ['unit', 'jabatan', 'pegawai'] as const;
export type JenisImpor = (typeof JENIS_IMPOR)[number];

export const ImporParams = z.object({ jenis: z.enum(JENIS_IMPOR) });
export const TemplatQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const HasilImpor = z.object({ baru: z.number(), diperbarui: z.number(), total: z.number() });

// Types of the schemas above, for the web app (import type).
export type ImporParams = z.infer<typeof ImporParams>;
export type TemplatQuery = z.infer<typeof TemplatQuery>;
export type HasilImpor = z.infer<typeof HasilImpor>;
