/**
 * SQL of the homes and the command centre. Every figure is `count(*)` (or a sum) of a predicate
 * from `kondisi()` over the pegawai of a scope from `pegSql()`; the list behind the figure selects
 * the rows of the same predicate over the same scope. Every query filters on instansi_id first.
 */
import { EVALUASI_FINAL, PREDIKAT_RENDAH, SKP_BERLAKU, type Predikat } from '@capaian/domain';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, uuidArray, type DbOrTx } from '../db/client.js';
import { sqlList } from '../db/sql-list.js';
import type { Indikator } from '@capaian/contract/beranda';

/**
 * Whose pegawai a figure counts:
 * - `pegawai`: the given pegawai (a pejabat penilai's subordinates);
 * - `unit`: every active pegawai of each root unit and the units below it, never descending into
 *   another perangkat daerah (Sekretariat Daerah sits above the dinas in the tree); `root_id` says
 *   which root a pegawai counts under, for the per-unit rows;
 * - `pemda`: every active pegawai of the instansi.
 */
export type Populasi =
  | { kind: 'pegawai'; ids: readonly string[] }
  | { kind: 'unit'; rootIds: readonly string[] }
  | { kind: 'pemda' }
  /** Whoever a pejabat penilai has SKP of the year, or ratings of the given periods, assigned to. */
  | { kind: 'ditugaskan'; penilaiId: string; tahun: number; periodeIds: readonly string[] };

const AKTIF = sql`p.status NOT IN ('PENSIUN', 'NONAKTIF')`;
const PEG_COLS = sql`p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan, u.id AS unit_id, u.nama AS unit_nama`;

/** The `peg` CTE (with `RECURSIVE` already written by the caller): root_id, pegawai_id, nip, nama, …. */
function pegSql(instansiId: string, pop: Populasi): SQL {
  const joins = sql`JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
                    JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id`;
  switch (pop.kind) {
    case 'pegawai':
      return sql`tree AS (SELECT NULL::uuid AS root_id, NULL::uuid AS unit_id WHERE false),
        peg AS (SELECT NULL::uuid AS root_id, ${PEG_COLS} FROM pegawai p ${joins}
                 WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(pop.ids)}) AND ${AKTIF})`;
    case 'pemda':
      return sql`tree AS (SELECT NULL::uuid AS root_id, NULL::uuid AS unit_id WHERE false),
        peg AS (SELECT NULL::uuid AS root_id, ${PEG_COLS} FROM pegawai p ${joins} WHERE p.instansi_id = ${instansiId} AND ${AKTIF})`;
    case 'ditugaskan':
      return sql`tree AS (SELECT NULL::uuid AS root_id, NULL::uuid AS unit_id WHERE false),
        peg AS (SELECT NULL::uuid AS root_id, ${PEG_COLS} FROM pegawai p ${joins}
                 WHERE p.instansi_id = ${instansiId} AND ${AKTIF} AND p.id IN (
                   SELECT s.pegawai_id FROM skp s WHERE s.instansi_id = ${instansiId} AND s.pejabat_penilai_id = ${pop.penilaiId}::uuid AND s.tahun = ${pop.tahun}::int
                   UNION
                   SELECT e.pegawai_id FROM evaluasi e WHERE e.instansi_id = ${instansiId} AND e.pejabat_penilai_id = ${pop.penilaiId}::uuid AND e.periode_id = ANY(${uuidArray(pop.periodeIds)})))`;
    case 'unit':
      return sql`tree AS (
          SELECT r.id AS root_id, r.id AS unit_id, 0 AS depth FROM unit_kerja r WHERE r.instansi_id = ${instansiId} AND r.id = ANY(${uuidArray(pop.rootIds)})
          UNION ALL
          SELECT t.root_id, c.id, t.depth + 1 FROM unit_kerja c JOIN tree t ON c.parent_id = t.unit_id
           WHERE c.instansi_id = ${instansiId} AND NOT c.perangkat_daerah AND t.depth < 50
        ),
        peg AS MATERIALIZED (SELECT t.root_id, ${PEG_COLS} FROM tree t
                  JOIN jabatan j ON j.instansi_id = ${instansiId} AND j.unit_id = t.unit_id
                  JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id AND ${AKTIF}
                  JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id)`;
  }
}

