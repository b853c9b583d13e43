import { PERIODE_KINDS } from '@capaian/domain';
import { z } from 'zod';

/** What BKPSDM sets for the whole instansi. */
export const PengaturanInput = z.object({
  periodeKinerja: z.enum(PERIODE_KINDS, 'harus BULANAN, TRIWULANAN atau SEMESTERAN'),
  pengingatRealisasiHari: z
    .number('harus berupa angka')
    .int('harus bilangan bulat')
    .min(1, 'paling sedikit 1 hari')
    .max(60, 'paling banyak 60 hari'),
});
export type PengaturanInput = z.infer<typeof PengaturanInput>;

export const Pengaturan = PengaturanInput.extend({
  can: z.object({ ubah: z.boolean() }),
});
export type Pengaturan = z.infer<typeof Pengaturan>;
