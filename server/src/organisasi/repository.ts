import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { instansi, jabatan, pegawai, penugasanPlt, unitKerja } from '../db/schema.js';
import type { ChainSeat } from './atasan.js';

import { unitSubtreeIds } from '../db/fragments.js';

export { unitSubtreeIds };

/**
 * SQL for the units whose head seat a pegawai holds on a date: definitively with no Plt/Plh in
 * office, or as the newest Plt/Plh in office. Index-driven (starts from the pegawai).
 */
const seatsSql = (instansiId: string, pegawaiId: string, tanggal: string) => sql`
            -- head seats held definitively, with no Plt/Plh in office
            SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
             WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId} AND p.status = 'AKTIF' AND j.kepala_unit
               AND NOT EXISTS (SELECT 1 FROM penugasan_plt t WHERE t.instansi_id = j.instansi_id AND t.jabatan_id = j.id
                                 AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai)
            UNION
            -- head seats held as the newest Plt/Plh in office
            SELECT j.unit_id FROM penugasan_plt t JOIN jabatan j ON j.instansi_id = t.instansi_id AND j.id = t.jabatan_id
             WHERE t.instansi_id = ${instansiId} AND t.pegawai_id = ${pegawaiId}
               AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai
               AND NOT EXISTS (SELECT 1 FROM penugasan_plt t2 WHERE t2.instansi_id = t.instansi_id AND t2.jabatan_id = t.jabatan_id
                                 AND ${tanggal}::date BETWEEN t2.tanggal_mulai AND t2.tanggal_selesai AND t2.tanggal_mulai > t.tanggal_mulai)`;

export interface UnitRow {
  id: string;
  parent_id: string | null;
  kode: string;
  nama: string;
  jenis: string;
  perangkat_daerah: boolean;
  alamat: string | null;
  aktif: boolean;
  jumlah_pegawai: number;
  kepala_pegawai_id: string | null;
  kepala_nama: string | null;
  kepala_nip: string | null;
  kepala_plt: 'PLT' | 'PLH' | null;
}

export interface HolderRow {
  id: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  golongan: string;
  jabatanNama: string;
  unitNama: string;
}

