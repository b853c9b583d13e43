import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { indikatorKinerja, rhk, skp, skpDialog, skpPerilaku } from '../db/schema.js';

export type SkpRow = typeof skp.$inferSelect;

export const skpRepository = {
  /**
   * The pengelola kinerja of a pegawai: active accounts with the role for the pegawai's unit or a
   * unit above it (their perangkat daerah). They review a submitted SKP when the pemda asks for it.
   */
  async pengelolaOf(db: DbOrTx, instansiId: string, pegawaiId: string): Promise<string[]> {
    const rows = await queryRows<{ pegawai_id: string }>(
      db,
      sql`WITH RECURSIVE up AS (
            SELECT u.id, u.parent_id, 0 AS d FROM pegawai p
              JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
              JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
             WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId}
            UNION ALL
            SELECT u.id, u.parent_id, up.d + 1 FROM unit_kerja u JOIN up ON u.id = up.parent_id
             WHERE u.instansi_id = ${instansiId} AND up.d < 50
          )
          SELECT DISTINCT a.pegawai_id FROM user_role r
            JOIN user_account a ON a.instansi_id = r.instansi_id AND a.id = r.user_id AND a.aktif
           WHERE r.instansi_id = ${instansiId} AND r.role = 'PENGELOLA_KINERJA' AND r.unit_id IN (SELECT id FROM up)`,
    );
    return rows.map((r) => r.pegawai_id);
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<SkpRow | null> {
    const [row] = await db.select().from(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)));
    return row ?? null;
  },

  /**
   * Public verification of a printed SKP: looked up by its id alone (the QR code carries no
   * tenant). The id is a random UUID; see docs/decisions/0004-public-document-verification.md.
   */
  async forVerification(db: DbOrTx, id: string) {
    const [row] = await queryRows<{ instansi_id: string; tahun: number; versi: number; status: string; dokumen_hash: string | null; disetujui_at: Date | string | null; nama: string; nip: string }>(
      db,
      sql`SELECT s.instansi_id, s.tahun, s.versi, s.status, s.dokumen_hash, s.disetujui_at, p.nama, p.nip
            FROM skp s JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id
           WHERE s.id = ${id}`,
    );
    return row ?? null;
  },

  /** The newest version of a pegawai's SKP for a year. */
  async latest(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number): Promise<SkpRow | null> {
    const [row] = await db
      .select()
      .from(skp)
      .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun)))
      .orderBy(desc(skp.versi))
      .limit(1);
    return row ?? null;
  },

  async listOf(db: DbOrTx, instansiId: string, pegawaiId: string, tahun?: number) {
    return queryRows<{ id: string; tahun: number; versi: number; status: string; jumlah_rhk: number; updated_at: Date | string }>(
      db,
      sql`SELECT s.id, s.tahun, s.versi, s.status, s.updated_at,
                 (SELECT count(*) FROM rhk r WHERE r.instansi_id = s.instansi_id AND r.skp_id = s.id)::int AS jumlah_rhk
            FROM skp s WHERE s.instansi_id = ${instansiId} AND s.pegawai_id = ${pegawaiId}
            ${tahun ? sql`AND s.tahun = ${tahun}` : sql``}
           ORDER BY s.tahun DESC, s.versi DESC`,
    );
  },

  insert: (db: DbOrTx, values: typeof skp.$inferInsert) => db.insert(skp).values(values).returning(),

  /**
   * Claims the next row version: succeeds only if nobody changed the SKP since `expected` was read.
   * Every write to an SKP (header, RHK, indicators, status) goes through this in its transaction.
   */
  async bump(db: DbOrTx, instansiId: string, id: string, expected: number, values: Partial<typeof skp.$inferInsert> = {}) {
    const [row] = await db
      .update(skp)
      .set({ ...values, rowVersion: sql`${skp.rowVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id), eq(skp.rowVersion, expected)))
      .returning();
    return row ?? null;
  },

  async rhkOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{
      id: string;
      jenis: string;
      uraian: string;
      rhk_atasan_id: string | null;
      rhk_atasan_uraian: string | null;
      sasaran_organisasi_id: string | null;
      perspektif: string | null;
      penugasan_dari: string | null;
      urutan: number;
    }>(
      db,
      sql`SELECT r.id, r.jenis, r.uraian, r.rhk_atasan_id, ra.uraian AS rhk_atasan_uraian, r.sasaran_organisasi_id,
                 r.perspektif, r.penugasan_dari, r.urutan
            FROM rhk r LEFT JOIN rhk ra ON ra.instansi_id = r.instansi_id AND ra.id = r.rhk_atasan_id
           WHERE r.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at`,
    );
  },

  async indikatorOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{
      id: string;
      rhk_id: string;
      aspek: string;
      uraian: string;
      target_nilai: string | null;
      target_satuan: string | null;
      target_teks: string | null;
    }>(
      db,
      sql`SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_teks
            FROM indikator_kinerja i JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id
           WHERE i.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at, i.urutan`,
    );
  },

  perilakuOf: (db: DbOrTx, instansiId: string, skpId: string) =>
    db.select().from(skpPerilaku).where(and(eq(skpPerilaku.instansiId, instansiId), eq(skpPerilaku.skpId, skpId))),

  async dialogOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ id: string; jenis: string; target_jenis: string; target_id: string | null; pesan: string; penulis: string | null; created_at: Date | string }>(
      db,
      sql`SELECT d.id, d.jenis, d.target_jenis, d.target_id, d.pesan, p.nama AS penulis, d.created_at
            FROM skp_dialog d LEFT JOIN pegawai p ON p.instansi_id = d.instansi_id AND p.id = d.pegawai_id
           WHERE d.instansi_id = ${instansiId} AND d.skp_id = ${skpId}
           ORDER BY d.seq`,
    );
  },

  /** RHK of the superior's newest SKP for the year: what a subordinate's RHK may intervene. */
  async rhkAtasanOptions(db: DbOrTx, instansiId: string, atasanPegawaiId: string, tahun: number) {
    return queryRows<{ id: string; uraian: string; jenis: string }>(
      db,
      sql`SELECT r.id, r.uraian, r.jenis FROM rhk r
           WHERE r.instansi_id = ${instansiId} AND r.skp_id = (
             SELECT s.id FROM skp s WHERE s.instansi_id = ${instansiId} AND s.pegawai_id = ${atasanPegawaiId}
                AND s.tahun = ${tahun} AND s.status <> 'DIGANTIKAN' ORDER BY s.versi DESC LIMIT 1)
           ORDER BY CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at`,
    );
  },

  insertRhk: (db: DbOrTx, values: typeof rhk.$inferInsert) => db.insert(rhk).values(values).returning(),
  updateRhk: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof rhk.$inferInsert>) =>
    db.update(rhk).set({ ...values, updatedAt: new Date() }).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id))).returning(),
  async deleteRhk(db: DbOrTx, instansiId: string, id: string) {
    // Subordinates' RHK that intervened this one become unlinked (they must pick again).
    await db.update(rhk).set({ rhkAtasanId: null }).where(and(eq(rhk.instansiId, instansiId), eq(rhk.rhkAtasanId, id)));
    await db.delete(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)));
  },
  async getRhk(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await db.select().from(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)));
    return row ?? null;
  },
  async countRhk(db: DbOrTx, instansiId: string, skpId: string, jenis: string) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM rhk WHERE instansi_id = ${instansiId} AND skp_id = ${skpId} AND jenis = ${jenis}`,
    );
    return row?.n ?? 0;
  },
  async replaceIndikator(db: DbOrTx, instansiId: string, rhkId: string, list: Array<Omit<typeof indikatorKinerja.$inferInsert, 'instansiId' | 'rhkId'>>) {
    await db.delete(indikatorKinerja).where(and(eq(indikatorKinerja.instansiId, instansiId), eq(indikatorKinerja.rhkId, rhkId)));
    if (list.length) await db.insert(indikatorKinerja).values(list.map((x, i) => ({ ...x, instansiId, rhkId, urutan: i })));
  },
  async setPerilaku(db: DbOrTx, instansiId: string, skpId: string, values: Record<string, string>) {
    await db.delete(skpPerilaku).where(and(eq(skpPerilaku.instansiId, instansiId), eq(skpPerilaku.skpId, skpId)));
    const rows = Object.entries(values)
      .filter(([, v]) => v.trim() !== '')
      .map(([kode, ekspektasi]) => ({ instansiId, skpId, kode, ekspektasi }));
    if (rows.length) await db.insert(skpPerilaku).values(rows);
  },
  insertDialog: (db: DbOrTx, values: Array<typeof skpDialog.$inferInsert>) =>
    values.length ? db.insert(skpDialog).values(values) : Promise.resolve(),

  /** Copies an SKP's RHK, indicators and expectations into a new version (in the caller's transaction). */
  async copyContent(db: DbOrTx, instansiId: string, fromSkpId: string, toSkpId: string) {
    await queryRows(
      db,
      sql`WITH src AS (
            SELECT r.*, gen_random_uuid() AS new_id FROM rhk r WHERE r.instansi_id = ${instansiId} AND r.skp_id = ${fromSkpId}
          ), ins_rhk AS (
            INSERT INTO rhk (instansi_id, id, skp_id, jenis, uraian, rhk_atasan_id, sasaran_organisasi_id, perspektif, penugasan_dari, urutan)
            SELECT instansi_id, new_id, ${toSkpId}, jenis, uraian, rhk_atasan_id, sasaran_organisasi_id, perspektif, penugasan_dari, urutan FROM src
            RETURNING id
          ), ins_ind AS (
            INSERT INTO indikator_kinerja (instansi_id, rhk_id, aspek, uraian, target_nilai, target_satuan, target_teks, urutan)
            SELECT i.instansi_id, src.new_id, i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_teks, i.urutan
              FROM indikator_kinerja i JOIN src ON i.instansi_id = src.instansi_id AND i.rhk_id = src.id
            RETURNING id
          )
          INSERT INTO skp_perilaku (instansi_id, skp_id, kode, ekspektasi)
          SELECT instansi_id, ${toSkpId}, kode, ekspektasi FROM skp_perilaku WHERE instansi_id = ${instansiId} AND skp_id = ${fromSkpId}
          RETURNING kode`,
    );
  },

  /**
   * The cascade below an SKP (matriks peran hasil): every RHK of the newest, not replaced SKPs
   * of the year that intervene its RHK, and theirs, down the tree — one recursive query.
   */
  async cascade(db: DbOrTx, instansiId: string, rootSkpId: string, tahun: number) {
    return queryRows<{
      id: string;
      parent_id: string | null;
      depth: number;
      jenis: string;
      uraian: string;
      skp_id: string;
      status: string;
      pegawai_id: string;
      nama: string;
      nip: string;
      jabatan_nama: string;
    }>(
      db,
      sql`WITH RECURSIVE current_skp AS (
            SELECT DISTINCT ON (s.pegawai_id) s.id, s.pegawai_id, s.status FROM skp s
             WHERE s.instansi_id = ${instansiId} AND s.tahun = ${tahun} AND s.status <> 'DIGANTIKAN'
             ORDER BY s.pegawai_id, s.versi DESC
          ), tree AS (
            SELECT r.id, NULL::uuid AS parent_id, 0 AS depth, r.jenis, r.uraian, r.skp_id, r.urutan
              FROM rhk r WHERE r.instansi_id = ${instansiId} AND r.skp_id = ${rootSkpId}
            UNION ALL
            SELECT c.id, c.rhk_atasan_id, t.depth + 1, c.jenis, c.uraian, c.skp_id, c.urutan
              FROM rhk c JOIN tree t ON c.rhk_atasan_id = t.id
              JOIN current_skp cs ON cs.id = c.skp_id
             WHERE c.instansi_id = ${instansiId} AND t.depth < 6
          )
          SELECT t.id, t.parent_id, t.depth, t.jenis, t.uraian, t.skp_id, s.status, p.id AS pegawai_id, p.nama, p.nip, j.nama AS jabatan_nama
            FROM tree t
            JOIN skp s ON s.instansi_id = ${instansiId} AND s.id = t.skp_id
            JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           ORDER BY t.depth, CASE t.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, p.nama, t.urutan`,
    );
  },

  /** The team board: each subordinate with their newest SKP of the year and its counts, in one query. */
  async tim(db: DbOrTx, instansiId: string, pegawaiIds: string[], tahun: number) {
    if (pegawaiIds.length === 0) return [];
    return queryRows<{
      pegawai_id: string;
      nip: string;
      nama: string;
      gelar_depan: string | null;
      gelar_belakang: string | null;
      jabatan_nama: string;
      unit_nama: string;
      skp_id: string | null;
      versi: number | null;
      status: string | null;
      updated_at: Date | string | null;
      jumlah_rhk: number;
      jumlah_indikator: number;
      rhk_belum_terhubung: number;
    }>(
      db,
      sql`SELECT p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama, u.nama AS unit_nama,
                 s.id AS skp_id, s.versi, s.status, s.updated_at,
                 COALESCE(c.jumlah_rhk, 0)::int AS jumlah_rhk, COALESCE(c.jumlah_indikator, 0)::int AS jumlah_indikator,
                 COALESCE(c.belum, 0)::int AS rhk_belum_terhubung
            FROM pegawai p
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
            LEFT JOIN LATERAL (
              SELECT s.id, s.versi, s.status, s.updated_at FROM skp s
               WHERE s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.tahun = ${tahun}
               ORDER BY s.versi DESC LIMIT 1
            ) s ON true
            LEFT JOIN LATERAL (
              SELECT count(DISTINCT r.id) AS jumlah_rhk, count(i.id) AS jumlah_indikator,
                     count(DISTINCT r.id) FILTER (WHERE r.rhk_atasan_id IS NULL AND r.sasaran_organisasi_id IS NULL) AS belum
                FROM rhk r LEFT JOIN indikator_kinerja i ON i.instansi_id = r.instansi_id AND i.rhk_id = r.id
               WHERE r.instansi_id = p.instansi_id AND r.skp_id = s.id
            ) c ON true
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${`{${pegawaiIds.join(",")}}`}::uuid[])
           ORDER BY p.nama`,
    );
  },
};
