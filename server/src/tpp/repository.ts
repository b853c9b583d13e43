/** SQL of TPP: the scheme, runs and their items, and the inputs a run reads. Every query filters on instansi_id first. */
import { sql } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';

export interface RunRow {
  id: string;
  bulan: string;
  unit_id: string | null;
  unit_nama: string | null;
  versi: number;
  status: string;
  skema: unknown;
  jumlah_pegawai: number;
  jumlah_gagal: number;
  total_dibayar: number | string;
  perlu_ditinjau: string | null;
  menggantikan: string | null;
  disetujui_nama: string | null;
  disetujui_at: Date | string | null;
  row_version: number;
  created_at: Date | string;
}

export interface ItemRow {
  pegawai_id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  perangkat_daerah_id: string | null;
  pd_nama: string | null;
  kelas: number | null;
  predikat: string | null;
  dibayar: number | string | null;
  rincian: unknown;
  gagal: string | null;
}

export interface MasukanRow {
  id: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  nip: string;
  unit_id: string;
  kelas: number | null;
  skp_disetujui: boolean;
  kelas_plt: number | null;
  hasil: Array<{ jenis: 'PERIODIK' | 'TAHUNAN'; mulai: string; selesai: string; tahun: number; predikat: string }> | null;
  hari: Array<{ tanggal: string; status: string; jamMasuk: string | null; jamPulang: string | null }> | null;
}

export interface ItemBaru {
  pegawaiId: string;
  perangkatDaerahId: string | null;
  kelas: number | null;
  predikat: string | null;
  dibayar: number | null;
  rincian: unknown;
  gagal: string | null;
}

const RUN = sql`
  SELECT r.id, r.bulan, r.unit_id, u.nama AS unit_nama, r.versi, r.status, r.skema, r.jumlah_pegawai, r.jumlah_gagal, r.total_dibayar, r.perlu_ditinjau, r.menggantikan,
         s.nama AS disetujui_nama, r.disetujui_at, r.row_version, r.created_at
    FROM tpp_run r
    LEFT JOIN unit_kerja u ON u.instansi_id = r.instansi_id AND u.id = r.unit_id
    LEFT JOIN pegawai s ON s.instansi_id = r.instansi_id AND s.id = r.disetujui_oleh`;

