import { z } from 'zod';

const teks = (max: number) => z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);

export const SasaranInput = z.object({
  unitId: z.uuid('harus berupa id unit'),
  tahun: z.number().int().min(2020, 'tahun paling awal 2020').max(2100, 'tahun tidak valid'),
  sasaran: teks(1000),
  indikator: teks(1000),
  target: teks(200),
});
export type SasaranInput = z.infer<typeof SasaranInput>;

export const SasaranQuery = z.object({
  unitId: z.uuid('harus berupa id unit').optional(),
  tahun: z.coerce.number().int().min(2020).max(2100).optional(),
});

export const Sasaran = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitNama: z.string(),
  tahun: z.number(),
  sasaran: z.string(),
  indikator: z.string(),
  target: z.string(),
  /** RHK of SKPs that take their result from this goal. */
  jumlahRhk: z.number(),
  can: z.object({ read: z.boolean(), update: z.boolean(), delete: z.boolean() }),
});

// Types of the schemas above, for the web app (import type).
export type SasaranQuery = z.infer<typeof SasaranQuery>;
export type Sasaran = z.infer<typeof Sasaran>;
