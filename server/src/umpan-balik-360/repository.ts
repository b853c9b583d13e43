import { and, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { jawaban360, nominasi360, periodePenilaian } from '../db/schema.js';

export type PeriodeRow = Pick<typeof periodePenilaian.$inferSelect, 'id' | 'jenis' | 'tahun' | 'nomor' | 'mulai' | 'selesai' | 'status'>;

/** A nomination with the names and jabatan of both sides, as listed. */
export interface NominasiListRow {
  id: string;
  periode_id: string;
  pegawai_id: string;
  penilai_id: string;
  hubungan: 'REKAN' | 'BAWAHAN';
  status: 'DIUSULKAN' | 'DISETUJUI' | 'DITOLAK';
  sudah_menjawab: boolean;
  pegawai_nip: string;
  pegawai_nama: string;
  pegawai_gelar_depan: string | null;
  pegawai_gelar_belakang: string | null;
  pegawai_jabatan: string;
  penilai_nip: string;
  penilai_nama: string;
  penilai_gelar_depan: string | null;
  penilai_gelar_belakang: string | null;
  penilai_jabatan: string;
}

/** What the nomination rules need to know about a colleague. */
export interface KolegaRow {
  id: string;
  nama: string;
  status: string;
  unit_id: string;
}

export const survei360Repository = {
  async periode(db: DbOrTx, instansiId: string, id: string): Promise<PeriodeRow | null> {
    const [row] = await db
      .select({
        id: periodePenilaian.id,
        jenis: periodePenilaian.jenis,
        tahun: periodePenilaian.tahun,
        nomor: periodePenilaian.nomor,
        mulai: periodePenilaian.mulai,
        selesai: periodePenilaian.selesai,
        status: periodePenilaian.status,
      })
      .from(periodePenilaian)
      .where(and(eq(periodePenilaian.instansiId, instansiId), eq(periodePenilaian.id, id)));
    return row ?? null;
  },

  async periodeMany(db: DbOrTx, instansiId: string, ids: string[]): Promise<PeriodeRow[]> {
    if (ids.length === 0) return [];
    return db
      .select({
        id: periodePenilaian.id,
        jenis: periodePenilaian.jenis,
        tahun: periodePenilaian.tahun,
        nomor: periodePenilaian.nomor,
        mulai: periodePenilaian.mulai,
        selesai: periodePenilaian.selesai,
        status: periodePenilaian.status,
      })
      .from(periodePenilaian)
      .where(and(eq(periodePenilaian.instansiId, instansiId), inArray(periodePenilaian.id, ids)));
  },

  /**
   * Nominations with both sides' names, ordered by names (never by creation or answer time).
   * Filters combine with AND; `pegawaiIds` is a list of subjects.
   */
  async list(
    db: DbOrTx,
    instansiId: string,
    f: { id?: string; periodeId?: string | undefined; pegawaiId?: string; pegawaiIds?: string[]; penilaiId?: string; status?: string },
  ): Promise<NominasiListRow[]> {
    if (f.pegawaiIds && f.pegawaiIds.length === 0) return [];
    return queryRows<NominasiListRow>(
      db,
      sql`SELECT n.id, n.periode_id, n.pegawai_id, n.penilai_id, n.hubungan, n.status, n.sudah_menjawab,
                 ps.nip AS pegawai_nip, ps.nama AS pegawai_nama, ps.gelar_depan AS pegawai_gelar_depan,
                 ps.gelar_belakang AS pegawai_gelar_belakang, js.nama AS pegawai_jabatan,
                 pn.nip AS penilai_nip, pn.nama AS penilai_nama, pn.gelar_depan AS penilai_gelar_depan,
                 pn.gelar_belakang AS penilai_gelar_belakang, jn.nama AS penilai_jabatan
            FROM nominasi_360 n
            JOIN pegawai ps ON ps.instansi_id = n.instansi_id AND ps.id = n.pegawai_id
            JOIN jabatan js ON js.instansi_id = ps.instansi_id AND js.id = ps.jabatan_id
            JOIN pegawai pn ON pn.instansi_id = n.instansi_id AND pn.id = n.penilai_id
            JOIN jabatan jn ON jn.instansi_id = pn.instansi_id AND jn.id = pn.jabatan_id
           WHERE n.instansi_id = ${instansiId}
             ${f.id ? sql`AND n.id = ${f.id}` : sql``}
             ${f.periodeId ? sql`AND n.periode_id = ${f.periodeId}` : sql``}
             ${f.pegawaiId ? sql`AND n.pegawai_id = ${f.pegawaiId}` : sql``}
             ${f.pegawaiIds ? sql`AND n.pegawai_id = ANY(${uuidArray(f.pegawaiIds)})` : sql``}
             ${f.penilaiId ? sql`AND n.penilai_id = ${f.penilaiId}` : sql``}
             ${f.status ? sql`AND n.status = ${f.status}` : sql``}
           ORDER BY ps.nama, ps.id, pn.nama, pn.id
           LIMIT 2000`,
    );
  },

  /** Colleagues by id (of this instansi only) with the unit of their jabatan. */
  async kolega(db: DbOrTx, instansiId: string, ids: string[]): Promise<KolegaRow[]> {
    if (ids.length === 0) return [];
    return queryRows<KolegaRow>(
      db,
      sql`SELECT p.id, p.nama, p.status, j.unit_id
            FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(ids)})`,
    );
  },

  /** Candidates to nominate: active pegawai by id, or all active pegawai of a unit, with name and jabatan. */
  async kandidat(db: DbOrTx, instansiId: string, f: { ids: string[]; unitId: string | null }) {
    return queryRows<{ id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; jabatan_nama: string }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama
            FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF'
             AND (p.id = ANY(${uuidArray(f.ids)}) ${f.unitId ? sql`OR j.unit_id = ${f.unitId}` : sql``})
           ORDER BY p.nama, p.id LIMIT 500`,
    );
  },

  /** The pegawai already nominated by a subject in a period. */
  async sudahDinominasikan(db: DbOrTx, instansiId: string, periodeId: string, pegawaiId: string): Promise<Set<string>> {
    const rows = await db
      .select({ penilaiId: nominasi360.penilaiId })
      .from(nominasi360)
      .where(and(eq(nominasi360.instansiId, instansiId), eq(nominasi360.periodeId, periodeId), eq(nominasi360.pegawaiId, pegawaiId)));
    return new Set(rows.map((r) => r.penilaiId));
  },

  insertMany: (db: DbOrTx, values: Array<typeof nominasi360.$inferInsert>) =>
    db.insert(nominasi360).values(values).onConflictDoNothing().returning({ id: nominasi360.id, penilaiId: nominasi360.penilaiId }),

  /** Moves a nomination from one of `dari` to `ke`; null when it was not in one of them (a concurrent change). */
  async setStatus(db: DbOrTx, instansiId: string, id: string, dari: string[], ke: string) {
    const [row] = await db
      .update(nominasi360)
      .set({ status: ke })
      .where(and(eq(nominasi360.instansiId, instansiId), eq(nominasi360.id, id), inArray(nominasi360.status, dari)))
      .returning({ id: nominasi360.id });
    return row ?? null;
  },

  /**
   * Marks an approved nomination answered, once: null when it is not the caller's, not approved
   * or already answered. The answer itself goes to jawaban_360 in the same transaction.
   */
  async tandaiMenjawab(db: DbOrTx, instansiId: string, id: string, penilaiId: string) {
    const [row] = await db
      .update(nominasi360)
      .set({ sudahMenjawab: true })
      .where(
        and(
          eq(nominasi360.instansiId, instansiId),
          eq(nominasi360.id, id),
          eq(nominasi360.penilaiId, penilaiId),
          eq(nominasi360.status, 'DISETUJUI'),
          eq(nominasi360.sudahMenjawab, false),
        ),
      )
      .returning({ periodeId: nominasi360.periodeId, pegawaiId: nominasi360.pegawaiId, hubungan: nominasi360.hubungan });
    return row ?? null;
  },

  /** Stores an answer: the subject, the kind of relationship, the scores, the date. Never the respondent. */
  /**
   * Files an answer in its batch: the subject's answers are counted under a transaction-scoped
   * advisory lock on (periode, pegawai), so two answers at once cannot both think they are third.
   */
  async insertJawaban(tx: DbOrTx, values: Omit<typeof jawaban360.$inferInsert, 'id' | 'kelompok'>, kelompokBagi: (sudahAda: number) => number) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`jawaban_360|${values.periodeId}|${values.pegawaiId}`}))`);
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM jawaban_360
           WHERE instansi_id = ${values.instansiId} AND periode_id = ${values.periodeId} AND pegawai_id = ${values.pegawaiId}`,
    );
    await tx.insert(jawaban360).values({ ...values, kelompok: kelompokBagi(row?.n ?? 0) });
  },

  /** A subject's answers in a period: only what the aggregation needs (no id, no date, no order; the batch). */
  async jawaban(db: DbOrTx, instansiId: string, periodeId: string, pegawaiId: string): Promise<Array<{ skor: Record<string, unknown>; saran: string | null; kelompok: number }>> {
    return queryRows<{ skor: Record<string, unknown>; saran: string | null; kelompok: number }>(
      db,
      sql`SELECT skor, saran, kelompok FROM jawaban_360
           WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND pegawai_id = ${pegawaiId}`,
    );
  },
};
