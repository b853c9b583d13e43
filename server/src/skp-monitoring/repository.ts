import { SKP_BERLAKU } from '@capaian/domain';
import { sql, type SQL } from 'drizzle-orm';
import { sqlList } from '../db/sql-list.js';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import type { Kategori } from '@capaian/contract/skp-monitoring';

/**
 * The units whose rows a request shows ("roots"); each root counts the pegawai of its unit and of
 * the units below, never descending into another perangkat daerah (Sekretariat Daerah sits above
 * the dinas in the tree, so a perangkat daerah row never absorbs another's pegawai):
 * - `pd`: every perangkat daerah of the instansi;
 * - `unit`: the given units (a pengelola kinerja's perangkat daerah, or one unit);
 * - `anak`: a unit's own pegawai (a `langsung` row) and one row per child unit;
 * - `langsung`: only the pegawai placed in the unit itself.
 */
export type Roots = { kind: 'pd' } | { kind: 'unit'; unitIds: string[] } | { kind: 'anak'; unitId: string } | { kind: 'langsung'; unitId: string };


function rootsSql(instansiId: string, roots: Roots): SQL {
  const cols = sql`SELECT u.id, u.kode, u.nama, u.perangkat_daerah`;
  switch (roots.kind) {
    case 'pd':
      return sql`${cols}, false AS langsung FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.perangkat_daerah`;
    case 'unit':
      return sql`${cols}, false AS langsung FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.id = ANY(${uuidArray(roots.unitIds)})`;
    case 'langsung':
      return sql`${cols}, true AS langsung FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.id = ${roots.unitId}::uuid`;
    case 'anak':
      return sql`${cols}, true AS langsung FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.id = ${roots.unitId}::uuid
                 UNION ALL
                 ${cols}, false AS langsung FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.parent_id = ${roots.unitId}::uuid`;
  }
}

/**
 * `roots`, `tree` (root → member unit) and `peg`: every active pegawai of the member units with the
 * SKP that counts for the year — the newest version, except that an approved SKP under revision
 * (DALAM_REVISI) stays in force until its revision is approved — and its monitoring category.
 * One recursive statement whatever the number of units.
 */
function scopeCte(instansiId: string, tahun: number, roots: Roots): SQL {
  return sql`WITH RECURSIVE roots AS (${rootsSql(instansiId, roots)}),
    tree AS (
      SELECT r.id AS root_id, r.id AS unit_id, NOT r.langsung AS turun, 0 AS depth FROM roots r
      UNION ALL
      SELECT t.root_id, c.id, true, t.depth + 1 FROM unit_kerja c JOIN tree t ON c.parent_id = t.unit_id
       WHERE c.instansi_id = ${instansiId} AND t.turun AND NOT c.perangkat_daerah AND t.depth < 50
    ),
    peg AS (
      SELECT t.root_id, p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama,
             u.id AS unit_id, u.kode AS unit_kode, u.nama AS unit_nama,
             s.id AS skp_id, s.versi, s.status AS skp_status, s.pejabat_penilai_id,
             CASE WHEN s.id IS NULL THEN 'BELUM_DIBUAT'
                  WHEN s.status IN ${sqlList(SKP_BERLAKU)} THEN 'DISETUJUI'
                  WHEN s.status = 'DITINJAU' THEN 'DIAJUKAN'
                  ELSE s.status END AS kategori
        FROM tree t
        JOIN unit_kerja u ON u.instansi_id = ${instansiId} AND u.id = t.unit_id
        JOIN jabatan j ON j.instansi_id = u.instansi_id AND j.unit_id = u.id
        JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
        LEFT JOIN LATERAL (
          SELECT s.id, s.versi, s.status, s.pejabat_penilai_id FROM skp s
           WHERE s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.tahun = ${tahun}::int AND s.status <> 'DIGANTIKAN'
           ORDER BY (s.status IN ${sqlList(SKP_BERLAKU)}) DESC, s.versi DESC LIMIT 1
        ) s ON true
    )`;
}

export interface RekapRow {
  id: string;
  kode: string;
  nama: string;
  perangkat_daerah: boolean;
  langsung: boolean;
  jumlah_sub_unit: number;
  belum_dibuat: number;
  draft: number;
  diajukan: number;
  dikembalikan: number;
  disetujui: number;
  total: number;
}

export interface PegawaiRow {
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string;
  unit_id: string;
  unit_nama: string;
  skp_id: string | null;
  versi: number | null;
  kategori: Kategori;
  total: number;
}

export interface EksporRow {
  unit_nama: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan_nama: string;
  kategori: Kategori;
  skp_status: string | null;
  versi: number | null;
  rhk_jenis: string | null;
  rhk_uraian: string | null;
  rhk_atasan_uraian: string | null;
  aspek: string | null;
  indikator: string | null;
  target_nilai: string | null;
  target_satuan: string | null;
  target_teks: string | null;
}

