import { z } from 'zod';

export const NotifikasiQuery = z.object({
  belumDibaca: z
    .enum(['true', 'false'], 'harus true atau false')
    .optional()
    .transform((v) => v === 'true'),
});

export const NotifikasiItem = z.object({
  id: z.uuid(),
  jenis: z.string(),
  judul: z.string(),
  pesan: z.string(),
  tautan: z.string().nullable(),
  dibacaAt: z.string().nullable(),
  dibuatAt: z.string(),
});
export type NotifikasiItem = z.infer<typeof NotifikasiItem>;

export const NotifikasiList = z.object({
  items: z.array(NotifikasiItem),
  jumlahBelumDibaca: z.number().int(),
});

export const BacaSemuaResult = z.object({ diperbarui: z.number().int() });

/** What another feature sends with `notify`. */
export interface PesanNotifikasi {
  jenis: string;
  judul: string;
  pesan: string;
  tautan?: string | null;
}