export const tppRepository = {
  bendahara: (db: DbOrTx, instansiId: string, pegawaiId: string | null) =>
    queryRows<{ id: string; unit_id: string; unit_nama: string; pegawai_id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string }>(
      db,
      sql`SELECT b.id, b.unit_id, u.nama AS unit_nama, b.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip
            FROM bendahara_tpp b
            JOIN unit_kerja u ON u.instansi_id = b.instansi_id AND u.id = b.unit_id
            JOIN pegawai p ON p.instansi_id = b.instansi_id AND p.id = b.pegawai_id
           WHERE b.instansi_id = ${instansiId} ${pegawaiId ? sql`AND b.pegawai_id = ${pegawaiId}` : sql``}
           ORDER BY u.nama, p.nama`,
    ),
  async tambahBendahara(db: DbOrTx, instansiId: string, unitId: string, pegawaiId: string, oleh: string) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO bendahara_tpp (instansi_id, unit_id, pegawai_id, ditetapkan_oleh) VALUES (${instansiId}, ${unitId}, ${pegawaiId}, ${oleh})
          ON CONFLICT (instansi_id, unit_id, pegawai_id) DO NOTHING RETURNING id`,
    );
    return rows[0]?.id ?? null;
  },
  async hapusBendahara(db: DbOrTx, instansiId: string, id: string) {
    const rows = await queryRows<{ unit_id: string; pegawai_id: string }>(db, sql`DELETE FROM bendahara_tpp WHERE instansi_id = ${instansiId} AND id = ${id} RETURNING unit_id, pegawai_id`);
    return rows[0] ?? null;
  },
  /** The approved runs' totals for these perangkat daerah (newest month first). */
  daftarBendahara: (db: DbOrTx, instansiId: string, unitIds: readonly string[]) =>
    unitIds.length
      ? queryRows<{ run_id: string; bulan: string; versi: number; unit_id: string; unit_nama: string; n: number; total: number | string }>(
          db,
          sql`SELECT r.id AS run_id, r.bulan, r.versi, i.perangkat_daerah_id AS unit_id, u.nama AS unit_nama, count(*) FILTER (WHERE i.gagal IS NULL)::int AS n, COALESCE(sum(i.dibayar), 0) AS total
                FROM tpp_run r
                JOIN tpp_item i ON i.instansi_id = r.instansi_id AND i.run_id = r.id AND i.perangkat_daerah_id = ANY(${uuidArray(unitIds)})
                JOIN unit_kerja u ON u.instansi_id = i.instansi_id AND u.id = i.perangkat_daerah_id
               WHERE r.instansi_id = ${instansiId} AND r.status = 'DISETUJUI'
               GROUP BY r.id, r.bulan, r.versi, i.perangkat_daerah_id, u.nama
               ORDER BY r.bulan DESC, u.nama LIMIT 100`,
        )
      : Promise.resolve([]),
  async pegawaiAktif(db: DbOrTx, instansiId: string, nip: string) {
    const [row] = await queryRows<{ id: string }>(db, sql`SELECT id FROM pegawai WHERE instansi_id = ${instansiId} AND nip = ${nip} AND status = 'AKTIF'`);
    return row?.id ?? null;
  },
  async skema(db: DbOrTx, instansiId: string) {
    const [row] = await queryRows<{ skema: unknown; row_version: number }>(db, sql`SELECT skema, row_version FROM skema_tpp WHERE instansi_id = ${instansiId}`);
    return row ?? null;
  },
  /** Saves the scheme at the version seen (none: the first save); false when it moved on. */
  async simpanSkema(db: DbOrTx, instansiId: string, skema: unknown, rowVersion: number | null, oleh: string, at: Date) {
    const rows =
      rowVersion === null
        ? await queryRows<{ v: number }>(
            db,
            sql`INSERT INTO skema_tpp (instansi_id, skema, diubah_oleh, updated_at) VALUES (${instansiId}, ${JSON.stringify(skema)}::jsonb, ${oleh}, ${at.toISOString()}::timestamptz)
                ON CONFLICT (instansi_id) DO NOTHING RETURNING row_version AS v`,
          )
        : await queryRows<{ v: number }>(
            db,
            sql`UPDATE skema_tpp SET skema = ${JSON.stringify(skema)}::jsonb, row_version = row_version + 1, diubah_oleh = ${oleh}, updated_at = ${at.toISOString()}::timestamptz
                 WHERE instansi_id = ${instansiId} AND row_version = ${rowVersion} RETURNING row_version AS v`,
          );
    return rows.length > 0;
  },

  /**
   * What a run reads for each active pegawai of the scope, in one statement: the kelas of their
   * jabatan (and of a post they stand in for as Plt that month), whether the year's SKP is
   * approved, their final results of the year and the year before, and the month's attendance.
   */
  masukan: (db: DbOrTx, instansiId: string, unitIds: readonly string[] | null, bulan: string) => {
    const awal = `${bulan}-01`;
    const tahun = Number(bulan.slice(0, 4));
    return queryRows<MasukanRow>(
      db,
      sql`SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.unit_id, j.kelas,
                 EXISTS (SELECT 1 FROM skp s WHERE s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.tahun = ${tahun} AND s.status = 'DISETUJUI') AS skp_disetujui,
                 (SELECT max(jp.kelas) FROM penugasan_plt t JOIN jabatan jp ON jp.instansi_id = t.instansi_id AND jp.id = t.jabatan_id
                   WHERE t.instansi_id = p.instansi_id AND t.pegawai_id = p.id AND t.jenis = 'PLT'
                     AND t.tanggal_mulai <= (${awal}::date + interval '1 month' - interval '1 day')::date AND t.tanggal_selesai >= ${awal}::date) AS kelas_plt,
                 (SELECT json_agg(json_build_object('jenis', CASE WHEN pp.jenis = 'TAHUNAN' THEN 'TAHUNAN' ELSE 'PERIODIK' END, 'mulai', pp.mulai::text, 'selesai', pp.selesai::text,
                                                   'tahun', pp.tahun, 'predikat', e.predikat))
                    FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
                   WHERE e.instansi_id = p.instansi_id AND e.pegawai_id = p.id AND e.final_at IS NOT NULL AND e.predikat IS NOT NULL AND pp.tahun IN (${tahun - 1}, ${tahun})) AS hasil,
                 (SELECT json_agg(json_build_object('tanggal', k.tanggal::text, 'status', k.status, 'jamMasuk', k.jam_masuk, 'jamPulang', k.jam_pulang))
                    FROM kehadiran k WHERE k.instansi_id = p.instansi_id AND k.pegawai_id = p.id
                     AND k.tanggal >= ${awal}::date AND k.tanggal < (${awal}::date + interval '1 month')) AS hari
            FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF' ${unitIds ? sql`AND j.unit_id = ANY(${uuidArray(unitIds)})` : sql``}
           ORDER BY p.nip`,
    );
  },

  /** The approved run this one would replace (same month and scope), if any. */
  async disetujui(db: DbOrTx, instansiId: string, bulan: string, unitId: string | null) {
    const [row] = await queryRows<{ id: string; versi: number }>(
      db,
      sql`SELECT id, versi FROM tpp_run WHERE instansi_id = ${instansiId} AND bulan = ${bulan} AND unit_id IS NOT DISTINCT FROM ${unitId}::uuid AND status = 'DISETUJUI'`,
    );
    return row ?? null;
  },
  async versiTerakhir(db: DbOrTx, instansiId: string, bulan: string, unitId: string | null) {
    const [row] = await queryRows<{ v: number | null }>(db, sql`SELECT max(versi) AS v FROM tpp_run WHERE instansi_id = ${instansiId} AND bulan = ${bulan} AND unit_id IS NOT DISTINCT FROM ${unitId}::uuid`);
    return row?.v ?? 0;
  },
  async insertRun(
    db: DbOrTx,
    instansiId: string,
    v: { bulan: string; unitId: string | null; versi: number; skema: unknown; jumlahPegawai: number; jumlahGagal: number; totalDibayar: number; menggantikan: string | null; oleh: string | null; at: Date },
    items: readonly ItemBaru[],
  ) {
    const [run] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO tpp_run (instansi_id, bulan, unit_id, versi, skema, jumlah_pegawai, jumlah_gagal, total_dibayar, menggantikan, dibuat_oleh, created_at)
          VALUES (${instansiId}, ${v.bulan}, ${v.unitId}, ${v.versi}, ${JSON.stringify(v.skema)}::jsonb, ${v.jumlahPegawai}, ${v.jumlahGagal}, ${v.totalDibayar}, ${v.menggantikan}, ${v.oleh}, ${v.at.toISOString()}::timestamptz)
          RETURNING id`,
    );
    // In chunks: one statement each, a month of a province's pegawai stays within a parameter's size.
    for (let i = 0; i < items.length; i += 5000)
      await db.execute(sql`
        INSERT INTO tpp_item (instansi_id, run_id, pegawai_id, perangkat_daerah_id, kelas, predikat, dibayar, rincian, gagal)
        SELECT ${instansiId}, ${run!.id}, x."pegawaiId", x."perangkatDaerahId", x.kelas, x.predikat, x.dibayar, x.rincian, x.gagal
          FROM jsonb_to_recordset(${JSON.stringify(items.slice(i, i + 5000))}::jsonb)
            AS x("pegawaiId" uuid, "perangkatDaerahId" uuid, kelas int, predikat text, dibayar bigint, rincian jsonb, gagal text)`);
    return run!.id;
  },
  list: (db: DbOrTx, instansiId: string) => queryRows<RunRow>(db, sql`${RUN} WHERE r.instansi_id = ${instansiId} ORDER BY r.bulan DESC, r.unit_id NULLS FIRST, r.versi DESC LIMIT 200`),
  async get(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<RunRow>(db, sql`${RUN} WHERE r.instansi_id = ${instansiId} AND r.id = ${id}`);
    return row ?? null;
  },
  /** Moves a run on at the version seen: false when it moved on or is not in `dari`. */
  async ubahStatus(db: DbOrTx, instansiId: string, id: string, dari: string, ke: string, rowVersion: number | null, set: ReturnType<typeof sql>) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE tpp_run SET status = ${ke}, ${set}, row_version = row_version + 1
           WHERE instansi_id = ${instansiId} AND id = ${id} AND status = ${dari} ${rowVersion !== null ? sql`AND row_version = ${rowVersion}` : sql``} RETURNING id`,
    );
    return rows.length > 0;
  },
  items: (db: DbOrTx, instansiId: string, runId: string, o: { perangkatDaerahId?: string | undefined; gagal?: boolean; limit?: number; offset?: number }) =>
    queryRows<ItemRow>(
      db,
      sql`SELECT i.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, i.perangkat_daerah_id, u.nama AS pd_nama, i.kelas, i.predikat, i.dibayar, i.rincian, i.gagal
            FROM tpp_item i
            JOIN pegawai p ON p.instansi_id = i.instansi_id AND p.id = i.pegawai_id
            LEFT JOIN unit_kerja u ON u.instansi_id = i.instansi_id AND u.id = i.perangkat_daerah_id
           WHERE i.instansi_id = ${instansiId} AND i.run_id = ${runId}
             ${o.perangkatDaerahId ? sql`AND i.perangkat_daerah_id = ${o.perangkatDaerahId}` : sql``}
             ${o.gagal === undefined ? sql`` : o.gagal ? sql`AND i.gagal IS NOT NULL` : sql`AND i.gagal IS NULL`}
           ORDER BY u.nama NULLS LAST, p.nama, p.nip
           ${o.limit !== undefined ? sql`LIMIT ${o.limit} OFFSET ${o.offset ?? 0}` : sql``}`,
    ),
  perPd: (db: DbOrTx, instansiId: string, runId: string) =>
    queryRows<{ id: string; nama: string; n: number; total: number | string; jumlah_item: number }>(
      db,
      sql`SELECT i.perangkat_daerah_id AS id, u.nama, count(*) FILTER (WHERE i.gagal IS NULL)::int AS n, COALESCE(sum(i.dibayar), 0) AS total, count(*)::int AS jumlah_item
            FROM tpp_item i JOIN unit_kerja u ON u.instansi_id = i.instansi_id AND u.id = i.perangkat_daerah_id
           WHERE i.instansi_id = ${instansiId} AND i.run_id = ${runId} GROUP BY i.perangkat_daerah_id, u.nama ORDER BY u.nama`,
    ),
  /** A pegawai's items of approved runs, newest month first (and the newest version of a month). */
  milikPegawai: (db: DbOrTx, instansiId: string, pegawaiId: string) =>
    queryRows<ItemRow & { bulan: string; versi: number }>(
      db,
      sql`SELECT DISTINCT ON (r.bulan) r.bulan, r.versi, i.pegawai_id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, i.perangkat_daerah_id, NULL::text AS pd_nama, i.kelas, i.predikat, i.dibayar, i.rincian, i.gagal
            FROM tpp_item i JOIN tpp_run r ON r.instansi_id = i.instansi_id AND r.id = i.run_id
            JOIN pegawai p ON p.instansi_id = i.instansi_id AND p.id = i.pegawai_id
           WHERE i.instansi_id = ${instansiId} AND i.pegawai_id = ${pegawaiId} AND r.status = 'DISETUJUI'
           ORDER BY r.bulan DESC, r.versi DESC
           LIMIT 24`,
    ),
  /** A keberatan changed a result these months used: the runs that paid the pegawai on it are flagged. */
  async tandaiKeberatan(db: DbOrTx, instansiId: string, evaluasiId: string, alasan: string) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE tpp_run r SET perlu_ditinjau = ${alasan}
            FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
           WHERE e.instansi_id = ${instansiId} AND e.id = ${evaluasiId} AND r.instansi_id = e.instansi_id AND r.status IN ('DRAF', 'DISETUJUI')
             AND r.bulan >= to_char(pp.mulai, 'YYYY-MM')
             -- only when the decision changed the result (a kept result leaves its history empty)
             AND EXISTS (SELECT 1 FROM evaluasi_riwayat er WHERE er.instansi_id = e.instansi_id AND er.evaluasi_id = e.id)
             AND EXISTS (SELECT 1 FROM tpp_item i WHERE i.instansi_id = r.instansi_id AND i.run_id = r.id AND i.pegawai_id = e.pegawai_id)
          RETURNING r.id`,
    );
    return rows.length;
  },
};