/** What a predicate needs besides the pegawai. */
export interface Konteks {
  instansiId: string;
  tahun: number;
  /** The month's first and last day (reporting figures). */
  bulanMulai: string;
  bulanSelesai: string;
  periodeId: string | null;
  predikat: Predikat | null;
  /** The caller (for the figures of their own approvals and ratings). */
  pegawaiId: string;
  /** The SKP states that wait on the pejabat penilai (today's workflow variant). */
  menungguPenilai: readonly string[];
  /** tim: SKP and ratings assigned to the caller rather than their subordinates' whole population. */
  milikSaya: boolean;
}

const periode = (k: Konteks) => sql`${k.periodeId ?? '00000000-0000-0000-0000-000000000000'}::uuid`;

/** Entries of the month not yet given any feedback (what MENUNGGU_UMPAN_BALIK counts per pegawai). */
const entriTanpaUmpanBalik = (k: Konteks) => sql`(SELECT count(*)::int FROM realisasi r
    WHERE r.instansi_id = ${k.instansiId} AND r.pegawai_id = peg.pegawai_id AND r.tanggal BETWEEN ${k.bulanMulai}::date AND ${k.bulanSelesai}::date
      AND NOT EXISTS (SELECT 1 FROM umpan_balik ub WHERE ub.instansi_id = r.instansi_id AND ub.realisasi_id = r.id))`;

const skpBerlaku = (k: Konteks) => sql`EXISTS (SELECT 1 FROM skp s WHERE s.instansi_id = ${k.instansiId} AND s.pegawai_id = peg.pegawai_id AND s.tahun = ${k.tahun}::int AND s.status IN ${sqlList(SKP_BERLAKU)})`;
const lapor = (k: Konteks) => sql`EXISTS (SELECT 1 FROM realisasi r WHERE r.instansi_id = ${k.instansiId} AND r.pegawai_id = peg.pegawai_id AND r.tanggal BETWEEN ${k.bulanMulai}::date AND ${k.bulanSelesai}::date)`;
const evaluasi = (k: Konteks, cond: SQL) =>
  sql`EXISTS (SELECT 1 FROM evaluasi e WHERE e.instansi_id = ${k.instansiId} AND e.periode_id = ${periode(k)} AND e.pegawai_id = peg.pegawai_id
        ${k.milikSaya ? sql`AND e.pejabat_penilai_id = ${k.pegawaiId}::uuid` : sql``} AND ${cond})`;
const FINAL = sql`e.status IN ${sqlList(EVALUASI_FINAL)}`;

/** The predicate of each figure, over the `peg` row. */
export function kondisi(ind: Indikator, k: Konteks): SQL {
  switch (ind) {
    case 'SKP_MENUNGGU':
      return sql`EXISTS (SELECT 1 FROM skp s WHERE s.instansi_id = ${k.instansiId} AND s.pegawai_id = peg.pegawai_id AND s.tahun = ${k.tahun}::int
                  AND s.status = ANY(${`{${k.menungguPenilai.join(',')}}`}::text[]) AND s.pejabat_penilai_id = ${k.pegawaiId}::uuid)`;
    case 'SKP_DISETUJUI':
      return skpBerlaku(k);
    case 'SKP_BELUM':
      return sql`NOT ${skpBerlaku(k)}`;
    case 'SUDAH_LAPOR':
      return lapor(k);
    case 'BELUM_LAPOR':
      return sql`NOT ${lapor(k)}`;
    case 'MENUNGGU_UMPAN_BALIK':
      return sql`${entriTanpaUmpanBalik(k)} > 0`;
    case 'PENILAIAN_BELUM':
      return evaluasi(k, sql`e.status = 'DRAFT'`);
    case 'PENILAIAN_SELESAI':
      return evaluasi(k, sql`e.status <> 'DRAFT'`);
    case 'PREDIKAT':
      return evaluasi(k, sql`${FINAL} AND e.predikat = ${k.predikat ?? ''}`);
    case 'PERLU_PERHATIAN':
      return evaluasi(k, sql`${FINAL} AND e.predikat IN ${sqlList(PREDIKAT_RENDAH)}`);
  }
}

