import { z } from 'zod';

export const VerifikasiQuery = z.object({ h: z.string().trim().max(128).optional() });
export const VerifikasiEvaluasi = z.object({
  valid: z.boolean(),
  status: z.string(),
  statusLabel: z.string(),
  /** Confirmed only for a matching hash (they are printed on the paper anyway). */
  periode: z.string(),
  pegawaiNama: z.string(),
  pegawaiNip: z.string(),
  predikat: z.string().nullable(),
  hash: z.string().nullable(),
  finalAt: z.string().nullable(),
  pesan: z.string(),
});
export type VerifikasiEvaluasi = z.infer<typeof VerifikasiEvaluasi>;

export const RekapQuery = z.object({
  periodeId: z.uuid('harus berupa id periode'),
  /** A perangkat daerah or unit: it and the units below it (within the caller's scope). */
  unitId: z.uuid('harus berupa id unit').optional(),
});
export type RekapQuery = z.infer<typeof RekapQuery>;

// Types of the schemas above, for the web app (import type).
export type VerifikasiQuery = z.infer<typeof VerifikasiQuery>;
