import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { realisasi, umpanBalik } from '../db/schema.js';

export type UmpanBalikRow = typeof umpanBalik.$inferSelect;

/** A feedback row with its author's name, as listed. */
export interface UmpanBalikListRow {
  id: string;
  pegawai_id: string;
  penulis_id: string;
  penulis_nama: string;
  penulis_gelar_depan: string | null;
  penulis_gelar_belakang: string | null;
  realisasi_id: string | null;
  perilaku_kode: string | null;
  induk_id: string | null;
  tanggal: string;
  pesan: string;
  created_at: Date | string;
}

const SELECT = sql`SELECT u.id, u.pegawai_id, u.penulis_id, p.nama AS penulis_nama, p.gelar_depan AS penulis_gelar_depan,
                          p.gelar_belakang AS penulis_gelar_belakang, u.realisasi_id, u.perilaku_kode, u.induk_id,
                          u.tanggal::text AS tanggal, u.pesan, u.created_at
                     FROM umpan_balik u JOIN pegawai p ON p.instansi_id = u.instansi_id AND p.id = u.penulis_id`;

export const umpanBalikRepository = {
  async get(db: DbOrTx, instansiId: string, id: string): Promise<UmpanBalikRow | null> {
    const [row] = await db.select().from(umpanBalik).where(and(eq(umpanBalik.instansiId, instansiId), eq(umpanBalik.id, id)));
    return row ?? null;
  },

  async getListed(db: DbOrTx, instansiId: string, id: string): Promise<UmpanBalikListRow | null> {
    const [row] = await queryRows<UmpanBalikListRow>(db, sql`${SELECT} WHERE u.instansi_id = ${instansiId} AND u.id = ${id}`);
    return row ?? null;
  },

  /** The owner of a progress entry (null when there is no such entry in this instansi). */
  async realisasiOf(db: DbOrTx, instansiId: string, id: string): Promise<{ id: string; pegawaiId: string } | null> {
    const [row] = await db
      .select({ id: realisasi.id, pegawaiId: realisasi.pegawaiId })
      .from(realisasi)
      .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id)));
    return row ?? null;
  },

  /**
   * The threads (top-level feedback) about a pegawai, newest first, optionally of one progress
   * entry and within a date range; then every reply to them, oldest first.
   */
  async threads(
    db: DbOrTx,
    instansiId: string,
    f: { pegawaiId: string; realisasiId?: string | undefined; dari?: string | undefined; sampai?: string | undefined },
    limit = 500,
  ) {
    const induk = await queryRows<UmpanBalikListRow>(
      db,
      sql`${SELECT}
           WHERE u.instansi_id = ${instansiId} AND u.pegawai_id = ${f.pegawaiId} AND u.induk_id IS NULL
             ${f.realisasiId ? sql`AND u.realisasi_id = ${f.realisasiId}` : sql``}
             ${f.dari ? sql`AND u.tanggal >= ${f.dari}::date` : sql``}
             ${f.sampai ? sql`AND u.tanggal <= ${f.sampai}::date` : sql``}
           ORDER BY u.tanggal DESC, u.seq DESC
           LIMIT ${limit}`,
    );
    if (induk.length === 0) return { induk, balasan: [] as UmpanBalikListRow[] };
    const ids = `{${induk.map((r) => r.id).join(',')}}`;
    const balasan = await queryRows<UmpanBalikListRow>(
      db,
      sql`${SELECT}
           WHERE u.instansi_id = ${instansiId} AND u.pegawai_id = ${f.pegawaiId} AND u.induk_id = ANY(${ids}::uuid[])
           ORDER BY u.seq`,
    );
    return { induk, balasan };
  },

  insert: (db: DbOrTx, values: typeof umpanBalik.$inferInsert) => db.insert(umpanBalik).values(values).returning(),
};
