import { EVALUASI_FINAL, EVALUASI_WORKFLOW, SKP_BERLAKU as SKP_BERLAKU_STATES, statesAllowing, targetState } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { queryParsed, Waktu } from '../db/rows.js';
import { capaianOrganisasi, evaluasiPerilaku, evaluasiRhk, evaluasiRiwayat, periodePenilaian } from '../db/schema.js';

// Status lists from the domain's workflows (never restated here).
/** An approved SKP still in force (one under revision is still the one in force). */
const SKP_BERLAKU = sqlList(SKP_BERLAKU_STATES);
const FINALISH = sqlList(EVALUASI_FINAL);
/** The states a unit's finalisation moves to FINAL, and the states a rating may be saved in. */
const BOLEH_FINALISASI = sqlList(statesAllowing(EVALUASI_WORKFLOW, 'finalisasi'));
const BOLEH_NILAI = sqlList(statesAllowing(EVALUASI_WORKFLOW, 'nilai'));
const STATUS_FINAL = targetState(EVALUASI_WORKFLOW, 'finalisasi');
const STATUS_DINILAI = targetState(EVALUASI_WORKFLOW, 'nilai');

export interface PeriodeRow {
  id: string;
  jenis: string;
  tahun: number;
  nomor: number;
  mulai: string;
  selesai: string;
  batas_penilaian: string;
  status: string;
  /** The aturan penilaian version fixed when the period was opened (null: the defaults). */
  aturan_versi: number | null;
}

export interface PeriodeProgresRow extends PeriodeRow {
  evaluasi: number;
  dinilai: number;
  final: number;
  unit_total: number;
  unit_selesai: number;
}

const PERIODE_COLS = sql`pp.id, pp.jenis, pp.tahun, pp.nomor, pp.mulai::text AS mulai, pp.selesai::text AS selesai,
                         pp.batas_penilaian::text AS batas_penilaian, pp.status, pp.aturan_versi`;

export interface KandidatRow {
  pegawai_id: string;
  skp_id: string;
  unit_id: string;
  kepala_unit: boolean;
  /** Holds a Plt/Plh seat on the date: their chain of command may differ from their unit's. */
  acting: boolean;
}

/** Who assesses a group of pegawai: one row per (unit, heads it) or per pegawai. */
export interface PenilaiGrup {
  unit_id: string;
  kepala: boolean;
  penilai: string | null;
  atasan: string | null;
}
export interface PenilaiPegawai {
  pegawai_id: string;
  penilai: string | null;
  atasan: string | null;
}

/** The pegawai of a period with an SKP in force that covers (part of) the period, one SKP each (the newest version). */
const kandidatSql = (instansiId: string, p: { tahun: number; mulai: string; selesai: string }) => sql`
  SELECT DISTINCT ON (s.pegawai_id) s.pegawai_id, s.id AS skp_id, j.unit_id, j.kepala_unit
    FROM skp s
    JOIN pegawai p ON p.instansi_id = s.instansi_id AND p.id = s.pegawai_id AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
   WHERE s.instansi_id = ${instansiId} AND s.tahun = ${p.tahun} AND s.status IN ${SKP_BERLAKU}
     AND s.periode_mulai <= ${p.selesai}::date AND s.periode_selesai >= ${p.mulai}::date
   ORDER BY s.pegawai_id, s.versi DESC`;

export interface AgregatRow {
  unit_id: string;
  status: string;
  predikat: string | null;
  n: number;
}

export interface CapaianRow {
  /** The document id of the printed "Penetapan Predikat Kinerja Organisasi". */
  id: string;
  unit_id: string;
  capaian: string;
  justifikasi: string;
  ditetapkan_oleh: string;
  ditetapkan_oleh_nama: string | null;
  ditetapkan_at: Date | string;
  row_version: number;
}

export const FinalisasiRowSchema = z.object({
  unit_id: z.string(),
  kurva: z.object({ pelanggaran: z.array(z.object({ id: z.string(), pesan: z.string(), selisih: z.number() })).optional() }).nullable(),
  override_alasan: z.string().nullable(),
  override_oleh: z.string().nullable(),
  override_oleh_nama: z.string().nullable(),
  oleh_id: z.string().nullable(),
  oleh_nama: z.string().nullable(),
  created_at: Waktu,
});
export type FinalisasiRow = z.infer<typeof FinalisasiRowSchema>;

/** The post-assessment discussion as stored (evaluasi.diskusi). */
const DiskusiTersimpanSchema = z.object({
  baik: z.string(),
  perbaikan: z.string(),
  rencanaPengembangan: z.array(z.string()),
  dicatatAt: z.string(),
  dicatatOleh: z.object({ id: z.string(), nama: z.string() }).nullable().optional(),
});

