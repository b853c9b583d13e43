import { EVALUASI_WORKFLOW, SKP_BERLAKU } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { arrayLiteral, queryRows, type Db, type DbOrTx, uuidArray } from '../db/client.js';
import { buktiDukung, realisasi, rencanaAksi } from '../db/schema.js';
import { unitSubtreeIds } from '../db/fragments.js';

const day = (col: SQL) => sql`to_char(${col}, 'YYYY-MM-DD')`;

/** SKP states whose content is in force: progress and plans are recorded against them. */
const berlakuSql = sqlList(SKP_BERLAKU);

/** One row of an import, ready to insert. */
export interface ImportRow {
  id: string;
  pegawaiId: string;
  skpId: string;
  rhkId: string;
  rencanaAksiId: string | null;
  indikatorId: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
  dicatatOleh: string;
}

export interface BuktiRow {
  id: string;
  jenis: 'FILE' | 'TAUTAN';
  nama: string;
  mime: string | null;
  ukuran: number | null;
  tautan: string | null;
}

export interface ItemRow {
  id: string;
  pegawai_id: string;
  pegawai_nama: string;
  skp_id: string;
  rhk_id: string;
  rhk_uraian: string;
  rencana_aksi_id: string | null;
  rencana_aksi_uraian: string | null;
  indikator_id: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
  row_version: number;
  created_at: Date | string;
  updated_at: Date | string;
  bukti: BuktiRow[] | string;
  jumlah_umpan_balik: number;
}

/** What POST /realisasi needs to validate and answer, read in one query. */
export interface PostContext {
  pegawai_nama: string | null;
  rhk_uraian: string | null;
  skp_id: string | null;
  skp_pegawai_id: string | null;
  skp_status: string | null;
  skp_mulai: string | null;
  skp_selesai: string | null;
  ra_id: string | null;
  ra_rhk_id: string | null;
  ra_indikator_id: string | null;
  ra_uraian: string | null;
  ra_mulai: string | null;
  ra_selesai: string | null;
  ik_id: string | null;
  ik_rhk_id: string | null;
  existing_pegawai_id: string | null;
  /** The entry's date lies in a period where the pegawai's evaluation is past DRAFT (progress locked). */
  dinilai: boolean;
}

export interface RencanaAksiRow {
  id: string;
  skp_id: string;
  rhk_id: string;
  indikator_id: string | null;
  periode: number;
  periode_mulai: string;
  periode_selesai: string;
  uraian: string;
  target: number | null;
  satuan: string | null;
  realisasi_jumlah: number;
  jumlah_entri: number;
}

export interface SkpKonteks {
  id: string;
  pegawai_id: string;
  tahun: number;
  versi: number;
  status: string;
  periode_mulai: string;
  periode_selesai: string;
}

/** Rows of the import template: one per rencana aksi (or per RHK without one) of each pegawai. */
export interface TemplatRow {
  nip: string;
  nama: string;
  rhk_id: string;
  rhk_uraian: string;
  ra_id: string | null;
  ra_uraian: string | null;
  ra_periode: number | null;
}

const selectItems = (instansiId: string) => sql`
  SELECT x.id, x.pegawai_id, p.nama AS pegawai_nama, x.skp_id, x.rhk_id, r.uraian AS rhk_uraian,
         x.rencana_aksi_id, ra.uraian AS rencana_aksi_uraian, x.indikator_id, ${day(sql`x.tanggal`)} AS tanggal,
         x.uraian, x.jumlah, x.row_version, x.created_at, x.updated_at,
         COALESCE((SELECT json_agg(json_build_object('id', b.id, 'jenis', b.jenis, 'nama', b.nama, 'mime', b.mime,
                                                     'ukuran', b.ukuran, 'tautan', b.tautan) ORDER BY b.created_at, b.id)
                     FROM bukti_dukung b WHERE b.instansi_id = x.instansi_id AND b.realisasi_id = x.id), '[]'::json) AS bukti,
         (SELECT count(*)::int FROM umpan_balik u WHERE u.instansi_id = x.instansi_id AND u.realisasi_id = x.id) AS jumlah_umpan_balik
    FROM realisasi x
    JOIN pegawai p ON p.instansi_id = x.instansi_id AND p.id = x.pegawai_id
    JOIN rhk r ON r.instansi_id = x.instansi_id AND r.id = x.rhk_id
    LEFT JOIN rencana_aksi ra ON ra.instansi_id = x.instansi_id AND ra.id = x.rencana_aksi_id
   WHERE x.instansi_id = ${instansiId}`;

