import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { addDays } from '@capaian/domain';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { bimbingan, tindakLanjut } from '../db/schema.js';

export type BimbinganRow = typeof bimbingan.$inferSelect;

/** A bimbingan with the names of both sides, as presented. */
export interface BimbinganListRow {
  id: string;
  pegawai_id: string;
  pegawai_nip: string;
  pegawai_nama: string;
  pegawai_gelar_depan: string | null;
  pegawai_gelar_belakang: string | null;
  pembimbing_id: string;
  pembimbing_nip: string;
  pembimbing_nama: string;
  pembimbing_gelar_depan: string | null;
  pembimbing_gelar_belakang: string | null;
  jenis: string;
  jadwal: Date | string;
  tempat: string | null;
  topik: string;
  status: string;
  catatan: string | null;
  lembar_umpan_balik: unknown;
  evaluasi_kompetensi: unknown;
  row_version: number;
}

export interface TindakLanjutListRow {
  id: string;
  bimbingan_id: string;
  uraian: string;
  jatuh_tempo: string;
  selesai_at: Date | string | null;
  pegawai_id: string;
  pembimbing_id: string;
  pegawai_nama: string;
  pegawai_gelar_depan: string | null;
  pegawai_gelar_belakang: string | null;
}

const SELECT = sql`SELECT b.id, b.pegawai_id, p.nip AS pegawai_nip, p.nama AS pegawai_nama, p.gelar_depan AS pegawai_gelar_depan,
                          p.gelar_belakang AS pegawai_gelar_belakang, b.pembimbing_id, m.nip AS pembimbing_nip, m.nama AS pembimbing_nama,
                          m.gelar_depan AS pembimbing_gelar_depan, m.gelar_belakang AS pembimbing_gelar_belakang, b.jenis, b.jadwal,
                          b.tempat, b.topik, b.status, b.catatan, b.lembar_umpan_balik, b.evaluasi_kompetensi, b.row_version
                     FROM bimbingan b
                     JOIN pegawai p ON p.instansi_id = b.instansi_id AND p.id = b.pegawai_id
                     JOIN pegawai m ON m.instansi_id = b.instansi_id AND m.id = b.pembimbing_id`;

const SELECT_TL = sql`SELECT t.id, t.bimbingan_id, t.uraian, t.jatuh_tempo::text AS jatuh_tempo, t.selesai_at, b.pegawai_id, b.pembimbing_id,
                             p.nama AS pegawai_nama, p.gelar_depan AS pegawai_gelar_depan, p.gelar_belakang AS pegawai_gelar_belakang
                        FROM tindak_lanjut t
                        JOIN bimbingan b ON b.instansi_id = t.instansi_id AND b.id = t.bimbingan_id
                        JOIN pegawai p ON p.instansi_id = b.instansi_id AND p.id = b.pegawai_id`;


