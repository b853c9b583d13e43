import { z } from 'zod';

export const SiasnQuery = z.object({ periodeId: z.uuid('harus berupa id periode') });
export const EksporQuery = SiasnQuery.extend({
  /**
   * true: export the valid results only, listing the others under `dikecualikan`; default false:
   * refuse (409 'siasn_belum_valid', details.masalah) while anything is wrong.
   */
  sebagian: z.enum(['true', 'false'], 'harus true atau false').default('false').transform((v) => v === 'true'),
});

export const MasalahSiasn = z.object({
  pegawai: z.object({ id: z.uuid(), nip: z.string(), nama: z.string() }),
  unit: z.object({ id: z.uuid(), nama: z.string() }).nullable(),
  /** Every problem found, in Indonesian. */
  masalah: z.array(z.string()),
});
export type MasalahSiasn = z.infer<typeof MasalahSiasn>;

export const ValidasiSiasn = z.object({
  periode: z.object({ id: z.uuid(), label: z.string(), jenis: z.string(), tahun: z.number() }),
  format: z.enum(['skp22', 'kinerjaperiodik']),
  /** Evaluations in the period. */
  jumlah: z.number(),
  /** Results ready to export. */
  siap: z.number(),
  masalah: z.array(MasalahSiasn),
  /** Units with evaluations whose results are not finalised yet. */
  unitBelumFinal: z.array(z.object({ unitId: z.uuid(), unitNama: z.string(), jumlahPegawai: z.number() })),
});
export type ValidasiSiasn = z.infer<typeof ValidasiSiasn>;

// Types of the schemas above, for the web app (import type).
export type SiasnQuery = z.infer<typeof SiasnQuery>;
export type EksporQuery = z.infer<typeof EksporQuery>;