export const EvaluasiRowSchema = z.object({
  id: z.string(),
  periode_id: z.string(),
  pegawai_id: z.string(),
  skp_id: z.string(),
  unit_id: z.string(),
  pejabat_penilai_id: z.string().nullable(),
  atasan_penilai_id: z.string().nullable(),
  status: z.string(),
  rating_hasil_kerja: z.string().nullable(),
  rating_perilaku: z.string().nullable(),
  predikat: z.string().nullable(),
  umpan_balik_hasil_kerja: z.string().nullable(),
  umpan_balik_perilaku: z.string().nullable(),
  diskusi: DiskusiTersimpanSchema.nullable(),
  disampaikan_at: Waktu.nullable(),
  diterima_at: Waktu.nullable(),
  final_at: Waktu.nullable(),
  row_version: z.number(),
  nip: z.string(),
  nama: z.string(),
  gelar_depan: z.string().nullable(),
  gelar_belakang: z.string().nullable(),
  jabatan_nama: z.string(),
  kepala_unit: z.boolean(),
  unit_nama: z.string(),
  capaian: z.string().nullable(),
  p_jenis: z.string(),
  p_tahun: z.number(),
  p_nomor: z.number(),
  p_mulai: z.string(),
  p_selesai: z.string(),
  p_batas: z.string(),
  p_status: z.string(),
  p_aturan_versi: z.number().nullable(),
  ada_keberatan: z.boolean(),
  skp_berlaku: z.boolean(),
});
export type EvaluasiRow = z.infer<typeof EvaluasiRowSchema>;

const EVALUASI_SELECT = sql`
  SELECT e.id, e.periode_id, e.pegawai_id, e.skp_id, e.unit_id, e.pejabat_penilai_id, e.atasan_penilai_id, e.status,
         e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.umpan_balik_hasil_kerja, e.umpan_balik_perilaku, e.diskusi,
         e.disampaikan_at, e.diterima_at, e.final_at, e.row_version,
         p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama, (j.kepala_unit AND j.unit_id = e.unit_id) AS kepala_unit,
         u.nama AS unit_nama, co.capaian,
         pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor, pp.mulai::text AS p_mulai, pp.selesai::text AS p_selesai,
         pp.batas_penilaian::text AS p_batas, pp.status AS p_status, pp.aturan_versi AS p_aturan_versi,
         EXISTS (SELECT 1 FROM keberatan k WHERE k.instansi_id = e.instansi_id AND k.evaluasi_id = e.id) AS ada_keberatan,
         EXISTS (SELECT 1 FROM skp s WHERE s.instansi_id = e.instansi_id AND s.pegawai_id = e.pegawai_id AND s.tahun = pp.tahun
                    AND s.status IN ${SKP_BERLAKU}) AS skp_berlaku
    FROM evaluasi e
    JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
    JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
    JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
    LEFT JOIN capaian_organisasi co ON co.instansi_id = e.instansi_id AND co.periode_id = e.periode_id AND co.unit_id = e.unit_id`;