export interface ItemFilter {
  pegawaiId: string;
  dari?: string | undefined;
  sampai?: string | undefined;
  rhkId?: string | undefined;
}
const filterSql = (f: ItemFilter) => sql`AND x.pegawai_id = ${f.pegawaiId}
  ${f.dari ? sql`AND x.tanggal >= ${f.dari}::date` : sql``}
  ${f.sampai ? sql`AND x.tanggal <= ${f.sampai}::date` : sql``}
  ${f.rhkId ? sql`AND x.rhk_id = ${f.rhkId}` : sql``}`;

/** The roll-up's rows as the entries give them (the same grouping as the triggers). */
const dariEntri = (instansiId: string | null) => sql`
  SELECT instansi_id, pegawai_id, date_trunc('month', tanggal)::date AS bulan, indikator_id,
         CASE WHEN indikator_id IS NULL THEN rencana_aksi_id END AS rencana_aksi_id,
         COALESCE(sum(jumlah), 0)::bigint AS jumlah, count(*)::int AS entri
    FROM realisasi
   WHERE (${instansiId}::uuid IS NULL OR instansi_id = ${instansiId}::uuid)
   GROUP BY 1, 2, 3, 4, 5`;

const tersimpan = (instansiId: string | null) => sql`
  SELECT instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id, jumlah, entri
    FROM realisasi_bulanan
   WHERE (${instansiId}::uuid IS NULL OR instansi_id = ${instansiId}::uuid)`;

export interface HasilPeriksaRekap {
  /** Rows of the roll-up. */
  baris: number;
  /** Entries they sum. */
  entri: number;
  /** Keys where the roll-up and the entries disagree (missing, extra, or another sum or count). */
  beda: number;
}

/**
 * The date `tanggal` of `pegawai` lies in an assessment period where their evaluation is past DRAFT:
 * that period's progress may no longer change.
 */
const sudahDinilaiSql = (instansiId: string, pegawai: SQL, tanggal: SQL) => sql`EXISTS (
  SELECT 1 FROM evaluasi e JOIN periode_penilaian p ON p.instansi_id = e.instansi_id AND p.id = e.periode_id
   WHERE e.instansi_id = ${instansiId}::uuid AND e.pegawai_id = ${pegawai} AND e.status <> ${EVALUASI_WORKFLOW.initial}
     AND ${tanggal} BETWEEN p.mulai AND p.selesai)`;

