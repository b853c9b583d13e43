import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { instansi, rencanaAksi } from '../db/schema.js';

export const instansiRepository = {
  async pengaturan(db: DbOrTx, instansiId: string, forUpdate = false) {
    const q = db
      .select({ periodeKinerja: instansi.periodeKinerja, pengingatRealisasiHari: instansi.pengingatRealisasiHari, zonaWaktu: instansi.zonaWaktu })
      .from(instansi)
      .where(eq(instansi.id, instansiId));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },

  async updatePengaturan(db: DbOrTx, instansiId: string, values: { periodeKinerja: string; pengingatRealisasiHari: number }) {
    await db.update(instansi).set(values).where(eq(instansi.id, instansiId));
  },

  /** Rencana aksi planned for periods of a year (they are numbered in the instansi's periode kinerja). */
  async jumlahRencanaAksi(db: DbOrTx, instansiId: string, tahun: number) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(rencanaAksi)
      .where(and(eq(rencanaAksi.instansiId, instansiId), gte(rencanaAksi.periodeSelesai, `${tahun}-01-01`), lte(rencanaAksi.periodeMulai, `${tahun}-12-31`)));
    return row?.n ?? 0;
  },
};
