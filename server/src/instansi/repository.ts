import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { aturanPenilaian, instansi, rencanaAksi } from '../db/schema.js';

export const instansiRepository = {
  async instansi(db: DbOrTx, instansiId: string) {
    const [row] = await db.select().from(instansi).where(eq(instansi.id, instansiId));
    return row ?? null;
  },

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

  /** Every version of the aturan penilaian, oldest first. */
  versiAturan(db: DbOrTx, instansiId: string) {
    return db
      .select({ versi: aturanPenilaian.versi, berlakuMulai: aturanPenilaian.berlakuMulai, isi: aturanPenilaian.isi, dibuatOleh: aturanPenilaian.dibuatOleh, dibuatAt: aturanPenilaian.dibuatAt })
      .from(aturanPenilaian)
      .where(eq(aturanPenilaian.instansiId, instansiId))
      .orderBy(asc(aturanPenilaian.versi));
  },

  /**
   * Stores the rules from `berlakuMulai`: replaces a version that starts that day (not in force
   * yet), else adds the next version number. Returns the version written.
   */
  async simpanAturan(db: DbOrTx, v: { instansiId: string; berlakuMulai: string; isi: unknown; olehId: string; at: Date }) {
    const [row] = await db
      .insert(aturanPenilaian)
      .values({
        instansiId: v.instansiId,
        versi: sql`(SELECT COALESCE(max(versi), 0) + 1 FROM aturan_penilaian WHERE instansi_id = ${v.instansiId})`,
        berlakuMulai: v.berlakuMulai,
        isi: v.isi,
        dibuatOleh: v.olehId,
        dibuatAt: v.at,
      })
      .onConflictDoUpdate({
        target: [aturanPenilaian.instansiId, aturanPenilaian.berlakuMulai],
        set: { isi: v.isi, dibuatOleh: v.olehId, dibuatAt: v.at },
      })
      .returning({ versi: aturanPenilaian.versi });
    return row!.versi;
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