export const realisasiRepository = {
  async pegawai(db: DbOrTx, instansiId: string, pegawaiId: string) {
    const [row] = await queryRows<{ id: string; nip: string; nama: string; unit_id: string }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId}`,
    );
    return row ?? null;
  },

  /**
   * Everything POST /realisasi checks, in one indexed query: the RHK with its SKP, the optional rencana aksi and indicator, the pegawai's name, and whether
   * the client id is already taken (and by whom).
   */
  async postContext(
    db: DbOrTx,
    p: { instansiId: string; id: string; pegawaiId: string; rhkId: string; rencanaAksiId: string | null; indikatorId: string | null; tanggal: string },
  ): Promise<PostContext | null> {
    const [row] = await queryRows<PostContext>(
      db,
      sql`SELECT pg.nama AS pegawai_nama,
                 r.uraian AS rhk_uraian, s.id AS skp_id, s.pegawai_id AS skp_pegawai_id, s.status AS skp_status,
                 to_char(s.periode_mulai, 'YYYY-MM-DD') AS skp_mulai, to_char(s.periode_selesai, 'YYYY-MM-DD') AS skp_selesai,
                 ra.id AS ra_id, ra.rhk_id AS ra_rhk_id, ra.indikator_id AS ra_indikator_id, ra.uraian AS ra_uraian,
                 to_char(ra.periode_mulai, 'YYYY-MM-DD') AS ra_mulai, to_char(ra.periode_selesai, 'YYYY-MM-DD') AS ra_selesai,
                 ik.id AS ik_id, ik.rhk_id AS ik_rhk_id, ex.pegawai_id AS existing_pegawai_id,
                 ${sudahDinilaiSql(p.instansiId, sql`${p.pegawaiId}::uuid`, sql`${p.tanggal}::date`)} AS dinilai
            FROM instansi i
            LEFT JOIN pegawai pg ON pg.instansi_id = i.id AND pg.id = ${p.pegawaiId}::uuid
            LEFT JOIN rhk r ON r.instansi_id = i.id AND r.id = ${p.rhkId}::uuid
            LEFT JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id
            LEFT JOIN rencana_aksi ra ON ra.instansi_id = i.id AND ra.id = ${p.rencanaAksiId}::uuid
            LEFT JOIN indikator_kinerja ik ON ik.instansi_id = i.id AND ik.id = ${p.indikatorId}::uuid
            LEFT JOIN realisasi ex ON ex.instansi_id = i.id AND ex.id = ${p.id}::uuid
           WHERE i.id = ${p.instansiId}::uuid`,
    );
    return row ?? null;
  },

  /** The `pegawaiId|tanggal` keys of the pairs that lie in a period where that pegawai's evaluation is past DRAFT. */
  async tanggalDinilai(db: DbOrTx, instansiId: string, pairs: ReadonlyArray<{ pegawaiId: string; tanggal: string }>): Promise<string[]> {
    const rows = await queryRows<{ k: string }>(
      db,
      sql`SELECT DISTINCT x.pid::text || '|' || to_char(x.tgl, 'YYYY-MM-DD') AS k
            FROM unnest(${uuidArray(pairs.map((p) => p.pegawaiId))}, ${`{${pairs.map((p) => p.tanggal).join(',')}}`}::date[]) AS x(pid, tgl)
           WHERE ${sudahDinilaiSql(instansiId, sql`x.pid`, sql`x.tgl`)}`,
    );
    return rows.map((r) => r.k);
  },

  /**
   * A new entry with its audit event and its live event in one statement — atomic without a
   * transaction, one round trip — unless the id exists (a re-sent entry) or the date lies in a
   * period already assessed for the pegawai (checked again here, in the writing statement).
   * `audit` and `kabar` read the CTE `baru`. Returns the row only when this call created it.
   */
  async simpanBaru(db: DbOrTx, v: ImportRow & { instansiId: string }, audit: SQL, kabar: SQL) {
    const [row] = await queryRows<{ id: string; row_version: number; created_at: string; updated_at: string }>(
      db,
      sql`WITH baru AS (
            INSERT INTO realisasi (instansi_id, id, pegawai_id, skp_id, rhk_id, rencana_aksi_id, indikator_id, tanggal, uraian, jumlah, dicatat_oleh)
            SELECT ${v.instansiId}::uuid, ${v.id}::uuid, ${v.pegawaiId}::uuid, ${v.skpId}::uuid, ${v.rhkId}::uuid, ${v.rencanaAksiId}::uuid,
                   ${v.indikatorId}::uuid, ${v.tanggal}::date, ${v.uraian}::text, ${v.jumlah}::int, ${v.dicatatOleh}::uuid
             WHERE NOT ${sudahDinilaiSql(v.instansiId, sql`${v.pegawaiId}::uuid`, sql`${v.tanggal}::date`)}
            ON CONFLICT (instansi_id, id) DO NOTHING
            RETURNING id, row_version, created_at, updated_at
          ),
          audit AS (${audit}),
          kabar AS (${kabar})
          SELECT b.id, b.row_version, b.created_at, b.updated_at, (SELECT count(*) FROM kabar)::int AS kabar FROM baru b`,
    );
    return row ?? null;
  },


  /**
   * Bulk insert of an import: one INSERT … SELECT FROM unnest(…) per 5,000 rows, each column sent
   * as one array parameter (far cheaper to build, send and plan than thousands of bind parameters).
   */
  async insertMany(db: DbOrTx, instansiId: string, rows: ImportRow[]) {
    for (let i = 0; i < rows.length; i += 5000) {
      const c = rows.slice(i, i + 5000);
      const col = (f: (r: ImportRow) => string | number | null) => arrayLiteral(c.map(f));
      await db.execute(
        sql`INSERT INTO realisasi (instansi_id, id, pegawai_id, skp_id, rhk_id, rencana_aksi_id, indikator_id, tanggal, uraian, jumlah, dicatat_oleh)
            SELECT ${instansiId}::uuid, v.* FROM unnest(
              ${col((r) => r.id)}::uuid[], ${col((r) => r.pegawaiId)}::uuid[], ${col((r) => r.skpId)}::uuid[], ${col((r) => r.rhkId)}::uuid[],
              ${col((r) => r.rencanaAksiId)}::uuid[], ${col((r) => r.indikatorId)}::uuid[], ${col((r) => r.tanggal)}::date[],
              ${col((r) => r.uraian)}::text[], ${col((r) => r.jumlah)}::int[], ${col((r) => r.dicatatOleh)}::uuid[]
            ) AS v(id, pegawai_id, skp_id, rhk_id, rencana_aksi_id, indikator_id, tanggal, uraian, jumlah, dicatat_oleh)`,
      );
    }
  },

  async item(db: DbOrTx, instansiId: string, id: string): Promise<ItemRow | null> {
    const [row] = await queryRows<ItemRow>(db, sql`${selectItems(instansiId)} AND x.id = ${id}`);
    return row ?? null;
  },

  async items(db: DbOrTx, instansiId: string, f: ItemFilter, limit: number, offset: number): Promise<ItemRow[]> {
    return queryRows<ItemRow>(
      db,
      sql`${selectItems(instansiId)} ${filterSql(f)} ORDER BY x.tanggal DESC, x.created_at DESC, x.id LIMIT ${limit} OFFSET ${offset}`,
    );
  },

  async count(db: DbOrTx, instansiId: string, f: ItemFilter): Promise<number> {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM realisasi x WHERE x.instansi_id = ${instansiId} ${filterSql(f)}`);
    return row?.n ?? 0;
  },

  /** Claims the next row version: succeeds only if nobody changed the entry since `expected` was read. */
  async update(
    db: DbOrTx,
    instansiId: string,
    id: string,
    expected: number,
    values: { tanggal: string; uraian: string; jumlah: number | null; rencanaAksiId: string | null; indikatorId: string | null },
  ) {
    const [row] = await db
      .update(realisasi)
      .set({ ...values, rowVersion: sql`${realisasi.rowVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id), eq(realisasi.rowVersion, expected)))
      .returning({ id: realisasi.id, rowVersion: realisasi.rowVersion });
    return row ?? null;
  },

  /** Deletes an entry (its bukti rows cascade); returns the storage keys of its files, to remove after commit. */
  async delete(db: DbOrTx, instansiId: string, id: string): Promise<string[]> {
    const files = await queryRows<{ kunci: string }>(
      db,
      sql`SELECT kunci_penyimpanan AS kunci FROM bukti_dukung
           WHERE instansi_id = ${instansiId} AND realisasi_id = ${id} AND kunci_penyimpanan IS NOT NULL`,
    );
    await db.delete(realisasi).where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.id, id)));
    return files.map((f) => f.kunci);
  },

  // --- SKP, RHK, indicators, rencana aksi -------------------------------------------------------

  async skp(db: DbOrTx, instansiId: string, skpId: string): Promise<SkpKonteks | null> {
    const [row] = await queryRows<SkpKonteks>(
      db,
      sql`SELECT s.id, s.pegawai_id, s.tahun, s.versi, s.status, ${day(sql`s.periode_mulai`)} AS periode_mulai,
                 ${day(sql`s.periode_selesai`)} AS periode_selesai
            FROM skp s
           WHERE s.instansi_id = ${instansiId} AND s.id = ${skpId}`,
    );
    return row ?? null;
  },

  /** The pegawai's SKP of the year shown on the home screen: the newest version in force, else the newest. */
  async skpBeranda(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number) {
    const [row] = await queryRows<{ id: string; status: string; versi: number }>(
      db,
      sql`SELECT s.id, s.status, s.versi
            FROM instansi i
            LEFT JOIN LATERAL (
              SELECT s.id, s.status, s.versi FROM skp s
               WHERE s.instansi_id = i.id AND s.pegawai_id = ${pegawaiId} AND s.tahun = ${tahun}
               ORDER BY (s.status IN ${berlakuSql}) DESC, s.versi DESC LIMIT 1
            ) s ON true
           WHERE i.id = ${instansiId}`,
    );
    return row ?? null;
  },

  async rhkOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ id: string; jenis: string; uraian: string }>(
      db,
      sql`SELECT r.id, r.jenis, r.uraian FROM rhk r WHERE r.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at`,
    );
  },

  /** Indicators of an SKP with the sum of progress recorded against each. */
  async indikatorOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{
      id: string;
      rhk_id: string;
      aspek: string;
      uraian: string;
      target_nilai: string | null;
      target_satuan: string | null;
      target_teks: string | null;
      realisasi_jumlah: number;
    }>(
      db,
      sql`SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_teks,
                 COALESCE(sums.jumlah, 0)::float8 AS realisasi_jumlah
            FROM indikator_kinerja i
            JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id
            LEFT JOIN (
              SELECT x.indikator_id, sum(x.jumlah) AS jumlah FROM realisasi x
               WHERE x.instansi_id = ${instansiId} AND x.skp_id = ${skpId} AND x.indikator_id IS NOT NULL
               GROUP BY x.indikator_id
            ) sums ON sums.indikator_id = i.id
           WHERE i.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY i.rhk_id, i.urutan`,
    );
  },

  /** Rencana aksi of an SKP (or one), with the sum of progress and the number of entries of each. */
  async rencanaAksiOf(db: DbOrTx, instansiId: string, where: { skpId: string } | { id: string }): Promise<RencanaAksiRow[]> {
    return queryRows<RencanaAksiRow>(
      db,
      sql`SELECT ra.id, ra.skp_id, ra.rhk_id, ra.indikator_id, ra.periode, ${day(sql`ra.periode_mulai`)} AS periode_mulai,
                 ${day(sql`ra.periode_selesai`)} AS periode_selesai, ra.uraian, ra.target, ra.satuan,
                 COALESCE(agg.jumlah, 0)::float8 AS realisasi_jumlah, COALESCE(agg.n, 0)::int AS jumlah_entri
            FROM rencana_aksi ra
            LEFT JOIN LATERAL (
              SELECT sum(x.jumlah) AS jumlah, count(*) AS n FROM realisasi x
               WHERE x.instansi_id = ra.instansi_id AND x.rencana_aksi_id = ra.id
            ) agg ON true
           WHERE ra.instansi_id = ${instansiId} AND ${'skpId' in where ? sql`ra.skp_id = ${where.skpId}` : sql`ra.id = ${where.id}`}
           ORDER BY ra.periode, ra.created_at, ra.id`,
    );
  },

  async rhkInSkp(db: DbOrTx, instansiId: string, skpId: string, rhkId: string) {
    const [row] = await queryRows<{ id: string }>(db, sql`SELECT id FROM rhk WHERE instansi_id = ${instansiId} AND id = ${rhkId} AND skp_id = ${skpId}`);
    return !!row;
  },

  async indikatorOfRhk(db: DbOrTx, instansiId: string, indikatorId: string) {
    const [row] = await queryRows<{ rhk_id: string }>(
      db,
      sql`SELECT rhk_id FROM indikator_kinerja WHERE instansi_id = ${instansiId} AND id = ${indikatorId}`,
    );
    return row?.rhk_id ?? null;
  },

  async insertRencanaAksi(db: DbOrTx, values: typeof rencanaAksi.$inferInsert) {
    const [row] = await db.insert(rencanaAksi).values(values).returning({ id: rencanaAksi.id });
    if (!row) throw new Error('insert rencana_aksi returned nothing');
    return row.id;
  },

  async insertRencanaAksiMany(db: DbOrTx, values: Array<typeof rencanaAksi.$inferInsert>) {
    for (let i = 0; i < values.length; i += 2000) await db.insert(rencanaAksi).values(values.slice(i, i + 2000));
  },

  updateRencanaAksi: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof rencanaAksi.$inferInsert>) =>
    db
      .update(rencanaAksi)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id))),

  /** Entries of a plan that carry its old indicator take the new one (a new row version each). */
  async pindahIndikator(db: DbOrTx, instansiId: string, rencanaAksiId: string, dari: string | null, ke: string | null) {
    await db.execute(
      sql`UPDATE realisasi SET indikator_id = ${ke}::uuid, row_version = row_version + 1, updated_at = now()
           WHERE instansi_id = ${instansiId} AND rencana_aksi_id = ${rencanaAksiId} AND indikator_id IS NOT DISTINCT FROM ${dari}::uuid`,
    );
  },

  /** Deletes a plan unless progress refers to it (checked in the same statement, so no entry slips in between). */
  async deleteRencanaAksiUnused(db: DbOrTx, instansiId: string, id: string) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`DELETE FROM rencana_aksi ra WHERE ra.instansi_id = ${instansiId} AND ra.id = ${id}
             AND NOT EXISTS (SELECT 1 FROM realisasi x WHERE x.instansi_id = ra.instansi_id AND x.rencana_aksi_id = ra.id)
          RETURNING ra.id`,
    );
    return rows.length > 0;
  },

  // --- Bukti dukung -----------------------------------------------------------------------------

  async bukti(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<BuktiRow & { realisasi_id: string; kunci_penyimpanan: string | null; sha256: string | null; pegawai_id: string; tanggal: string }>(
      db,
      sql`SELECT b.id, b.jenis, b.nama, b.mime, b.ukuran, b.tautan, b.sha256, b.realisasi_id, b.kunci_penyimpanan, x.pegawai_id,
                 to_char(x.tanggal, 'YYYY-MM-DD') AS tanggal
            FROM bukti_dukung b JOIN realisasi x ON x.instansi_id = b.instansi_id AND x.id = b.realisasi_id
           WHERE b.instansi_id = ${instansiId} AND b.id = ${id}`,
    );
    return row ?? null;
  },

  async insertBuktiIfNew(db: DbOrTx, values: typeof buktiDukung.$inferInsert) {
    const [row] = await db
      .insert(buktiDukung)
      .values(values)
      .onConflictDoNothing({ target: [buktiDukung.instansiId, buktiDukung.id] })
      .returning({ id: buktiDukung.id });
    return !!row;
  },

  deleteBukti: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(buktiDukung).where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id))),

  // --- Import -----------------------------------------------------------------------------------

  /** Pegawai by NIP (for the import's NIP column). */
  async pegawaiByNip(db: DbOrTx, instansiId: string, nips: string[]) {
    if (nips.length === 0) return [];
    return queryRows<{ id: string; nip: string; nama: string; unit_id: string }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.nip = ANY(${`{${nips.join(',')}}`}::text[])`,
    );
  },

  /** The ids of the units in (the subtrees of) some units. */
  async subtree(db: DbOrTx, instansiId: string, rootIds: string[]) {
    if (rootIds.length === 0) return new Set<string>();
    const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM ${unitSubtreeIds(instansiId, rootIds)} sub`);
    return new Set(rows.map((r) => r.id));
  },

  /** RHK (by id) with their SKP, for the import's checks. */
  async rhkKonteks(db: DbOrTx, instansiId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return queryRows<{ id: string; skp_id: string; pegawai_id: string; status: string; mulai: string; selesai: string }>(
      db,
      sql`SELECT r.id, s.id AS skp_id, s.pegawai_id, s.status, ${day(sql`s.periode_mulai`)} AS mulai, ${day(sql`s.periode_selesai`)} AS selesai
            FROM rhk r JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id
           WHERE r.instansi_id = ${instansiId} AND r.id = ANY(${uuidArray(ids)})`,
    );
  },

  /** Rencana aksi (by id) with their period and RHK, for the import's checks. */
  async rencanaAksiKonteks(db: DbOrTx, instansiId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return queryRows<{ id: string; rhk_id: string; indikator_id: string | null; mulai: string; selesai: string }>(
      db,
      sql`SELECT ra.id, ra.rhk_id, ra.indikator_id, ${day(sql`ra.periode_mulai`)} AS mulai, ${day(sql`ra.periode_selesai`)} AS selesai
            FROM rencana_aksi ra WHERE ra.instansi_id = ${instansiId} AND ra.id = ANY(${uuidArray(ids)})`,
    );
  },

  /**
   * The import template's rows: for each pegawai (one, or every active pegawai of some units), the
   * RHK of their SKP in force for the year with its rencana aksi up to `sampai` — one row per plan,
   * or one row for an RHK without a plan yet.
   */
  async templat(db: DbOrTx, instansiId: string, who: { pegawaiId: string } | { unitId: string }, tahun: number, sampai: string) {
    const peg =
      'pegawaiId' in who
        ? sql`SELECT p.id, p.nip, p.nama FROM pegawai p WHERE p.instansi_id = ${instansiId} AND p.id = ${who.pegawaiId}`
        : sql`SELECT p.id, p.nip, p.nama FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
               WHERE p.instansi_id = ${instansiId} AND j.unit_id IN ${unitSubtreeIds(instansiId, [who.unitId])}
                 AND p.status NOT IN ('PENSIUN', 'NONAKTIF')`;
    return queryRows<TemplatRow>(
      db,
      sql`WITH peg AS (${peg}),
          cur AS (
            SELECT DISTINCT ON (s.pegawai_id) s.id, s.pegawai_id FROM skp s JOIN peg ON peg.id = s.pegawai_id
             WHERE s.instansi_id = ${instansiId} AND s.tahun = ${tahun} AND s.status IN ${berlakuSql}
             ORDER BY s.pegawai_id, s.versi DESC
          )
          SELECT peg.nip, peg.nama, r.id AS rhk_id, r.uraian AS rhk_uraian, ra.id AS ra_id, ra.uraian AS ra_uraian, ra.periode AS ra_periode
            FROM peg
            JOIN cur ON cur.pegawai_id = peg.id
            JOIN rhk r ON r.instansi_id = ${instansiId} AND r.skp_id = cur.id
            LEFT JOIN rencana_aksi ra ON ra.instansi_id = r.instansi_id AND ra.rhk_id = r.id AND ra.periode_mulai <= ${sampai}::date
           ORDER BY peg.nama, peg.nip, CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at, ra.periode, ra.created_at`,
    );
  },

  // --- The monthly roll-up (decision 0017): checked against the entries and rebuilt from them

  /** Compares the roll-up with the entries (of one pemda, or all when `instansiId` is null). */
  async periksaRekap(db: DbOrTx, instansiId: string | null): Promise<HasilPeriksaRekap> {
    const [row] = await queryRows<HasilPeriksaRekap>(
      db,
      sql`WITH e AS (${dariEntri(instansiId)}), b AS (${tersimpan(instansiId)})
          SELECT (SELECT count(*) FROM b)::int AS baris,
                 (SELECT COALESCE(sum(entri), 0) FROM b)::int AS entri,
                 (SELECT count(*) FROM ((SELECT * FROM e EXCEPT SELECT * FROM b) UNION ALL (SELECT * FROM b EXCEPT SELECT * FROM e)) d)::int AS beda`,
    );
    return row!;
  },

  /**
   * Rebuilds the roll-up from the entries in one transaction; writers of realisasi wait for it
   * (SHARE lock), so nothing written meanwhile is lost or counted twice.
   */
  async bangunRekap(db: Db, instansiId: string | null): Promise<HasilPeriksaRekap> {
    return db.transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE realisasi IN SHARE MODE`);
      await tx.execute(sql`DELETE FROM realisasi_bulanan WHERE (${instansiId}::uuid IS NULL OR instansi_id = ${instansiId}::uuid)`);
      await tx.execute(sql`INSERT INTO realisasi_bulanan (instansi_id, pegawai_id, bulan, indikator_id, rencana_aksi_id, jumlah, entri) ${dariEntri(instansiId)}`);
      return realisasiRepository.periksaRekap(tx, instansiId);
    });
  },
};