/** What a row of a list counts: entries for MENUNGGU_UMPAN_BALIK, else 1. */
const jumlahSql = (ind: Indikator, k: Konteks) => (ind === 'MENUNGGU_UMPAN_BALIK' ? entriTanpaUmpanBalik(k) : sql`1`);

/** Where a list row leads. */
function tautanSql(ind: Indikator, k: Konteks): SQL {
  switch (ind) {
    case 'SKP_MENUNGGU':
    case 'SKP_DISETUJUI':
    case 'SKP_BELUM':
      return sql`(SELECT '/skp/' || s.id FROM skp s WHERE s.instansi_id = ${k.instansiId} AND s.pegawai_id = peg.pegawai_id AND s.tahun = ${k.tahun}::int AND s.status <> 'DIGANTIKAN' ORDER BY s.versi DESC LIMIT 1)`;
    case 'SUDAH_LAPOR':
    case 'BELUM_LAPOR':
    case 'MENUNGGU_UMPAN_BALIK':
      return sql`'/pemantauan/pegawai/' || peg.pegawai_id`;
    default:
      return sql`(SELECT '/penilaian/evaluasi/' || e.id FROM evaluasi e WHERE e.instansi_id = ${k.instansiId} AND e.periode_id = ${periode(k)} AND e.pegawai_id = peg.pegawai_id)`;
  }
}

export interface DaftarRow {
  pegawai_id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jabatan: string;
  unit_nama: string;
  jumlah: number;
  tautan: string | null;
  total: number;
  jumlah_total: number;
}

/** A figure per root (null root: the whole population) for several predicates at once. */
export type Hitungan = Record<string, number>;