export const skpMonitoringRepository = {
  /** One row per root with the pegawai counts per category, in one statement. */
  rekap(db: DbOrTx, instansiId: string, tahun: number, roots: Roots) {
    return queryRows<RekapRow>(
      db,
      sql`${scopeCte(instansiId, tahun, roots)},
        sub AS (SELECT root_id, (count(*) - 1)::int AS n FROM tree GROUP BY root_id)
        SELECT r.id, r.kode, r.nama, r.perangkat_daerah, r.langsung, COALESCE(sub.n, 0)::int AS jumlah_sub_unit,
               count(pg.pegawai_id) FILTER (WHERE pg.kategori = 'BELUM_DIBUAT')::int AS belum_dibuat,
               count(pg.pegawai_id) FILTER (WHERE pg.kategori = 'DRAFT')::int AS draft,
               count(pg.pegawai_id) FILTER (WHERE pg.kategori = 'DIAJUKAN')::int AS diajukan,
               count(pg.pegawai_id) FILTER (WHERE pg.kategori = 'DIKEMBALIKAN')::int AS dikembalikan,
               count(pg.pegawai_id) FILTER (WHERE pg.kategori = 'DISETUJUI')::int AS disetujui,
               count(pg.pegawai_id)::int AS total
          FROM roots r
          LEFT JOIN sub ON sub.root_id = r.id
          LEFT JOIN peg pg ON pg.root_id = r.id
         GROUP BY r.id, r.kode, r.nama, r.perangkat_daerah, r.langsung, sub.n
         ORDER BY r.langsung DESC, r.kode`,
    );
  },

  /** The pegawai behind a cell, one page, with the total count. */
  pegawai(db: DbOrTx, instansiId: string, tahun: number, roots: Roots, f: { status?: Kategori | undefined; page: number; pageSize: number }) {
    return queryRows<PegawaiRow>(
      db,
      sql`${scopeCte(instansiId, tahun, roots)}
        SELECT pg.pegawai_id, pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, pg.jabatan_nama, pg.unit_id, pg.unit_nama,
               pg.skp_id, pg.versi, pg.kategori, (count(*) OVER ())::int AS total
          FROM peg pg
         ${f.status ? sql`WHERE pg.kategori = ${f.status}::text` : sql``}
         ORDER BY pg.unit_kode, pg.nama, pg.nip
         LIMIT ${f.pageSize}::int OFFSET ${(f.page - 1) * f.pageSize}::int`,
    );
  },

  /**
   * The reminders' recipients as a notification source (for notifikasi's `notifyFrom`): every
   * pegawai of the scope whose SKP is not approved, and every pejabat penilai with SKPs of the scope
   * waiting for them (one notification per person, both messages joined when someone is both; the
   * key `kunci` keeps it to one per person per day).
   */
  pengingatSql(
    instansiId: string,
    tahun: number,
    roots: Roots,
    m: { judul: string; pesanSendiri: string; pesanPenilai: string; kunci: string; menungguPenilai: readonly string[] },
  ): SQL {
    return sql`${scopeCte(instansiId, tahun, roots)},
        sendiri AS (SELECT DISTINCT pegawai_id FROM peg WHERE kategori <> 'DISETUJUI'),
        menunggu AS (
          SELECT pejabat_penilai_id AS pegawai_id, count(DISTINCT skp_id)::int AS n FROM peg
           WHERE skp_status IN ${sqlList(m.menungguPenilai)} AND pejabat_penilai_id IS NOT NULL GROUP BY pejabat_penilai_id
        ),
        sasaran AS (
          SELECT COALESCE(s.pegawai_id, w.pegawai_id) AS pegawai_id, s.pegawai_id IS NOT NULL AS sendiri, COALESCE(w.n, 0) AS n
            FROM sendiri s FULL JOIN menunggu w ON w.pegawai_id = s.pegawai_id
        )
        SELECT x.pegawai_id, 'PENGINGAT_SKP'::text AS jenis, ${m.judul}::text AS judul,
               concat_ws(' ', CASE WHEN x.n > 0 THEN x.n::text || ${m.pesanPenilai}::text END,
                              CASE WHEN x.sendiri THEN ${m.pesanSendiri}::text END) AS pesan,
               CASE WHEN x.sendiri THEN '/skp' ELSE '/skp/tim' END AS tautan,
               ${m.kunci}::text AS kunci
          FROM sasaran x
          JOIN pegawai p ON p.instansi_id = ${instansiId}::uuid AND p.id = x.pegawai_id AND p.status NOT IN ('PENSIUN', 'NONAKTIF')`;
  },

  /** One row per RHK indicator of each pegawai's counted SKP (a pegawai without any: one row). */
  ekspor(db: DbOrTx, instansiId: string, tahun: number, roots: Roots) {
    return queryRows<EksporRow>(
      db,
      sql`${scopeCte(instansiId, tahun, roots)}
        SELECT pg.unit_nama, pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, pg.jabatan_nama, pg.kategori, pg.skp_status, pg.versi,
               r.jenis AS rhk_jenis, r.uraian AS rhk_uraian, ra.uraian AS rhk_atasan_uraian,
               i.aspek, i.uraian AS indikator, i.target_nilai, i.target_satuan, i.target_teks
          FROM peg pg
          LEFT JOIN rhk r ON r.instansi_id = ${instansiId}::uuid AND r.skp_id = pg.skp_id
          LEFT JOIN rhk ra ON ra.instansi_id = r.instansi_id AND ra.id = r.rhk_atasan_id
          LEFT JOIN indikator_kinerja i ON i.instansi_id = r.instansi_id AND i.rhk_id = r.id
         ORDER BY pg.unit_kode, pg.nama, pg.nip, CASE r.jenis WHEN 'UTAMA' THEN 0 ELSE 1 END, r.urutan, r.created_at, i.urutan
         LIMIT 200000`,
    );
  },
};
