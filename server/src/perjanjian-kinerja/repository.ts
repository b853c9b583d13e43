import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { sasaranOrganisasi } from '../db/schema.js';

export const pkRepository = {
  async list(db: DbOrTx, instansiId: string, f: { unitId?: string | undefined; tahun?: number | undefined; id?: string }) {
    return queryRows<{ id: string; unit_id: string; unit_nama: string; tahun: number; sasaran: string; indikator: string; target: string; jumlah_rhk: number }>(
      db,
      sql`SELECT s.id, s.unit_id, u.nama AS unit_nama, s.tahun, s.sasaran, s.indikator, s.target,
                 (SELECT count(*) FROM rhk r WHERE r.instansi_id = s.instansi_id AND r.sasaran_organisasi_id = s.id)::int AS jumlah_rhk
            FROM sasaran_organisasi s JOIN unit_kerja u ON u.instansi_id = s.instansi_id AND u.id = s.unit_id
           WHERE s.instansi_id = ${instansiId}
             ${f.unitId ? sql`AND s.unit_id = ${f.unitId}` : sql``}
             ${f.tahun ? sql`AND s.tahun = ${f.tahun}` : sql``}
             ${f.id ? sql`AND s.id = ${f.id}` : sql``}
           ORDER BY u.kode, s.tahun DESC, s.urutan, s.created_at`,
    );
  },
  async get(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await db.select().from(sasaranOrganisasi).where(and(eq(sasaranOrganisasi.instansiId, instansiId), eq(sasaranOrganisasi.id, id)));
    return row ?? null;
  },
  insert: (db: DbOrTx, values: typeof sasaranOrganisasi.$inferInsert) => db.insert(sasaranOrganisasi).values(values).returning(),
  update: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof sasaranOrganisasi.$inferInsert>) =>
    db
      .update(sasaranOrganisasi)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(sasaranOrganisasi.instansiId, instansiId), eq(sasaranOrganisasi.id, id)))
      .returning(),
  async remove(db: DbOrTx, instansiId: string, id: string) {
    // RHK that took their result from this goal keep their text; the link goes.
    await queryRows(db, sql`UPDATE rhk SET sasaran_organisasi_id = NULL WHERE instansi_id = ${instansiId} AND sasaran_organisasi_id = ${id} RETURNING id`);
    await db.delete(sasaranOrganisasi).where(and(eq(sasaranOrganisasi.instansiId, instansiId), eq(sasaranOrganisasi.id, id)));
  },
};
