import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';

/** The dates a board counts in (all 'YYYY-MM-DD', inclusive; nothing after `acuan`). */
export interface Jendela {
  /** From its first day to the board's month, whole months are read from the monthly roll-up. */
  tahun: number;
  /** The week's Monday (may lie in the month or the year before: those days count too). */
  mingguMulai: string;
  /** The board's month's first day: from here to `acuan` the entries themselves are read. */
  bulanMulai: string;
  acuan: string;
}

/**
 * The SKP that counts for monitoring: the newest approved version of the year (an approved SKP
 * under revision stays in force until its revision is approved).
 */
const skpBerlaku = (instansiId: string, pegawaiRef: SQL, tahun: number) => sql`
  SELECT s.id, to_char(s.periode_mulai, 'YYYY-MM-DD') AS periode_mulai, to_char(s.periode_selesai, 'YYYY-MM-DD') AS periode_selesai
    FROM skp s
   WHERE s.instansi_id = ${instansiId}::uuid AND s.pegawai_id = ${pegawaiRef} AND s.tahun = ${tahun}::int
     AND s.status IN ('DISETUJUI', 'DALAM_REVISI')
   ORDER BY s.versi DESC LIMIT 1`;

/**
 * `agg`: the pegawai's realised quantity from the week's Monday (or the year's start, whichever is
 * earlier) to `acuan`, grouped by (pegawai, indikator, rencana aksi of an entry without indicator),
 * with the week's and the month's counts. Whole months before the board's month come from the
 * monthly roll-up (realisasi_bulanan, decision 0017), so the cost does not grow with the year's
 * entries; the board's month up to `acuan`, and the week's days before it, from the entries
 * (realisasi_pegawai_ix). `per_ind`: realised quantity per (pegawai, indikator), an entry without
 * indicator counting for its rencana aksi's indicator.
 */
const agregatRealisasi = (instansiId: string, pegawai: SQL, w: Jendela) => {
  const awalTahun = `${w.tahun}-01-01`;
  return sql`
  agg AS (
    SELECT b.pegawai_id, b.indikator_id, b.rencana_aksi_id, b.jumlah::float8 AS jumlah, 0 AS minggu, 0 AS bulan
      FROM realisasi_bulanan b
     WHERE b.instansi_id = ${instansiId}::uuid AND b.pegawai_id = ANY(${pegawai})
       AND b.bulan >= ${awalTahun}::date AND b.bulan < ${w.bulanMulai}::date
    UNION ALL
    SELECT x.pegawai_id, x.indikator_id, CASE WHEN x.indikator_id IS NULL THEN x.rencana_aksi_id END,
           COALESCE(sum(x.jumlah) FILTER (WHERE x.tanggal >= ${w.bulanMulai}::date OR x.tanggal < ${awalTahun}::date), 0)::float8,
           count(*) FILTER (WHERE x.tanggal >= ${w.mingguMulai}::date)::int,
           count(*) FILTER (WHERE x.tanggal >= ${w.bulanMulai}::date)::int
      FROM realisasi x
     WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = ANY(${pegawai})
       AND x.tanggal >= LEAST(${w.mingguMulai}::date, ${w.bulanMulai}::date) AND x.tanggal <= ${w.acuan}::date
     GROUP BY 1, 2, 3
  ),
  per_ind AS (
    -- an entry without indicator counts for its rencana aksi's indicator (looked up by primary key
    -- for those few groups only)
    SELECT pegawai_id, indikator_id, sum(jumlah)::float8 AS jumlah FROM (
      SELECT a.pegawai_id, a.indikator_id, a.jumlah FROM agg a WHERE a.indikator_id IS NOT NULL
      UNION ALL
      SELECT a.pegawai_id, ra.indikator_id, a.jumlah
        FROM agg a JOIN rencana_aksi ra ON ra.instansi_id = ${instansiId}::uuid AND ra.id = a.rencana_aksi_id
       WHERE a.indikator_id IS NULL
    ) u
     GROUP BY pegawai_id, indikator_id
  ),
  per_peg AS (SELECT pegawai_id, sum(minggu)::int AS minggu, sum(bulan)::int AS bulan FROM agg GROUP BY pegawai_id)`;
};

export interface TimRow {
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string;
  skp_id: string | null;
  periode_mulai: string | null;
  periode_selesai: string | null;
  entri_minggu: number;
  entri_bulan: number;
  terakhir: string | null;
  rhk_id: string | null;
  rhk_uraian: string | null;
  indikator_id: string | null;
  indikator_uraian: string | null;
  aspek: string | null;
  target_nilai: string | null;
  target_satuan: string | null;
  realisasi: number;
}