export const bimbinganRepository = {
  async get(db: DbOrTx, instansiId: string, id: string): Promise<BimbinganRow | null> {
    const [row] = await db.select().from(bimbingan).where(and(eq(bimbingan.instansiId, instansiId), eq(bimbingan.id, id)));
    return row ?? null;
  },

  async getListed(db: DbOrTx, instansiId: string, id: string): Promise<BimbinganListRow | null> {
    const [row] = await queryRows<BimbinganListRow>(db, sql`${SELECT} WHERE b.instansi_id = ${instansiId} AND b.id = ${id}`);
    return row ?? null;
  },

  /**
   * Sessions about `saya` (the caller as pegawai) and/or the team's: led by `pembimbingId` or
   * about one of `bawahan`. Newest schedule first.
   */
  async list(
    db: DbOrTx,
    instansiId: string,
    f: { saya?: string; pembimbingId?: string; bawahan?: readonly string[]; status?: string | undefined },
    limit = 200,
  ) {
    const conds = [
      ...(f.saya ? [sql`b.pegawai_id = ${f.saya}`] : []),
      ...(f.pembimbingId ? [sql`b.pembimbing_id = ${f.pembimbingId}`] : []),
      ...(f.bawahan?.length ? [sql`b.pegawai_id = ANY(${uuidArray(f.bawahan)})`] : []),
    ];
    if (conds.length === 0) return [];
    return queryRows<BimbinganListRow>(
      db,
      sql`${SELECT}
           WHERE b.instansi_id = ${instansiId} AND (${sql.join(conds, sql` OR `)})
             ${f.status ? sql`AND b.status = ${f.status}` : sql``}
           ORDER BY b.jadwal DESC, b.id
           LIMIT ${limit}`,
    );
  },

  tindakLanjutOf: (db: DbOrTx, instansiId: string, bimbinganIds: readonly string[]) =>
    bimbinganIds.length === 0
      ? Promise.resolve([])
      : db
          .select()
          .from(tindakLanjut)
          .where(and(eq(tindakLanjut.instansiId, instansiId), inArray(tindakLanjut.bimbinganId, [...bimbinganIds])))
          .orderBy(asc(tindakLanjut.urutan), asc(tindakLanjut.jatuhTempo)),

  insert: (db: DbOrTx, values: typeof bimbingan.$inferInsert) => db.insert(bimbingan).values(values).returning(),

  /** Claims the next row version: succeeds only if nobody changed the session since `expected` was read. */
  async bump(db: DbOrTx, instansiId: string, id: string, expected: number, at: Date, values: Partial<typeof bimbingan.$inferInsert> = {}) {
    const [row] = await db
      .update(bimbingan)
      .set({ ...values, rowVersion: sql`${bimbingan.rowVersion} + 1`, updatedAt: at })
      .where(and(eq(bimbingan.instansiId, instansiId), eq(bimbingan.id, id), eq(bimbingan.rowVersion, expected)))
      .returning();
    return row ?? null;
  },

  insertTindakLanjut: (db: DbOrTx, values: Array<typeof tindakLanjut.$inferInsert>) =>
    values.length === 0 ? Promise.resolve([]) : db.insert(tindakLanjut).values(values).returning(),

  async getTindakLanjut(db: DbOrTx, instansiId: string, id: string): Promise<TindakLanjutListRow | null> {
    const [row] = await queryRows<TindakLanjutListRow>(db, sql`${SELECT_TL} WHERE t.instansi_id = ${instansiId} AND t.id = ${id}`);
    return row ?? null;
  },

  /** Follow-up actions of the caller's sessions (as pegawai or pembimbing) and of their bawahan's. */
  async listTindakLanjut(db: DbOrTx, instansiId: string, f: { pegawaiId: string; bawahan: readonly string[]; terbuka: boolean }, limit = 500) {
    return queryRows<TindakLanjutListRow>(
      db,
      sql`${SELECT_TL}
           WHERE t.instansi_id = ${instansiId} AND b.status <> 'DIBATALKAN'
             AND (b.pegawai_id = ${f.pegawaiId} OR b.pembimbing_id = ${f.pegawaiId}
                  ${f.bawahan.length ? sql`OR b.pegawai_id = ANY(${uuidArray(f.bawahan)})` : sql``})
             ${f.terbuka ? sql`AND t.selesai_at IS NULL` : sql``}
           ORDER BY (t.selesai_at IS NULL) DESC, t.jatuh_tempo, t.urutan, t.id
           LIMIT ${limit}`,
    );
  },

  async selesaikanTindakLanjut(db: DbOrTx, instansiId: string, id: string, at: Date) {
    const [row] = await db
      .update(tindakLanjut)
      .set({ selesaiAt: at })
      .where(and(eq(tindakLanjut.instansiId, instansiId), eq(tindakLanjut.id, id), isNull(tindakLanjut.selesaiAt)))
      .returning();
    return row ?? null;
  },

  tindakLanjutJatuhTempo,
};

/**
 * Reminder-ready: the open follow-up actions of an instansi due from `tanggal` up to three days
 * after it (inclusive), with both sides, for the reminder job.
 */
export async function tindakLanjutJatuhTempo(db: DbOrTx, instansiId: string, tanggal: string) {
  const rows = await queryRows<TindakLanjutListRow>(
    db,
    sql`${SELECT_TL}
         WHERE t.instansi_id = ${instansiId} AND t.selesai_at IS NULL AND b.status = 'SELESAI'
           AND t.jatuh_tempo BETWEEN ${tanggal}::date AND ${addDays(tanggal, 3)}::date
         ORDER BY t.jatuh_tempo, b.pegawai_id, t.urutan`,
  );
  return rows.map((r) => ({
    id: r.id,
    bimbinganId: r.bimbingan_id,
    uraian: r.uraian,
    jatuhTempo: r.jatuh_tempo,
    pegawaiId: r.pegawai_id,
    pembimbingId: r.pembimbing_id,
    pegawaiNama: r.pegawai_nama,
  }));
}