export const organisasiRepository = {
  async getInstansi(db: DbOrTx, instansiId: string) {
    const [row] = await db.select().from(instansi).where(eq(instansi.id, instansiId));
    return row ?? null;
  },

  /** All units of an instansi with pegawai counts and the head in office on `tanggal`. */
  async listUnits(db: DbOrTx, instansiId: string, tanggal: string): Promise<UnitRow[]> {
    return queryRows<UnitRow>(
      db,
      sql`
      SELECT u.id, u.parent_id, u.kode, u.nama, u.jenis, u.perangkat_daerah, u.alamat, u.aktif,
             COALESCE(cnt.n, 0)::int AS jumlah_pegawai,
             COALESCE(plt.pegawai_id, def.id) AS kepala_pegawai_id,
             COALESCE(plt.nama, def.nama) AS kepala_nama,
             COALESCE(plt.nip, def.nip) AS kepala_nip,
             plt.jenis AS kepala_plt
        FROM unit_kerja u
        LEFT JOIN (
          SELECT j.unit_id, count(p.id) AS n FROM jabatan j
            JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id
           WHERE j.instansi_id = ${instansiId} AND p.status <> 'PENSIUN'
           GROUP BY j.unit_id
        ) cnt ON cnt.unit_id = u.id
        LEFT JOIN jabatan kj ON kj.instansi_id = u.instansi_id AND kj.unit_id = u.id AND kj.kepala_unit
        LEFT JOIN LATERAL (
          SELECT t.pegawai_id, t.jenis, p.nama, p.nip FROM penugasan_plt t
            JOIN pegawai p ON p.instansi_id = t.instansi_id AND p.id = t.pegawai_id
           WHERE t.instansi_id = u.instansi_id AND t.jabatan_id = kj.id
             AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai
           ORDER BY t.tanggal_mulai DESC LIMIT 1
        ) plt ON true
        LEFT JOIN LATERAL (
          SELECT p.id, p.nama, p.nip FROM pegawai p
           WHERE p.instansi_id = u.instansi_id AND p.jabatan_id = kj.id AND p.status = 'AKTIF'
           ORDER BY p.tmt_jabatan DESC NULLS LAST LIMIT 1
        ) def ON true
       WHERE u.instansi_id = ${instansiId}
       ORDER BY u.kode`,
    );
  },

  async getUnitRaw(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await db
      .select()
      .from(unitKerja)
      .where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id)));
    return row ?? null;
  },

  async unitKodeTaken(db: DbOrTx, instansiId: string, kode: string, exceptId?: string) {
    const rows = await db
      .select({ id: unitKerja.id })
      .from(unitKerja)
      .where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.kode, kode)));
    return rows.some((r) => r.id !== exceptId);
  },

  /** Ancestors of a unit (itself first). Used to refuse cycles when moving a unit. */
  async ancestorIds(db: DbOrTx, instansiId: string, unitId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`WITH RECURSIVE up AS (
            SELECT id, parent_id, 0 AS d FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ${unitId}
            UNION ALL
            SELECT u.id, u.parent_id, up.d + 1 FROM unit_kerja u JOIN up ON u.id = up.parent_id
             WHERE u.instansi_id = ${instansiId}
          ) SELECT id FROM up ORDER BY d`,
    );
    return rows.map((r) => r.id);
  },

  async unitUsage(db: DbOrTx, instansiId: string, unitId: string) {
    const [row] = await queryRows<{ children: number; jabatan: number; roles: number }>(
      db,
      sql`SELECT
            (SELECT count(*) FROM unit_kerja WHERE instansi_id = ${instansiId} AND parent_id = ${unitId})::int AS children,
            (SELECT count(*) FROM jabatan WHERE instansi_id = ${instansiId} AND unit_id = ${unitId})::int AS jabatan,
            (SELECT count(*) FROM user_role WHERE instansi_id = ${instansiId} AND unit_id = ${unitId})::int AS roles`,
    );
    return row ?? { children: 0, jabatan: 0, roles: 0 };
  },

  async listJabatan(db: DbOrTx, instansiId: string, filter: { unitId?: string | undefined; q?: string | undefined; id?: string }) {
    return queryRows<{
      id: string;
      unit_id: string;
      unit_nama: string;
      kode: string;
      nama: string;
      jenis: string;
      jenjang: string | null;
      kepala_unit: boolean;
      kelas: number | null;
      jumlah_pemangku: number;
    }>(
      db,
      sql`SELECT j.id, j.unit_id, u.nama AS unit_nama, j.kode, j.nama, j.jenis, j.jenjang, j.kepala_unit, j.kelas,
                 (SELECT count(*) FROM pegawai p WHERE p.instansi_id = j.instansi_id AND p.jabatan_id = j.id)::int AS jumlah_pemangku
            FROM jabatan j JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE j.instansi_id = ${instansiId}
             ${filter.unitId ? sql`AND j.unit_id = ${filter.unitId}` : sql``}
             ${filter.id ? sql`AND j.id = ${filter.id}` : sql``}
             ${filter.q ? sql`AND (j.nama ILIKE ${'%' + filter.q + '%'} OR j.kode ILIKE ${'%' + filter.q + '%'})` : sql``}
           ORDER BY u.kode, j.kepala_unit DESC, j.nama
           LIMIT 2000`,
    );
  },

  async getJabatanRaw(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await db
      .select()
      .from(jabatan)
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)));
    return row ?? null;
  },

  async jabatanKodeTaken(db: DbOrTx, instansiId: string, kode: string, exceptId?: string) {
    const rows = await db
      .select({ id: jabatan.id })
      .from(jabatan)
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.kode, kode)));
    return rows.some((r) => r.id !== exceptId);
  },

  async kepalaJabatanOfUnit(db: DbOrTx, instansiId: string, unitId: string) {
    const [row] = await db
      .select()
      .from(jabatan)
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.unitId, unitId), eq(jabatan.kepalaUnit, true)));
    return row ?? null;
  },

  /** Active holders of a jabatan; with `includePensiun`, every pegawai record that points at it. */
  async pemangkuCount(db: DbOrTx, instansiId: string, jabatanId: string, includePensiun = false) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pegawai WHERE instansi_id = ${instansiId} AND jabatan_id = ${jabatanId}
            ${includePensiun ? sql`` : sql`AND status <> 'PENSIUN'`}`,
    );
    return row?.n ?? 0;
  },

  async listPlt(db: DbOrTx, instansiId: string, filter: { pegawaiId?: string | undefined; jabatanId?: string | undefined; aktifPada?: string | undefined; id?: string }) {
    return queryRows<{
      id: string;
      pegawai_id: string;
      pegawai_nama: string;
      pegawai_nip: string;
      jabatan_id: string;
      jabatan_nama: string;
      unit_nama: string;
      jenis: 'PLT' | 'PLH';
      tanggal_mulai: string;
      tanggal_selesai: string;
      nomor_sk: string | null;
    }>(
      db,
      sql`SELECT t.id, t.pegawai_id, p.nama AS pegawai_nama, p.nip AS pegawai_nip, t.jabatan_id,
                 j.nama AS jabatan_nama, u.nama AS unit_nama, t.jenis,
                 to_char(t.tanggal_mulai, 'YYYY-MM-DD') AS tanggal_mulai,
                 to_char(t.tanggal_selesai, 'YYYY-MM-DD') AS tanggal_selesai, t.nomor_sk
            FROM penugasan_plt t
            JOIN pegawai p ON p.instansi_id = t.instansi_id AND p.id = t.pegawai_id
            JOIN jabatan j ON j.instansi_id = t.instansi_id AND j.id = t.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE t.instansi_id = ${instansiId}
             ${filter.id ? sql`AND t.id = ${filter.id}` : sql``}
             ${filter.pegawaiId ? sql`AND t.pegawai_id = ${filter.pegawaiId}` : sql``}
             ${filter.jabatanId ? sql`AND t.jabatan_id = ${filter.jabatanId}` : sql``}
             ${filter.aktifPada ? sql`AND ${filter.aktifPada}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai` : sql``}
           ORDER BY t.tanggal_mulai DESC
           LIMIT 1000`,
    );
  },

  async overlappingPlt(db: DbOrTx, instansiId: string, jabatanId: string, mulai: string, selesai: string, exceptId?: string) {
    return queryRows<{ id: string; tanggal_mulai: string; tanggal_selesai: string }>(
      db,
      sql`SELECT id, to_char(tanggal_mulai, 'YYYY-MM-DD') AS tanggal_mulai, to_char(tanggal_selesai, 'YYYY-MM-DD') AS tanggal_selesai
            FROM penugasan_plt
           WHERE instansi_id = ${instansiId} AND jabatan_id = ${jabatanId}
             AND tanggal_mulai <= ${selesai}::date AND tanggal_selesai >= ${mulai}::date
             ${exceptId ? sql`AND id <> ${exceptId}` : sql``}`,
    );
  },

  /** The head seats from the pegawai's unit up to the root, with who sits in each on `tanggal`. */
  async atasanChain(db: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string) {
    const rows = await queryRows<{
      depth: number;
      unit_id: string;
      heads_own_unit: boolean;
      acting_pegawai_id: string | null;
      acting_jenis: 'PLT' | 'PLH' | null;
      definitif_pegawai_id: string | null;
      h_nip: string | null;
      h_nama: string | null;
      h_gelar_depan: string | null;
      h_gelar_belakang: string | null;
      h_golongan: string | null;
      h_jabatan_nama: string | null;
      h_unit_nama: string | null;
    }>(
      db,
      sql`WITH RECURSIVE me AS (
            SELECT j.unit_id, j.kepala_unit FROM pegawai p
              JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
             WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId}
          ), chain AS (
            SELECT u.id, u.parent_id, 0 AS depth FROM unit_kerja u JOIN me ON u.id = me.unit_id
             WHERE u.instansi_id = ${instansiId}
            UNION ALL
            SELECT u.id, u.parent_id, c.depth + 1 FROM unit_kerja u JOIN chain c ON u.id = c.parent_id
             WHERE u.instansi_id = ${instansiId}
          )
          SELECT c.depth, c.id AS unit_id, (SELECT kepala_unit FROM me) AS heads_own_unit,
                 plt.pegawai_id AS acting_pegawai_id, plt.jenis AS acting_jenis, def.id AS definitif_pegawai_id,
                 h.nip AS h_nip, h.nama AS h_nama, h.gelar_depan AS h_gelar_depan, h.gelar_belakang AS h_gelar_belakang,
                 h.golongan AS h_golongan, hj.nama AS h_jabatan_nama, hu.nama AS h_unit_nama
            FROM chain c
            LEFT JOIN jabatan kj ON kj.instansi_id = ${instansiId} AND kj.unit_id = c.id AND kj.kepala_unit
            LEFT JOIN LATERAL (
              SELECT t.pegawai_id, t.jenis FROM penugasan_plt t
               WHERE t.instansi_id = ${instansiId} AND t.jabatan_id = kj.id
                 AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai
               ORDER BY t.tanggal_mulai DESC LIMIT 1
            ) plt ON true
            LEFT JOIN LATERAL (
              SELECT p.id FROM pegawai p
               WHERE p.instansi_id = ${instansiId} AND p.jabatan_id = kj.id AND p.status = 'AKTIF'
               ORDER BY p.tmt_jabatan DESC NULLS LAST LIMIT 1
            ) def ON true
            LEFT JOIN pegawai h ON h.instansi_id = ${instansiId} AND h.id = COALESCE(plt.pegawai_id, def.id)
            LEFT JOIN jabatan hj ON hj.instansi_id = h.instansi_id AND hj.id = h.jabatan_id
            LEFT JOIN unit_kerja hu ON hu.instansi_id = hj.instansi_id AND hu.id = hj.unit_id
           ORDER BY c.depth`,
    );
    const seats: ChainSeat[] = rows.map((r) => ({
      depth: r.depth,
      unitId: r.unit_id,
      actingPegawaiId: r.acting_pegawai_id,
      actingJenis: r.acting_jenis,
      definitifPegawaiId: r.definitif_pegawai_id,
    }));
    // Who sits in each seat (the Plt/Plh in office, else the definitive holder), for presenting.
    const holders = new Map<string, HolderRow>();
    for (const r of rows) {
      const id = r.acting_pegawai_id ?? r.definitif_pegawai_id;
      if (id && r.h_nip)
        holders.set(id, {
          id,
          nip: r.h_nip,
          nama: r.h_nama ?? '',
          gelarDepan: r.h_gelar_depan,
          gelarBelakang: r.h_gelar_belakang,
          golongan: r.h_golongan ?? '',
          jabatanNama: r.h_jabatan_nama ?? '',
          unitNama: r.h_unit_nama ?? '',
        });
    }
    return { headsOwnUnit: rows[0]?.heads_own_unit ?? false, seats, holders, found: rows.length > 0 };
  },

  /** Units whose head seat the pegawai holds on `tanggal` (definitively with no Plt/Plh in office, or acting). */
  async seatUnitIds(db: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string): Promise<string[]> {
    const rows = await queryRows<{ unit_id: string }>(db, sql`SELECT DISTINCT unit_id FROM (${seatsSql(instansiId, pegawaiId, tanggal)}) seats`);
    return rows.map((r) => r.unit_id);
  },

  /**
   * The pegawai whose pejabat penilai is `pegawaiId` on `tanggal` — the inverse of the atasan
   * chain, in one query: the non-head staff of the units whose head seat they hold (definitively
   * with no Plt/Plh in office, or as Plt/Plh), and of every unit below those whose head seat is
   * empty; plus the definitive heads of the first occupied units below.
   */
  async bawahanIds(db: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string): Promise<string[]> {
    const scope = await queryRows<{ id: string }>(
      db,
      sql`WITH RECURSIVE seats AS (${seatsSql(instansiId, pegawaiId, tanggal)}
          ), scope AS (
            SELECT unit_id AS id FROM seats
            UNION
            -- below them, every unit whose head seat is empty (no holder, no Plt/Plh) passes its staff up
            SELECT u.id FROM unit_kerja u JOIN scope s ON u.parent_id = s.id
             WHERE u.instansi_id = ${instansiId}
               AND NOT EXISTS (
                 SELECT 1 FROM jabatan kj WHERE kj.instansi_id = u.instansi_id AND kj.unit_id = u.id AND kj.kepala_unit AND (
                   EXISTS (SELECT 1 FROM penugasan_plt t WHERE t.instansi_id = kj.instansi_id AND t.jabatan_id = kj.id
                             AND ${tanggal}::date BETWEEN t.tanggal_mulai AND t.tanggal_selesai)
                   OR EXISTS (SELECT 1 FROM pegawai h WHERE h.instansi_id = kj.instansi_id AND h.jabatan_id = kj.id AND h.status = 'AKTIF')))
          )
          SELECT id FROM scope`,
    );
    if (scope.length === 0) return [];
    // A second query with the scope as an array: the planner then sees how small it is and uses
    // the indexes instead of scanning every pegawai of the instansi.
    const units = `{${scope.map((r) => r.id).join(',')}}`;
    const rows = await queryRows<{ id: string }>(
      db,
      sql`SELECT p.id FROM jabatan j JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id
           WHERE j.instansi_id = ${instansiId} AND j.unit_id = ANY(${units}::uuid[]) AND NOT j.kepala_unit
             AND p.status NOT IN ('PENSIUN', 'NONAKTIF') AND p.id <> ${pegawaiId}
          UNION
          -- the definitive heads of the first occupied units below
          SELECT h.id FROM unit_kerja u
            JOIN jabatan kj ON kj.instansi_id = u.instansi_id AND kj.unit_id = u.id AND kj.kepala_unit
            JOIN pegawai h ON h.instansi_id = kj.instansi_id AND h.jabatan_id = kj.id AND h.status = 'AKTIF'
           WHERE u.instansi_id = ${instansiId} AND u.parent_id = ANY(${units}::uuid[]) AND NOT (u.id = ANY(${units}::uuid[]))
             AND h.id <> ${pegawaiId}`,
    );
    return rows.map((r) => r.id);
  },

  /** Is the unit inside one of the given units' subtrees? */
  async unitWithin(db: DbOrTx, instansiId: string, unitId: string, rootIds: readonly string[]) {
    if (rootIds.length === 0) return false;
    const [row] = await queryRows<{ ok: boolean }>(db, sql`SELECT ${unitId}::uuid IN ${unitSubtreeIds(instansiId, rootIds)} AS ok`);
    return row?.ok ?? false;
  },

  /** The unit of a pegawai's jabatan, or null for an unknown pegawai. */
  async unitPegawai(db: DbOrTx, instansiId: string, pegawaiId: string): Promise<string | null> {
    const [row] = await queryRows<{ unit_id: string }>(
      db,
      sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId}`,
    );
    return row?.unit_id ?? null;
  },

  async ringkasPegawai(db: DbOrTx, instansiId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return db
      .select({
        id: pegawai.id,
        nip: pegawai.nip,
        nama: pegawai.nama,
        gelarDepan: pegawai.gelarDepan,
        gelarBelakang: pegawai.gelarBelakang,
        golongan: pegawai.golongan,
        jabatanNama: jabatan.nama,
        jenisJabatan: jabatan.jenis,
        kepalaUnit: jabatan.kepalaUnit,
        unitNama: unitKerja.nama,
      })
      .from(pegawai)
      .innerJoin(jabatan, and(eq(jabatan.instansiId, pegawai.instansiId), eq(jabatan.id, pegawai.jabatanId)))
      .innerJoin(unitKerja, and(eq(unitKerja.instansiId, jabatan.instansiId), eq(unitKerja.id, jabatan.unitId)))
      .where(and(eq(pegawai.instansiId, instansiId), sql`${pegawai.id} IN (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`))
      .orderBy(asc(pegawai.nama));
  },

  insertUnit: (db: DbOrTx, values: typeof unitKerja.$inferInsert) =>
    db.insert(unitKerja).values(values).returning(),
  updateUnit: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof unitKerja.$inferInsert>) =>
    db
      .update(unitKerja)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id)))
      .returning(),
  deleteUnit: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id))),
  insertJabatan: (db: DbOrTx, values: typeof jabatan.$inferInsert) => db.insert(jabatan).values(values).returning(),
  updateJabatan: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof jabatan.$inferInsert>) =>
    db
      .update(jabatan)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)))
      .returning(),
  deleteJabatan: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id))),
  insertPlt: (db: DbOrTx, values: typeof penugasanPlt.$inferInsert) =>
    db.insert(penugasanPlt).values(values).returning(),
  deletePlt: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(penugasanPlt).where(and(eq(penugasanPlt.instansiId, instansiId), eq(penugasanPlt.id, id))),
};