export interface RollupRow {
  root_id: string;
  kode: string;
  nama: string;
  langsung: boolean;
  jumlah_sub_unit: number;
  pegawai_id: string | null;
  entri_bulan: number;
  periode_mulai: string | null;
  periode_selesai: string | null;
  indikator_id: string | null;
  aspek: string | null;
  target_nilai: string | null;
  target_satuan: string | null;
  realisasi: number;
}

export interface UnitKandidatRow {
  peran: 'target' | 'kepala' | 'pengelola' | 'sendiri';
  unit_id: string;
  kode: string;
  nama: string;
  parent_id: string | null;
  /** The perangkat daerah the unit belongs to (itself when it is one); null above every perangkat daerah. */
  pd_id: string | null;
}

export const pemantauanRepository = {
  /**
   * The team board in one statement: one row per (pegawai, indicator of their SKP in force) — one
   * row with null indicator for a pegawai without an approved SKP — with the pegawai's week and
   * month counts and last report date repeated.
   */
  tim(db: DbOrTx, instansiId: string, pegawaiIds: readonly string[], w: Jendela) {
    const ids = uuidArray(pegawaiIds);
    return queryRows<TimRow>(
      db,
      sql`WITH ${agregatRealisasi(instansiId, ids, w)}
        SELECT p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama,
               sk.id AS skp_id, sk.periode_mulai, sk.periode_selesai,
               COALESCE(pp.minggu, 0)::int AS entri_minggu, COALESCE(pp.bulan, 0)::int AS entri_bulan,
               to_char(t.terakhir, 'YYYY-MM-DD') AS terakhir,
               h.id AS rhk_id, h.uraian AS rhk_uraian, i.id AS indikator_id, i.uraian AS indikator_uraian,
               i.aspek, i.target_nilai, i.target_satuan, COALESCE(pi.jumlah, 0)::float8 AS realisasi
          FROM pegawai p
          JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
          LEFT JOIN LATERAL (${skpBerlaku(instansiId, sql`p.id`, w.tahun)}) sk ON true
          LEFT JOIN per_peg pp ON pp.pegawai_id = p.id
          LEFT JOIN LATERAL (
            SELECT max(r.tanggal) AS terakhir FROM realisasi r
             WHERE r.instansi_id = p.instansi_id AND r.pegawai_id = p.id AND r.tanggal <= ${w.acuan}::date
          ) t ON true
          LEFT JOIN (rhk h JOIN indikator_kinerja i ON i.instansi_id = h.instansi_id AND i.rhk_id = h.id)
                 ON h.instansi_id = p.instansi_id AND h.skp_id = sk.id
          LEFT JOIN per_ind pi ON pi.pegawai_id = p.id AND pi.indikator_id = i.id
         WHERE p.instansi_id = ${instansiId}::uuid AND p.id = ANY(${ids})
         ORDER BY p.nama, p.id, CASE h.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, h.urutan, h.created_at, h.id, i.urutan, i.id`,
    );
  },

  /**
   * The units a unit roll-up request is about, each with its perangkat daerah: the requested unit
   * (`target`), the perangkat daerah whose head seat the pegawai holds on `tanggal` (definitive or
   * Plt/Plh), the perangkat daerah they are pengelola kinerja for, and their own perangkat daerah.
   */
  unitKandidat(db: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string, targetIds: readonly string[], pengelolaIds: readonly string[]) {
    return queryRows<UnitKandidatRow>(
      db,
      sql`WITH RECURSIVE cand AS (
            SELECT 'target' AS peran, u.id FROM unit_kerja u WHERE u.instansi_id = ${instansiId}::uuid AND u.id = ANY(${uuidArray(targetIds)})
            UNION ALL
            SELECT 'pengelola', u.id FROM unit_kerja u WHERE u.instansi_id = ${instansiId}::uuid AND u.id = ANY(${uuidArray(pengelolaIds)})
            UNION ALL
            SELECT 'kepala', u.id FROM unit_kerja u
              JOIN jabatan kj ON kj.instansi_id = u.instansi_id AND kj.unit_id = u.id AND kj.kepala_unit
             WHERE u.instansi_id = ${instansiId}::uuid AND u.perangkat_daerah
               AND (EXISTS (SELECT 1 FROM pegawai h WHERE h.instansi_id = kj.instansi_id AND h.id = ${pegawaiId}::uuid AND h.jabatan_id = kj.id AND h.status = 'AKTIF')
                 OR EXISTS (SELECT 1 FROM penugasan_plt t WHERE t.instansi_id = kj.instansi_id AND t.jabatan_id = kj.id AND t.pegawai_id = ${pegawaiId}::uuid
                              AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai))
            UNION ALL
            SELECT 'sendiri', j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
             WHERE p.instansi_id = ${instansiId}::uuid AND p.id = ${pegawaiId}::uuid
          ),
          anc AS (
            SELECT c.peran, c.id AS start_id, u.id, u.parent_id, u.perangkat_daerah, 0 AS depth
              FROM cand c JOIN unit_kerja u ON u.instansi_id = ${instansiId}::uuid AND u.id = c.id
            UNION ALL
            SELECT a.peran, a.start_id, u.id, u.parent_id, u.perangkat_daerah, a.depth + 1
              FROM anc a JOIN unit_kerja u ON u.instansi_id = ${instansiId}::uuid AND u.id = a.parent_id
             WHERE NOT a.perangkat_daerah AND a.depth < 50
          ),
          pd AS (
            SELECT DISTINCT ON (peran, start_id) peran, start_id, CASE WHEN perangkat_daerah THEN id END AS pd_id
              FROM anc ORDER BY peran, start_id, depth DESC
          )
          -- for 'sendiri', the caller's perangkat daerah (their own unit when it lies above every one)
          SELECT pd.peran, u.id AS unit_id, u.kode, u.nama, u.parent_id, pd.pd_id
            FROM pd JOIN unit_kerja u ON u.instansi_id = ${instansiId}::uuid
                 AND u.id = CASE WHEN pd.peran = 'sendiri' THEN COALESCE(pd.pd_id, pd.start_id) ELSE pd.start_id END
           ORDER BY pd.peran, u.kode`,
    );
  },

  /**
   * The unit roll-up in one statement: a row for the unit's own pegawai (`langsung`) and one per
   * child unit with everything below it (never descending into another perangkat daerah; child
   * perangkat daerah only when `semua`), expanded to one row per (pegawai, indicator of their SKP
   * in force) with the pegawai's month count, so the caller applies the domain's "tertinggal" rule
   * (only indicators of the aspects that rule accumulates can be behind: the others are left out).
   */
  rollup(db: DbOrTx, instansiId: string, unitId: string, semua: boolean, w: Jendela, aspekKumulatif: readonly string[]) {
    return queryRows<RollupRow>(
      db,
      sql`WITH RECURSIVE roots AS (
            SELECT u.id, u.kode, u.nama, true AS langsung, 0 AS jumlah_sub_unit FROM unit_kerja u WHERE u.instansi_id = ${instansiId}::uuid AND u.id = ${unitId}::uuid
            UNION ALL
            SELECT c.id, c.kode, c.nama, false,
                   (SELECT count(*) FROM unit_kerja g WHERE g.instansi_id = c.instansi_id AND g.parent_id = c.id
                       AND (${semua}::boolean OR NOT g.perangkat_daerah))::int
              FROM unit_kerja c
             WHERE c.instansi_id = ${instansiId}::uuid AND c.parent_id = ${unitId}::uuid AND (${semua}::boolean OR NOT c.perangkat_daerah)
          ),
          tree AS (
            SELECT r.id AS root_id, r.id AS unit_id, NOT r.langsung AS turun, 0 AS depth FROM roots r
            UNION ALL
            SELECT t.root_id, c.id, true, t.depth + 1 FROM unit_kerja c JOIN tree t ON c.parent_id = t.unit_id
             WHERE c.instansi_id = ${instansiId}::uuid AND t.turun AND NOT c.perangkat_daerah AND t.depth < 50
          ),
          peg AS (
            SELECT t.root_id, p.id AS pegawai_id
              FROM tree t
              JOIN jabatan j ON j.instansi_id = ${instansiId}::uuid AND j.unit_id = t.unit_id
              JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
          ),
          ids AS (SELECT array_agg(pegawai_id) AS a FROM peg),
          ${agregatRealisasi(instansiId, sql`(SELECT a FROM ids)::uuid[]`, w)}
          SELECT r.id AS root_id, r.kode, r.nama, r.langsung, r.jumlah_sub_unit,
                 pg.pegawai_id, COALESCE(pp.bulan, 0)::int AS entri_bulan, sk.periode_mulai, sk.periode_selesai,
                 i.id AS indikator_id, i.aspek, i.target_nilai, i.target_satuan, COALESCE(pi.jumlah, 0)::float8 AS realisasi
            FROM roots r
            LEFT JOIN peg pg ON pg.root_id = r.id
            LEFT JOIN per_peg pp ON pp.pegawai_id = pg.pegawai_id
            LEFT JOIN LATERAL (${skpBerlaku(instansiId, sql`pg.pegawai_id`, w.tahun)}) sk ON true
            LEFT JOIN (rhk h JOIN indikator_kinerja i ON i.instansi_id = h.instansi_id AND i.rhk_id = h.id
                                                      AND i.aspek = ANY(${`{${aspekKumulatif.join(',')}}`}::text[]))
                   ON h.instansi_id = ${instansiId}::uuid AND h.skp_id = sk.id
            LEFT JOIN per_ind pi ON pi.pegawai_id = pg.pegawai_id AND pi.indikator_id = i.id
           ORDER BY r.langsung DESC, r.kode`,
    );
  },
};
