import { z } from 'zod';

export const RekapQuery = z.object({
  periodeId: z.uuid('harus berupa id periode'),
  /** A perangkat daerah or unit: it and the units below it (within the caller's scope). */
  unitId: z.uuid('harus berupa id unit').optional(),
});
export type RekapQuery = z.infer<typeof RekapQuery>;