export const penilaianRepository = {
  // -------------------------------------------------------------------------------------------
  // Periods

  listPeriode(db: DbOrTx, instansiId: string, tahun?: number) {
    return queryRows<PeriodeProgresRow>(
      db,
      sql`SELECT ${PERIODE_COLS},
                 COALESCE(e.n, 0)::int AS evaluasi, COALESCE(e.dinilai, 0)::int AS dinilai, COALESCE(e.final, 0)::int AS final,
                 COALESCE(e.units, 0)::int AS unit_total, COALESCE(f.n, 0)::int AS unit_selesai
            FROM periode_penilaian pp
            LEFT JOIN LATERAL (
              SELECT count(*) AS n, count(*) FILTER (WHERE e.status <> ${EVALUASI_WORKFLOW.initial}) AS dinilai,
                     count(*) FILTER (WHERE e.status IN ${FINALISH}) AS final, count(DISTINCT e.unit_id) AS units
                FROM evaluasi e WHERE e.instansi_id = pp.instansi_id AND e.periode_id = pp.id
            ) e ON true
            LEFT JOIN LATERAL (
              SELECT count(*) AS n FROM finalisasi_unit f WHERE f.instansi_id = pp.instansi_id AND f.periode_id = pp.id
            ) f ON true
           WHERE pp.instansi_id = ${instansiId} ${tahun ? sql`AND pp.tahun = ${tahun}` : sql``}
           ORDER BY pp.tahun DESC, pp.jenis = 'TAHUNAN' DESC, pp.nomor DESC`,
    );
  },

  /** One period; `lock` takes a row lock for the rest of the caller's transaction. */
  async periode(db: DbOrTx, instansiId: string, id: string, lock?: 'share' | 'update'): Promise<PeriodeRow | null> {
    const [row] = await queryRows<PeriodeRow>(
      db,
      sql`SELECT ${PERIODE_COLS} FROM periode_penilaian pp WHERE pp.instansi_id = ${instansiId} AND pp.id = ${id}
          ${lock === 'share' ? sql`FOR SHARE` : lock === 'update' ? sql`FOR UPDATE` : sql``}`,
    );
    return row ?? null;
  },

  async periodeExists(db: DbOrTx, instansiId: string, tahun: number, jenis: string, nomor: number) {
    const rows = await db
      .select({ id: periodePenilaian.id })
      .from(periodePenilaian)
      .where(and(eq(periodePenilaian.instansiId, instansiId), eq(periodePenilaian.tahun, tahun), eq(periodePenilaian.jenis, jenis), eq(periodePenilaian.nomor, nomor)));
    return rows.length > 0;
  },

  /** Nothing returned when the (tahun, jenis, nomor) period exists already. */
  insertPeriode: (db: DbOrTx, values: typeof periodePenilaian.$inferInsert) =>
    db.insert(periodePenilaian).values(values).onConflictDoNothing().returning({ id: periodePenilaian.id }),

  tutupPeriode: (db: DbOrTx, instansiId: string, id: string, at: Date) =>
    db
      .update(periodePenilaian)
      .set({ status: 'DITUTUP', ditutupAt: at })
      .where(and(eq(periodePenilaian.instansiId, instansiId), eq(periodePenilaian.id, id), eq(periodePenilaian.status, 'DIBUKA')))
      .returning({ id: periodePenilaian.id }),

  /** Who will get an evaluation in a new period, with what decides their chain of command. */
  kandidat(db: DbOrTx, instansiId: string, p: { tahun: number; mulai: string; selesai: string }, tanggal: string) {
    return queryRows<KandidatRow>(
      db,
      sql`SELECT k.*, EXISTS (SELECT 1 FROM penugasan_plt t WHERE t.instansi_id = ${instansiId} AND t.pegawai_id = k.pegawai_id
                                 AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai) AS acting
            FROM (${kandidatSql(instansiId, p)}) k`,
    );
  },

  /**
   * Creates the period's evaluations (DRAFT) in one INSERT … SELECT: every pegawai with an SKP in
   * force, in their unit, with the pejabat penilai and atasan given per group (unit and whether they
   * head it) or per pegawai. Existing ones are left alone. Returns the number created.
   */
  async insertEvaluasi(
    tx: DbOrTx,
    instansiId: string,
    periode: { id: string; tahun: number; mulai: string; selesai: string },
    grup: PenilaiGrup[],
    perPegawai: PenilaiPegawai[],
  ) {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO evaluasi (instansi_id, periode_id, pegawai_id, skp_id, unit_id, pejabat_penilai_id, atasan_penilai_id)
          SELECT ${instansiId}::uuid, ${periode.id}::uuid, k.pegawai_id, k.skp_id, k.unit_id,
                 CASE WHEN ind.pegawai_id IS NOT NULL THEN ind.penilai ELSE g.penilai END,
                 CASE WHEN ind.pegawai_id IS NOT NULL THEN ind.atasan ELSE g.atasan END
            FROM (${kandidatSql(instansiId, periode)}) k
            LEFT JOIN jsonb_to_recordset(${JSON.stringify(grup)}::jsonb) AS g(unit_id uuid, kepala boolean, penilai uuid, atasan uuid)
                   ON g.unit_id = k.unit_id AND g.kepala = k.kepala_unit
            LEFT JOIN jsonb_to_recordset(${JSON.stringify(perPegawai)}::jsonb) AS ind(pegawai_id uuid, penilai uuid, atasan uuid)
                   ON ind.pegawai_id = k.pegawai_id
          ON CONFLICT (instansi_id, periode_id, pegawai_id) DO NOTHING
          RETURNING id`,
    );
    return rows.length;
  },

  // -------------------------------------------------------------------------------------------
  // Units: counts, results, finalisations

  /** Evaluations of a period counted per unit, status and predikat: one query, whatever the size. */
  agregat(db: DbOrTx, instansiId: string, periodeId: string, unitIds?: readonly string[]) {
    return queryRows<AgregatRow>(
      db,
      sql`SELECT unit_id, status, predikat, count(*)::int AS n FROM evaluasi
           WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId}
             ${unitIds ? sql`AND unit_id = ANY(${uuidArray(unitIds)})` : sql``}
           GROUP BY unit_id, status, predikat`,
    );
  },

  capaian(db: DbOrTx, instansiId: string, periodeId: string, unitId?: string) {
    return queryRows<CapaianRow>(
      db,
      sql`SELECT c.id, c.unit_id, c.capaian, c.justifikasi, c.ditetapkan_oleh, p.nama AS ditetapkan_oleh_nama, c.ditetapkan_at, c.row_version
            FROM capaian_organisasi c LEFT JOIN pegawai p ON p.instansi_id = c.instansi_id AND p.id = c.ditetapkan_oleh
           WHERE c.instansi_id = ${instansiId} AND c.periode_id = ${periodeId} ${unitId ? sql`AND c.unit_id = ${unitId}` : sql``}`,
    );
  },

  /**
   * Public: a unit result by its document id alone (its QR code names no tenant; decision 0004),
   * with what the printed document shows.
   */
  async capaianUntukVerifikasi(db: DbOrTx, id: string) {
    const [row] = await queryRows<{
      id: string;
      instansi_id: string;
      periode_id: string;
      unit_id: string;
      unit_nama: string;
      capaian: string;
      justifikasi: string;
      ditetapkan_oleh: string;
      ditetapkan_oleh_nama: string | null;
      ditetapkan_at: Date | string;
      p_jenis: string;
      p_tahun: number;
      p_nomor: number;
      final: boolean;
    }>(
      db,
      sql`SELECT c.id, c.instansi_id, c.periode_id, c.unit_id, u.nama AS unit_nama, c.capaian, c.justifikasi, c.ditetapkan_oleh,
                 p.nama AS ditetapkan_oleh_nama, c.ditetapkan_at, pp.jenis AS p_jenis, pp.tahun AS p_tahun, pp.nomor AS p_nomor,
                 EXISTS (SELECT 1 FROM finalisasi_unit f WHERE f.instansi_id = c.instansi_id AND f.periode_id = c.periode_id AND f.unit_id = c.unit_id) AS final
            FROM capaian_organisasi c
            JOIN unit_kerja u ON u.instansi_id = c.instansi_id AND u.id = c.unit_id
            JOIN periode_penilaian pp ON pp.instansi_id = c.instansi_id AND pp.id = c.periode_id
            LEFT JOIN pegawai p ON p.instansi_id = c.instansi_id AND p.id = c.ditetapkan_oleh
           WHERE c.id = ${id}`,
    );
    return row ?? null;
  },

  async upsertCapaian(tx: DbOrTx, values: { instansiId: string; periodeId: string; unitId: string; capaian: string; justifikasi: string; olehId: string; at: Date }, rowVersion: number | null) {
    if (rowVersion === null) {
      const rows = await tx
        .insert(capaianOrganisasi)
        .values({ instansiId: values.instansiId, periodeId: values.periodeId, unitId: values.unitId, capaian: values.capaian, justifikasi: values.justifikasi, ditetapkanOleh: values.olehId, ditetapkanAt: values.at })
        .onConflictDoNothing()
        .returning({ rowVersion: capaianOrganisasi.rowVersion });
      return rows[0] ?? null;
    }
    const rows = await tx
      .update(capaianOrganisasi)
      .set({ capaian: values.capaian, justifikasi: values.justifikasi, ditetapkanOleh: values.olehId, ditetapkanAt: values.at, rowVersion: sql`${capaianOrganisasi.rowVersion} + 1` })
      .where(
        and(
          eq(capaianOrganisasi.instansiId, values.instansiId),
          eq(capaianOrganisasi.periodeId, values.periodeId),
          eq(capaianOrganisasi.unitId, values.unitId),
          eq(capaianOrganisasi.rowVersion, rowVersion),
        ),
      )
      .returning({ rowVersion: capaianOrganisasi.rowVersion });
    return rows[0] ?? null;
  },

  finalisasi(db: DbOrTx, instansiId: string, periodeId: string, unitId?: string) {
    return queryParsed(
      db,
      'finalisasi_unit',
      FinalisasiRowSchema,
      sql`SELECT f.unit_id, f.kurva, f.override_alasan, f.override_oleh, po.nama AS override_oleh_nama, f.oleh_id, pf.nama AS oleh_nama, f.created_at
            FROM finalisasi_unit f
            LEFT JOIN pegawai po ON po.instansi_id = f.instansi_id AND po.id = f.override_oleh
            LEFT JOIN pegawai pf ON pf.instansi_id = f.instansi_id AND pf.id = f.oleh_id
           WHERE f.instansi_id = ${instansiId} AND f.periode_id = ${periodeId} ${unitId ? sql`AND f.unit_id = ${unitId}` : sql``}`,
    );
  },

  /** Unit ids of a period already finalised. */
  unitNama(db: DbOrTx, instansiId: string, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return queryRows<{ id: string; nama: string }>(db, sql`SELECT id, nama FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ANY(${uuidArray(ids)})`);
  },

  async unitFinal(db: DbOrTx, instansiId: string, periodeId: string): Promise<Set<string>> {
    const rows = await queryRows<{ unit_id: string }>(db, sql`SELECT unit_id FROM finalisasi_unit WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId}`);
    return new Set(rows.map((r) => r.unit_id));
  },

  /** The evaluations of one unit in a period, locked against concurrent rating until the transaction ends. */
  unitEvaluasiForUpdate(tx: DbOrTx, instansiId: string, periodeId: string, unitId: string) {
    return queryRows<{ id: string; pegawai_id: string; nip: string; nama: string; status: string; predikat: string | null }>(
      tx,
      sql`SELECT e.id, e.pegawai_id, p.nip, p.nama, e.status, e.predikat
            FROM evaluasi e JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId} AND e.unit_id = ${unitId}
           ORDER BY p.nama
           FOR UPDATE OF e`,
    );
  },

  /** Finalisation records of many units in one statement (rows: { u: unitId, k: kurva }). */
  async insertFinalisasi(
    tx: DbOrTx,
    instansiId: string,
    periodeId: string,
    rows: ReadonlyArray<{ u: string; k: unknown }>,
    m: { olehId: string; overrideAlasan: string | null; overrideOleh: string | null; at: Date },
  ) {
    if (rows.length === 0) return 0;
    const out = await queryRows<{ unit_id: string }>(
      tx,
      sql`INSERT INTO finalisasi_unit (instansi_id, periode_id, unit_id, kurva, override_alasan, override_oleh, oleh_id, created_at)
          SELECT ${instansiId}::uuid, ${periodeId}::uuid, (x->>'u')::uuid, x->'k', ${m.overrideAlasan}::text, ${m.overrideOleh}::uuid,
                 ${m.olehId}::uuid, ${m.at.toISOString()}::timestamptz
            FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS x
          ON CONFLICT (instansi_id, periode_id, unit_id) DO NOTHING
          RETURNING unit_id`,
    );
    return out.length;
  },

  /** Every rated evaluation of the units → FINAL, set-based. Returns how many. */
  async finalkan(tx: DbOrTx, instansiId: string, periodeId: string, unitIds: readonly string[], at: Date) {
    if (unitIds.length === 0) return 0;
    const rows = await queryRows<{ n: number }>(
      tx,
      sql`WITH u AS (
            UPDATE evaluasi SET status = ${STATUS_FINAL}, final_at = ${at.toISOString()}::timestamptz, disampaikan_at = ${at.toISOString()}::timestamptz, updated_at = ${at.toISOString()}::timestamptz,
                   row_version = row_version + 1
             WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND status IN ${BOLEH_FINALISASI} AND unit_id = ANY(${uuidArray(unitIds)})
            RETURNING 1)
          SELECT count(*)::int AS n FROM u`,
    );
    return rows[0]?.n ?? 0;
  },

  /** The notification source (for notifikasiRepository.insertFrom) of the evaluations just finalised. */
  notifikasiFinalSql(instansiId: string, periodeId: string, unitIds: readonly string[], at: Date, m: { judul: string; predikatLabel: Record<string, string>; periodeLabel: string; batasKeberatan: string }): SQL {
    const label = sql.join(
      Object.entries(m.predikatLabel).map(([k, v]) => sql`WHEN ${k} THEN ${v}::text`),
      sql` `,
    );
    return sql`
      SELECT e.pegawai_id, 'PENILAIAN_FINAL'::text AS jenis, ${m.judul}::text AS judul,
             concat('Hasil penilaian kinerja ', ${m.periodeLabel}::text, ' Anda telah final dengan predikat ', CASE e.predikat ${label} ELSE '-' END,
                    '. Buka hasil dan umpan baliknya; keberatan dapat diajukan paling lambat ', ${m.batasKeberatan}::text, '.') AS pesan,
             concat('/penilaian/evaluasi/', e.id) AS tautan,
             concat('penilaian-final:', e.id) AS kunci
        FROM evaluasi e
       WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId} AND e.status = ${STATUS_FINAL}
         AND e.final_at = ${at.toISOString()}::timestamptz AND e.unit_id = ANY(${uuidArray(unitIds)})`;
  },

  /** Rated evaluations of the heads of a unit (their rating hasil kerja follows the unit's result). */
  kepalaEvaluasi(tx: DbOrTx, instansiId: string, periodeId: string, unitId: string) {
    return queryRows<{ id: string; status: string; rating_hasil_kerja: string | null; rating_perilaku: string | null; predikat: string | null; row_version: number }>(
      tx,
      sql`SELECT e.id, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.row_version
            FROM evaluasi e
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id AND j.kepala_unit AND j.unit_id = e.unit_id
           WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId} AND e.unit_id = ${unitId}
           FOR UPDATE OF e`,
    );
  },

  // -------------------------------------------------------------------------------------------
  // Evaluations

  async evaluasi(db: DbOrTx, instansiId: string, id: string): Promise<EvaluasiRow | null> {
    const [row] = await queryParsed(db, 'evaluasi', EvaluasiRowSchema, sql`${EVALUASI_SELECT} WHERE e.instansi_id = ${instansiId} AND e.id = ${id}`);
    return row ?? null;
  },

  /** Evaluations of one pegawai (all periods, or one), or of several pegawai / rated by someone in some periods. */
  listEvaluasi(db: DbOrTx, instansiId: string, f: { pegawaiId: string; periodeId?: string | undefined } | { periodeIds: readonly string[]; pegawaiIds: readonly string[]; penilaiId: string }) {
    const where =
      'pegawaiId' in f
        ? sql`e.pegawai_id = ${f.pegawaiId} ${f.periodeId ? sql`AND e.periode_id = ${f.periodeId}` : sql``}`
        : sql`e.periode_id = ANY(${uuidArray(f.periodeIds)}) AND (e.pegawai_id = ANY(${uuidArray(f.pegawaiIds)}) OR e.pejabat_penilai_id = ${f.penilaiId})`;
    return queryParsed(
      db,
      'evaluasi',
      EvaluasiRowSchema,
      sql`${EVALUASI_SELECT} WHERE e.instansi_id = ${instansiId} AND ${where} ORDER BY pp.tahun DESC, pp.mulai DESC, pp.jenis, p.nama`,
    );
  },

  /** The SKP in force for a pegawai and year (the newest approved version), if any. */
  async skpBerlaku(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number) {
    const [row] = await queryRows<{ id: string; status: string }>(
      db,
      sql`SELECT id, status FROM skp WHERE instansi_id = ${instansiId} AND pegawai_id = ${pegawaiId} AND tahun = ${tahun}
             AND status IN ${SKP_BERLAKU} ORDER BY versi DESC LIMIT 1`,
    );
    return row ?? null;
  },

  /** An SKP's own period (its targets cover these days). */
  async skpPeriode(db: DbOrTx, instansiId: string, skpId: string) {
    const [row] = await queryRows<{ mulai: string; selesai: string }>(
      db,
      sql`SELECT periode_mulai::text AS mulai, periode_selesai::text AS selesai FROM skp WHERE instansi_id = ${instansiId} AND id = ${skpId}`,
    );
    return row ?? null;
  },

  /** The rencana aksi of an SKP planned inside a period (their targets set the period's share). */
  rencanaAksiPeriode(db: DbOrTx, instansiId: string, skpId: string, mulai: string, selesai: string) {
    return queryRows<{ rhk_id: string; indikator_id: string | null; target: number | null }>(
      db,
      sql`SELECT rhk_id, indikator_id, target FROM rencana_aksi
           WHERE instansi_id = ${instansiId} AND skp_id = ${skpId} AND periode_mulai >= ${mulai}::date AND periode_selesai <= ${selesai}::date`,
    );
  },

  /**
   * A pegawai's other evaluations of a year (the periodic results beside the annual rating), oldest
   * period first.
   */
  evaluasiTahun(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number, kecuali: string) {
    return queryRows<{ id: string; jenis: string; tahun: number; nomor: number; status: string; predikat: string | null; rating_hasil_kerja: string | null; rating_perilaku: string | null }>(
      db,
      sql`SELECT e.id, pp.jenis, pp.tahun, pp.nomor, e.status, e.predikat, e.rating_hasil_kerja, e.rating_perilaku
            FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
           WHERE e.instansi_id = ${instansiId} AND e.pegawai_id = ${pegawaiId} AND pp.tahun = ${tahun} AND e.id <> ${kecuali}
           ORDER BY pp.mulai, pp.jenis`,
    );
  },

  rhkOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ id: string; jenis: string; uraian: string }>(
      db,
      sql`SELECT id, jenis, uraian FROM rhk WHERE instansi_id = ${instansiId} AND skp_id = ${skpId}
           ORDER BY jenis = 'TAMBAHAN', urutan, created_at`,
    );
  },

  indikatorOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ id: string; rhk_id: string; aspek: string; uraian: string; target_nilai: string | null; target_satuan: string | null; target_teks: string | null }>(
      db,
      sql`SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target_nilai, i.target_satuan, i.target_teks
            FROM indikator_kinerja i JOIN rhk r ON r.instansi_id = i.instansi_id AND r.id = i.rhk_id
           WHERE i.instansi_id = ${instansiId} AND r.skp_id = ${skpId}
           ORDER BY i.urutan, i.id`,
    );
  },

  /**
   * Realised values per indicator from the pegawai's entries dated in the period: their sum and the
   * latest reported value (domain `realisasiPeriode` picks one by the kind of indicator).
   */
  realisasiPerIndikator(db: DbOrTx, instansiId: string, pegawaiId: string, indikatorIds: readonly string[], mulai: string, selesai: string) {
    if (indikatorIds.length === 0) return Promise.resolve([]);
    return queryRows<{ indikator_id: string; jumlah: number | null; terakhir: number | null }>(
      db,
      sql`SELECT indikator_id, sum(jumlah)::float8 AS jumlah,
                 ((array_agg(jumlah ORDER BY tanggal DESC, created_at DESC) FILTER (WHERE jumlah IS NOT NULL))[1])::float8 AS terakhir
            FROM realisasi
           WHERE instansi_id = ${instansiId} AND pegawai_id = ${pegawaiId} AND indikator_id = ANY(${uuidArray(indikatorIds)})
             AND tanggal BETWEEN ${mulai}::date AND ${selesai}::date
           GROUP BY indikator_id`,
    );
  },

  /** Evidence of the pegawai's entries in the period, the newest 20 per RHK. */
  buktiPerRhk(db: DbOrTx, instansiId: string, pegawaiId: string, rhkIds: readonly string[], mulai: string, selesai: string) {
    if (rhkIds.length === 0) return Promise.resolve([]);
    return queryRows<{ id: string; rhk_id: string; nama: string; jenis: string; tautan: string | null }>(
      db,
      sql`SELECT id, rhk_id, nama, jenis, tautan FROM (
            SELECT b.id, r.rhk_id, b.nama, b.jenis, b.tautan, b.created_at,
                   row_number() OVER (PARTITION BY r.rhk_id ORDER BY b.created_at DESC, b.id) AS nomor
              FROM bukti_dukung b JOIN realisasi r ON r.instansi_id = b.instansi_id AND r.id = b.realisasi_id
             WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = ${pegawaiId} AND r.rhk_id = ANY(${uuidArray(rhkIds)})
               AND r.tanggal BETWEEN ${mulai}::date AND ${selesai}::date
          ) x WHERE nomor <= 20 ORDER BY created_at DESC, id`,
    );
  },

  /** Feedback written about the pegawai during the period, with the RHK of the entry it was on. */
  umpanBalikPeriode(db: DbOrTx, instansiId: string, pegawaiId: string, mulai: string, selesai: string) {
    return queryRows<{ tanggal: string; pesan: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; perilaku_kode: string | null; rhk_id: string | null }>(
      db,
      sql`SELECT u.tanggal::text AS tanggal, u.pesan, p.nama, p.gelar_depan, p.gelar_belakang, u.perilaku_kode, r.rhk_id
            FROM umpan_balik u
            JOIN pegawai p ON p.instansi_id = u.instansi_id AND p.id = u.penulis_id
            LEFT JOIN realisasi r ON r.instansi_id = u.instansi_id AND r.id = u.realisasi_id
           WHERE u.instansi_id = ${instansiId} AND u.pegawai_id = ${pegawaiId} AND u.tanggal BETWEEN ${mulai}::date AND ${selesai}::date
           ORDER BY u.tanggal, u.seq`,
    );
  },

  ekspektasiOf(db: DbOrTx, instansiId: string, skpId: string) {
    return queryRows<{ kode: string; ekspektasi: string }>(db, sql`SELECT kode, ekspektasi FROM skp_perilaku WHERE instansi_id = ${instansiId} AND skp_id = ${skpId}`);
  },

  ratingRhkOf(db: DbOrTx, instansiId: string, evaluasiId: string) {
    return queryRows<{ rhk_id: string; rating: string; umpan_balik: string | null }>(
      db,
      sql`SELECT rhk_id, rating, umpan_balik FROM evaluasi_rhk WHERE instansi_id = ${instansiId} AND evaluasi_id = ${evaluasiId}`,
    );
  },

  perilakuOf(db: DbOrTx, instansiId: string, evaluasiId: string) {
    return queryRows<{ kode: string; umpan_balik: string }>(
      db,
      sql`SELECT kode, umpan_balik FROM evaluasi_perilaku WHERE instansi_id = ${instansiId} AND evaluasi_id = ${evaluasiId}`,
    );
  },

  /** The 360° answers about a pegawai in a period: scores only (the table has no respondent). */
  skor360(db: DbOrTx, instansiId: string, periodeId: string, pegawaiId: string) {
    return queryRows<{ skor: Record<string, unknown> }>(
      db,
      sql`SELECT skor FROM jawaban_360 WHERE instansi_id = ${instansiId} AND periode_id = ${periodeId} AND pegawai_id = ${pegawaiId}`,
    );
  },

  /** Claims the row version and stores the ratings; null when someone else changed it (or it became final). */
  async simpanRating(
    tx: DbOrTx,
    instansiId: string,
    id: string,
    rowVersion: number,
    v: {
      skpId: string;
      ratingHasilKerja: string;
      ratingPerilaku: string;
      predikat: string;
      umpanBalikHasilKerja: string | null;
      umpanBalikPerilaku: string | null;
      pejabatPenilaiId: string;
      atasanPenilaiId: string | null;
      at: Date;
    },
  ) {
    const [row] = await queryRows<{ row_version: number }>(
      tx,
      sql`UPDATE evaluasi SET status = ${STATUS_DINILAI}, skp_id = ${v.skpId}, rating_hasil_kerja = ${v.ratingHasilKerja}, rating_perilaku = ${v.ratingPerilaku},
                 predikat = ${v.predikat}, umpan_balik_hasil_kerja = ${v.umpanBalikHasilKerja}, umpan_balik_perilaku = ${v.umpanBalikPerilaku},
                 pejabat_penilai_id = ${v.pejabatPenilaiId}, atasan_penilai_id = ${v.atasanPenilaiId},
                 row_version = row_version + 1, updated_at = ${v.at.toISOString()}::timestamptz
           WHERE instansi_id = ${instansiId} AND id = ${id} AND row_version = ${rowVersion} AND status IN ${BOLEH_NILAI}
          RETURNING row_version`,
    );
    return row ?? null;
  },

  async gantiRatingRhk(tx: DbOrTx, instansiId: string, evaluasiId: string, items: ReadonlyArray<{ rhkId: string; rating: string; umpanBalik: string | null }>) {
    await tx.delete(evaluasiRhk).where(and(eq(evaluasiRhk.instansiId, instansiId), eq(evaluasiRhk.evaluasiId, evaluasiId)));
    if (items.length) await tx.insert(evaluasiRhk).values(items.map((i) => ({ instansiId, evaluasiId, rhkId: i.rhkId, rating: i.rating, umpanBalik: i.umpanBalik })));
  },

  async gantiPerilaku(tx: DbOrTx, instansiId: string, evaluasiId: string, items: ReadonlyArray<{ kode: string; umpanBalik: string }>) {
    await tx.delete(evaluasiPerilaku).where(and(eq(evaluasiPerilaku.instansiId, instansiId), eq(evaluasiPerilaku.evaluasiId, evaluasiId)));
    if (items.length) await tx.insert(evaluasiPerilaku).values(items.map((i) => ({ instansiId, evaluasiId, kode: i.kode, umpanBalik: i.umpanBalik })));
  },

  /** Updates some columns of an evaluation and bumps its version; null when the row did not match. */
  async ubah(tx: DbOrTx, instansiId: string, id: string, set: SQL, where: SQL = sql`true`) {
    const [row] = await queryRows<{ row_version: number }>(
      tx,
      sql`UPDATE evaluasi SET ${set}, row_version = row_version + 1 WHERE instansi_id = ${instansiId} AND id = ${id} AND ${where} RETURNING row_version`,
    );
    return row ?? null;
  },

  insertRiwayat: (tx: DbOrTx, values: typeof evaluasiRiwayat.$inferInsert) => tx.insert(evaluasiRiwayat).values(values),

  /** An evaluation locked for a change (keberatan decision). */
  async evaluasiForUpdate(tx: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<{
      id: string;
      pegawai_id: string;
      periode_id: string;
      status: string;
      rating_hasil_kerja: string | null;
      rating_perilaku: string | null;
      predikat: string | null;
      row_version: number;
      /** The pegawai heads the evaluation's unit (their rating hasil kerja follows its result). */
      kepala_unit: boolean;
      capaian: string | null;
      p_aturan_versi: number | null;
    }>(
      tx,
      sql`SELECT e.id, e.pegawai_id, e.periode_id, e.status, e.rating_hasil_kerja, e.rating_perilaku, e.predikat, e.row_version,
                 COALESCE(j.kepala_unit AND j.unit_id = e.unit_id, false) AS kepala_unit, co.capaian, pp.aturan_versi AS p_aturan_versi
            FROM evaluasi e
            JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
            JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN capaian_organisasi co ON co.instansi_id = e.instansi_id AND co.periode_id = e.periode_id AND co.unit_id = e.unit_id
           WHERE e.instansi_id = ${instansiId} AND e.id = ${id}
           FOR UPDATE OF e`,
    );
    return row ?? null;
  },
};