export const berandaRepository = {
  /** The list behind a figure, one page, with the whole list's row count and sum. */
  daftar: (db: DbOrTx, pop: Populasi, ind: Indikator, k: Konteks, page: number, pageSize: number) =>
    queryRows<DaftarRow>(
      db,
      sql`WITH RECURSIVE ${pegSql(k.instansiId, pop)},
        hit AS (SELECT peg.*, ${jumlahSql(ind, k)} AS jumlah FROM peg WHERE ${kondisi(ind, k)})
        SELECT peg.pegawai_id, peg.nip, peg.nama, peg.gelar_depan, peg.gelar_belakang, peg.jabatan, peg.unit_nama, peg.jumlah::int AS jumlah,
               ${tautanSql(ind, k)} AS tautan,
               count(*) OVER ()::int AS total, (sum(peg.jumlah) OVER ())::int AS jumlah_total
          FROM hit AS peg
         ORDER BY peg.nama, peg.nip
         LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),

  /**
   * Several figures at once, per root (`root_id`, null for a population without roots) and in
   * total: `count(*) FILTER (WHERE kondisi)` (or the sum of entries) for each named predicate.
   */
  async hitung(db: DbOrTx, pop: Populasi, k: Konteks, figures: Record<string, { ind: Indikator; k?: Partial<Konteks> }>) {
    const names = Object.keys(figures);
    const cols = names.map((n) => {
      const f = figures[n]!;
      const kk = { ...k, ...f.k };
      const agg = f.ind === 'MENUNGGU_UMPAN_BALIK' ? sql`coalesce(sum(${jumlahSql(f.ind, kk)}) FILTER (WHERE ${kondisi(f.ind, kk)}), 0)::int` : sql`(count(*) FILTER (WHERE ${kondisi(f.ind, kk)}))::int`;
      return sql`${agg} AS ${sql.identifier(n)}`;
    });
    const rows = await queryRows<Record<string, number | string | null>>(
      db,
      sql`WITH RECURSIVE ${pegSql(k.instansiId, pop)}
          SELECT peg.root_id, count(*)::int AS pegawai, ${sql.join(cols, sql`, `)} FROM peg GROUP BY GROUPING SETS ((peg.root_id), ())`,
    );
    const perRoot = new Map<string, Hitungan>();
    let total: Hitungan = { pegawai: 0, ...Object.fromEntries(names.map((n) => [n, 0])) };
    for (const r of rows) {
      const h = Object.fromEntries(['pegawai', ...names].map((n) => [n, Number(r[n] ?? 0)])) as Hitungan;
      // The grand total has a null root_id; so does the single group of a rootless population.
      if (r.root_id === null) total = h;
      else perRoot.set(String(r.root_id), h);
    }
    return { total, perRoot };
  },

  /** Per root and month of the year up to `sampaiBulan`: how many pegawai reported at least once. */
  tren: (db: DbOrTx, pop: Populasi, instansiId: string, tahun: number, sampaiBulan: number) =>
    queryRows<{ root_id: string; bulan: number; lapor: number }>(
      db,
      sql`WITH RECURSIVE ${pegSql(instansiId, pop)}, bulan AS (SELECT generate_series(1, ${sampaiBulan}::int) AS m)
          SELECT peg.root_id, b.m AS bulan, (count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM realisasi r WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = peg.pegawai_id
                      AND r.tanggal >= make_date(${tahun}::int, b.m, 1) AND r.tanggal < make_date(${tahun}::int, b.m, 1) + interval '1 month')))::int AS lapor
            FROM peg CROSS JOIN bulan b GROUP BY peg.root_id, b.m`,
    ),

  /** The predikat distribution of final results in a period, per root. */
  distribusi: (db: DbOrTx, pop: Populasi, instansiId: string, periodeId: string) =>
    queryRows<{ root_id: string | null; predikat: Predikat; jumlah: number }>(
      db,
      sql`WITH RECURSIVE ${pegSql(instansiId, pop)}
          SELECT peg.root_id, e.predikat, count(*)::int AS jumlah FROM peg
            JOIN evaluasi e ON e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId}::uuid AND e.pegawai_id = peg.pegawai_id
           WHERE e.status IN ${sqlList(EVALUASI_FINAL)} AND e.predikat IS NOT NULL
           GROUP BY GROUPING SETS ((peg.root_id, e.predikat), (e.predikat))`,
    ),

  /** The units a leader's rows are: a unit's children (or the perangkat daerah of the pemda), with their parent's name. */
  unitBaris: (db: DbOrTx, instansiId: string, induk: string | null) =>
    queryRows<{ id: string; kode: string; nama: string; induk: string | null }>(
      db,
      sql`SELECT u.id, u.kode, u.nama, pu.nama AS induk FROM unit_kerja u
            LEFT JOIN unit_kerja pu ON pu.instansi_id = u.instansi_id AND pu.id = u.parent_id
           WHERE u.instansi_id = ${instansiId} AND u.aktif
             AND ${induk ? sql`u.parent_id = ${induk}::uuid AND NOT u.perangkat_daerah` : sql`u.perangkat_daerah`}
           ORDER BY u.kode`,
    ),

  /** A unit by id with its parent's name (null: not of this instansi). */
  unit: async (db: DbOrTx, instansiId: string, id: string) =>
    (
      await queryRows<{ id: string; kode: string; nama: string; jenis: string; perangkat_daerah: boolean; parent_id: string | null }>(
        db,
        sql`SELECT id, kode, nama, jenis, perangkat_daerah, parent_id FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ${id}::uuid`,
      )
    )[0] ?? null,

  /** Of the given units, those that are perangkat daerah, or head the pemda (the sekretariat daerah). */
  unitPimpinan: (db: DbOrTx, instansiId: string, ids: readonly string[]) =>
    queryRows<{ id: string; nama: string; jenis: string; perangkat_daerah: boolean }>(
      db,
      sql`SELECT id, nama, jenis, perangkat_daerah FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ANY(${uuidArray(ids)}) ORDER BY kode`,
    ),

  /** Public answers since `sejak` (domain HARI_LAYANAN_PUBLIK days) per service point of the population's units. */
  layananPublik: (db: DbOrTx, pop: Populasi, instansiId: string, sejak: Date) =>
    queryRows<{ titik_id: string; nama: string; unit: string; jawaban: number; rata: number | null }>(
      db,
      sql`WITH RECURSIVE ${pegSql(instansiId, pop)}
          SELECT t.id AS titik_id, t.nama, u.nama AS unit, count(a.id)::int AS jawaban,
                 round(avg((a.kecepatan + a.keramahan + a.kejelasan + a.keadilan) / 4.0), 2)::float AS rata
            FROM titik_layanan t
            JOIN unit_kerja u ON u.instansi_id = t.instansi_id AND u.id = t.unit_id
            LEFT JOIN umpan_balik_publik a ON a.instansi_id = t.instansi_id AND a.titik_layanan_id = t.id AND a.created_at >= ${sejak.toISOString()}::timestamptz
           WHERE t.instansi_id = ${instansiId} AND t.aktif
             ${pop.kind === 'unit' ? sql`AND t.unit_id IN (SELECT unit_id FROM tree)` : pop.kind === 'pegawai' ? sql`AND false` : sql``}
           GROUP BY t.id, t.nama, u.nama ORDER BY rata NULLS LAST, t.nama`,
    ),

  /** The pegawai's own home: this month's rencana aksi of the SKP in force, those reached, entries, last report, new feedback. */
  async saya(db: DbOrTx, instansiId: string, pegawaiId: string, tahun: number, mulai: string, selesai: string) {
    const [row] = await queryRows<{
      skp_id: string | null;
      skp_status: string | null;
      rencana: number;
      tercapai: number;
      entri: number;
      terakhir: string | null;
      umpan_balik: number;
    }>(
      db,
      sql`WITH s AS (
            SELECT s.id, s.status FROM skp s WHERE s.instansi_id = ${instansiId} AND s.pegawai_id = ${pegawaiId}::uuid AND s.tahun = ${tahun}::int AND s.status <> 'DIGANTIKAN'
             ORDER BY (s.status IN ${sqlList(SKP_BERLAKU)}) DESC, s.versi DESC LIMIT 1),
          ra AS (
            SELECT ra.id, ra.target,
                   (SELECT coalesce(sum(r.jumlah), 0) FROM realisasi r WHERE r.instansi_id = ra.instansi_id AND r.rencana_aksi_id = ra.id) AS capai,
                   EXISTS (SELECT 1 FROM realisasi r WHERE r.instansi_id = ra.instansi_id AND r.rencana_aksi_id = ra.id) AS ada
              FROM rencana_aksi ra JOIN s ON ra.skp_id = s.id
             WHERE ra.instansi_id = ${instansiId} AND ra.periode_mulai <= ${selesai}::date AND ra.periode_selesai >= ${mulai}::date
               AND s.status IN ${sqlList(SKP_BERLAKU)})
          SELECT (SELECT id FROM s) AS skp_id, (SELECT status FROM s) AS skp_status,
                 (SELECT count(*)::int FROM ra) AS rencana,
                 (SELECT count(*)::int FROM ra WHERE CASE WHEN ra.target IS NULL THEN ra.ada ELSE ra.capai >= ra.target END) AS tercapai,
                 (SELECT count(*)::int FROM realisasi r WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = ${pegawaiId}::uuid AND r.tanggal BETWEEN ${mulai}::date AND ${selesai}::date) AS entri,
                 (SELECT max(r.tanggal)::text FROM realisasi r WHERE r.instansi_id = ${instansiId} AND r.pegawai_id = ${pegawaiId}::uuid) AS terakhir,
                 (SELECT count(*)::int FROM notifikasi n WHERE n.instansi_id = ${instansiId} AND n.pegawai_id = ${pegawaiId}::uuid AND n.jenis = 'UMPAN_BALIK' AND n.dibaca_at IS NULL) AS umpan_balik`,
    );
    return row!;
  },

  /** The pegawai's latest final result (with when it was delivered) and the open periods' rating deadlines. */
  hasilTerakhir: async (db: DbOrTx, instansiId: string, pegawaiId: string) =>
    (
      await queryRows<{ id: string; predikat: Predikat; disampaikan_at: Date | string | null; jenis: string; tahun: number; nomor: number }>(
        db,
        sql`SELECT e.id, e.predikat, e.disampaikan_at, pp.jenis, pp.tahun, pp.nomor FROM evaluasi e
              JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
             WHERE e.instansi_id = ${instansiId} AND e.pegawai_id = ${pegawaiId}::uuid AND e.status IN ${sqlList(EVALUASI_FINAL)} AND e.predikat IS NOT NULL
             ORDER BY e.disampaikan_at DESC NULLS LAST, pp.selesai DESC LIMIT 1`,
      )
    )[0] ?? null,

  /** Periods of the instansi: open ones, and the latest with any final result of the year. */
  periode: (db: DbOrTx, instansiId: string) =>
    queryRows<{ id: string; jenis: string; tahun: number; nomor: number; status: string; batas_penilaian: string; selesai: string; ditutup_at: Date | string | null; ada_final: boolean }>(
      db,
      sql`SELECT pp.id, pp.jenis, pp.tahun, pp.nomor, pp.status, pp.batas_penilaian::text AS batas_penilaian, pp.selesai::text AS selesai, pp.ditutup_at,
                 EXISTS (SELECT 1 FROM evaluasi e WHERE e.instansi_id = pp.instansi_id AND e.periode_id = pp.id AND e.status IN ${sqlList(EVALUASI_FINAL)}) AS ada_final
            FROM periode_penilaian pp WHERE pp.instansi_id = ${instansiId} ORDER BY pp.selesai DESC, pp.jenis`,
    ),

  /** Per pejabat penilai of the pemda (or of one perangkat daerah's pegawai): SKP waiting and approved, ratings of a period. */
  penilai: (db: DbOrTx, instansiId: string, tahun: number, periodeId: string | null, menunggu: readonly string[], pdId: string | null, page: number, pageSize: number) =>
    queryRows<{ id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; jabatan: string; unit: string; skp_menunggu: number; skp_disetujui: number; total_nilai: number; selesai_nilai: number; total: number }>(
      db,
      sql`WITH RECURSIVE ${pegSql(instansiId, pdId ? { kind: 'unit', rootIds: [pdId] } : { kind: 'pemda' })},
          s AS (SELECT s.pejabat_penilai_id AS id,
                       count(*) FILTER (WHERE s.status = ANY(${`{${menunggu.join(',')}}`}::text[]))::int AS skp_menunggu,
                       count(*) FILTER (WHERE s.status IN ${sqlList(SKP_BERLAKU)})::int AS skp_disetujui
                  FROM skp s JOIN peg ON peg.pegawai_id = s.pegawai_id
                 WHERE s.instansi_id = ${instansiId} AND s.tahun = ${tahun}::int AND s.pejabat_penilai_id IS NOT NULL GROUP BY 1),
          e AS (SELECT e.pejabat_penilai_id AS id, count(*)::int AS total_nilai, count(*) FILTER (WHERE e.status <> 'DRAFT')::int AS selesai_nilai
                  FROM evaluasi e JOIN peg ON peg.pegawai_id = e.pegawai_id
                 WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId ?? '00000000-0000-0000-0000-000000000000'}::uuid AND e.pejabat_penilai_id IS NOT NULL GROUP BY 1),
          ids AS (SELECT id FROM s UNION SELECT id FROM e)
          SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, coalesce(j.nama, '') AS jabatan, coalesce(u.nama, '') AS unit,
                 coalesce(s.skp_menunggu, 0) AS skp_menunggu, coalesce(s.skp_disetujui, 0) AS skp_disetujui,
                 coalesce(e.total_nilai, 0) AS total_nilai, coalesce(e.selesai_nilai, 0) AS selesai_nilai, count(*) OVER ()::int AS total
            FROM ids JOIN pegawai p ON p.instansi_id = ${instansiId} AND p.id = ids.id
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
            LEFT JOIN s ON s.id = ids.id LEFT JOIN e ON e.id = ids.id
           ORDER BY coalesce(e.total_nilai, 0) - coalesce(e.selesai_nilai, 0) + coalesce(s.skp_menunggu, 0) DESC, p.nama, p.nip
           LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),

  /** Keberatan of the pemda: open (not decided) or decided, newest first, with the period and who decides. */
  keberatan: (db: DbOrTx, instansiId: string, status: 'terbuka' | 'diputus' | 'semua', page: number, pageSize: number) =>
    queryRows<{
      id: string;
      status: string;
      hasil: string | null;
      created_at: Date | string;
      pegawai_id: string;
      nip: string;
      nama: string;
      gelar_depan: string | null;
      gelar_belakang: string | null;
      unit: string;
      jenis: string;
      tahun: number;
      nomor: number;
      pemutus: string | null;
      total: number;
    }>(
      db,
      sql`SELECT k.id, k.status, k.hasil, k.created_at, p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, coalesce(u.nama, '') AS unit,
                 pp.jenis, pp.tahun, pp.nomor, a.nama AS pemutus, count(*) OVER ()::int AS total
            FROM keberatan k
            JOIN evaluasi e ON e.instansi_id = k.instansi_id AND e.id = k.evaluasi_id
            JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
            JOIN pegawai p ON p.instansi_id = k.instansi_id AND p.id = k.pegawai_id
            LEFT JOIN unit_kerja u ON u.instansi_id = e.instansi_id AND u.id = e.unit_id
            LEFT JOIN pegawai a ON a.instansi_id = e.instansi_id AND a.id = e.atasan_penilai_id
           WHERE k.instansi_id = ${instansiId}
             ${status === 'terbuka' ? sql`AND k.status <> 'DIPUTUS'` : status === 'diputus' ? sql`AND k.status = 'DIPUTUS'` : sql``}
           ORDER BY k.status = 'DIPUTUS', k.created_at, k.id
           LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),

  /** Open keberatan, and those filed up to `lewatSampai` (overdue: domain `keberatanLewatSampai`). */
  keberatanTerbuka: async (db: DbOrTx, instansiId: string, lewatSampai: Date) =>
    (
      await queryRows<{ terbuka: number; lewat: number }>(
        db,
        sql`SELECT count(*)::int AS terbuka, count(*) FILTER (WHERE k.created_at <= ${lewatSampai.toISOString()}::timestamptz)::int AS lewat
              FROM keberatan k WHERE k.instansi_id = ${instansiId} AND k.status <> 'DIPUTUS'`,
      )
    )[0]!,

  /**
   * Rater analytics of a period: per pejabat penilai of the final (or rated) evaluations, the
   * predikat counts, ratings where hasil kerja and perilaku agree, corrections after rating, the
   * keberatan and those decided "diubah", and the mean capaian organisasi score of their units.
   */
  analitik: (db: DbOrTx, instansiId: string, periodeId: string, pdId: string | null, penilaiId: string | null) =>
    queryRows<{
      penilai_id: string | null;
      pd_id: string | null;
      /** GROUPING(penilai, pd): 1 per rater, 2 per perangkat daerah, 3 the whole. */
      g: number;
      predikat: Predikat | null;
      jumlah: number;
      sama: number;
      kedua: number;
      koreksi: number;
      keberatan: number;
      diubah: number;
    }>(
      db,
      sql`WITH RECURSIVE ${pegSql(instansiId, pdId ? { kind: 'unit', rootIds: [pdId] } : { kind: 'unit', rootIds: [] })},
          pd AS (
            SELECT u.id AS pd_id, u.id AS unit_id, 0 AS depth FROM unit_kerja u WHERE u.instansi_id = ${instansiId} AND u.perangkat_daerah
            UNION ALL
            SELECT pd.pd_id, c.id, pd.depth + 1 FROM unit_kerja c JOIN pd ON c.parent_id = pd.unit_id WHERE c.instansi_id = ${instansiId} AND NOT c.perangkat_daerah AND pd.depth < 50
          ),
          ev AS (
            SELECT e.id, e.pejabat_penilai_id, e.predikat, e.rating_hasil_kerja, e.rating_perilaku, pd.pd_id
              FROM evaluasi e LEFT JOIN pd ON pd.unit_id = e.unit_id
             WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${periodeId}::uuid AND e.status <> 'DRAFT' AND e.predikat IS NOT NULL
               ${pdId ? sql`AND e.pegawai_id IN (SELECT pegawai_id FROM peg)` : sql``}
               ${penilaiId ? sql`AND e.pejabat_penilai_id = ${penilaiId}::uuid` : sql``})
          SELECT ev.pejabat_penilai_id AS penilai_id, ev.pd_id, GROUPING(ev.pejabat_penilai_id, ev.pd_id)::int AS g, ev.predikat, count(*)::int AS jumlah,
                 count(*) FILTER (WHERE ev.rating_hasil_kerja = ev.rating_perilaku)::int AS sama,
                 count(*) FILTER (WHERE ev.rating_hasil_kerja IS NOT NULL AND ev.rating_perilaku IS NOT NULL)::int AS kedua,
                 count(*) FILTER (WHERE EXISTS (SELECT 1 FROM evaluasi_riwayat r WHERE r.instansi_id = ${instansiId} AND r.evaluasi_id = ev.id))::int AS koreksi,
                 count(k.id)::int AS keberatan, count(k.id) FILTER (WHERE k.hasil = 'DIUBAH')::int AS diubah
            FROM ev LEFT JOIN keberatan k ON k.instansi_id = ${instansiId} AND k.evaluasi_id = ev.id
           GROUP BY GROUPING SETS ((ev.pejabat_penilai_id, ev.predikat), (ev.pd_id, ev.predikat), (ev.predikat))`,
    ),

  /** The mean capaian organisasi score of the units each rater rated in, and the raters' names. */
  penilaiInfo: (db: DbOrTx, instansiId: string, periodeId: string, ids: readonly string[]) =>
    queryRows<{ id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; unit: string; skor: number | null }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, coalesce(u.nama, '') AS unit,
                 (SELECT avg(CASE c.capaian WHEN 'ISTIMEWA' THEN 5 WHEN 'BAIK' THEN 4 WHEN 'BUTUH_PERBAIKAN' THEN 3 WHEN 'KURANG' THEN 2 ELSE 1 END)::float
                    FROM capaian_organisasi c
                   WHERE c.instansi_id = p.instansi_id AND c.periode_id = ${periodeId}::uuid
                     AND c.unit_id IN (SELECT DISTINCT e.unit_id FROM evaluasi e WHERE e.instansi_id = p.instansi_id AND e.periode_id = ${periodeId}::uuid AND e.pejabat_penilai_id = p.id)) AS skor
            FROM pegawai p
            LEFT JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            LEFT JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(ids)})`,
    ),

  /** The pejabat penilai with unrated evaluations in open periods whose rating deadline has passed. */
  penilaiTerlambatSql: (instansiId: string, hariIni: string, judul: string, kunci: string): SQL =>
    sql`SELECT e.pejabat_penilai_id AS pegawai_id, 'PENGINGAT_PENILAIAN' AS jenis, ${judul}::text AS judul,
               'Masih ada ' || count(*) || ' penilaian kinerja bawahan yang belum Anda selesaikan, padahal batas penilaiannya sudah lewat. Segera selesaikan penilaian.' AS pesan,
               '/penilaian/tim' AS tautan, ${kunci}::text AS kunci
          FROM evaluasi e JOIN periode_penilaian pp ON pp.instansi_id = e.instansi_id AND pp.id = e.periode_id
         WHERE e.instansi_id = ${instansiId} AND pp.status = 'DIBUKA' AND pp.batas_penilaian < ${hariIni}::date AND e.status = 'DRAFT' AND e.pejabat_penilai_id IS NOT NULL
         GROUP BY e.pejabat_penilai_id`,
};
