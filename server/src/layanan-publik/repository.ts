import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { titikLayanan } from '../db/schema.js';

export interface TitikRow {
  id: string;
  instansi_id: string;
  unit_id: string;
  unit_nama: string;
  nama: string;
  kode: string;
  aktif: boolean;
  created_at: Date | string;
}

/** One group of answers: a week, a service point, an officer (or none). Sums, to average later. */
export interface TrenRow {
  minggu: string;
  titik_id: string;
  pegawai_id: string | null;
  jumlah: number;
  kecepatan: number;
  keramahan: number;
  kejelasan: number;
  keadilan: number;
}

export interface TrenFilter {
  /** The service points whose answers count (those of the units in scope); null = all of the instansi. */
  titikIds: string[] | null;
  pegawaiId?: string | undefined;
  /** [dari, sampai] as local dates of the zone `iana`. */
  dari: string;
  sampai: string;
  iana: string;
}

const SELECT_TITIK = sql`SELECT t.id, t.instansi_id, t.unit_id, u.nama AS unit_nama, t.nama, t.kode, t.aktif, t.created_at
                           FROM titik_layanan t JOIN unit_kerja u ON u.instansi_id = t.instansi_id AND u.id = t.unit_id`;


/** The answers' window: local dates of the zone, both ends included. */
const rentang = (f: TrenFilter) =>
  sql`u.created_at >= (${f.dari}::date)::timestamp AT TIME ZONE ${f.iana} AND u.created_at < ((${f.sampai}::date + 1))::timestamp AT TIME ZONE ${f.iana}`;

const saring = (f: TrenFilter) => sql`
  ${f.titikIds ? sql`AND u.titik_layanan_id = ANY(${uuidArray(f.titikIds)})` : sql``}
  ${f.pegawaiId ? sql`AND u.pegawai_id = ${f.pegawaiId}` : sql``}`;

export const layananPublikRepository = {
  async list(db: DbOrTx, instansiId: string, unitIds: string[] | null): Promise<TitikRow[]> {
    if (unitIds && unitIds.length === 0) return [];
    return queryRows<TitikRow>(
      db,
      sql`${SELECT_TITIK} WHERE t.instansi_id = ${instansiId}
            ${unitIds ? sql`AND t.unit_id = ANY(${uuidArray(unitIds)})` : sql``}
          ORDER BY u.nama, t.nama, t.id LIMIT 5000`,
    );
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<TitikRow | null> {
    const [row] = await queryRows<TitikRow>(db, sql`${SELECT_TITIK} WHERE t.instansi_id = ${instansiId} AND t.id = ${id}`);
    return row ?? null;
  },

  /** A service point by its public code, across every instansi (the code is globally unique). */
  async byKode(db: DbOrTx, kode: string): Promise<TitikRow | null> {
    const [row] = await queryRows<TitikRow>(db, sql`${SELECT_TITIK} WHERE t.kode = ${kode}`);
    return row ?? null;
  },

  async kodeTerpakai(db: DbOrTx, kode: string): Promise<boolean> {
    const rows = await db.select({ id: titikLayanan.id }).from(titikLayanan).where(eq(titikLayanan.kode, kode));
    return rows.length > 0;
  },

  async unit(db: DbOrTx, instansiId: string, id: string): Promise<{ id: string; nama: string } | null> {
    const [row] = await queryRows<{ id: string; nama: string }>(db, sql`SELECT id, nama FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ${id}`);
    return row ?? null;
  },

  /** The units given and every unit below them. */
  async subtree(db: DbOrTx, instansiId: string, rootIds: readonly string[]): Promise<string[]> {
    if (rootIds.length === 0) return [];
    const rows = await queryRows<{ id: string }>(
      db,
      sql`WITH RECURSIVE turun AS (
            SELECT id, 0 AS d FROM unit_kerja WHERE instansi_id = ${instansiId} AND id = ANY(${uuidArray(rootIds)})
            UNION
            SELECT u.id, turun.d + 1 FROM unit_kerja u JOIN turun ON u.parent_id = turun.id
             WHERE u.instansi_id = ${instansiId} AND turun.d < 50
          ) SELECT DISTINCT id FROM turun`,
    );
    return rows.map((r) => r.id);
  },

  /** The active pegawai whose jabatan is in the unit (names for the public form). */
  async petugas(db: DbOrTx, instansiId: string, unitId: string) {
    return queryRows<{ id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null }>(
      db,
      sql`SELECT p.id, p.nama, p.gelar_depan, p.gelar_belakang
            FROM jabatan j JOIN pegawai p ON p.instansi_id = j.instansi_id AND p.jabatan_id = j.id
           WHERE j.instansi_id = ${instansiId} AND j.unit_id = ${unitId} AND p.status = 'AKTIF'
           ORDER BY p.nama, p.id`,
    );
  },

  async pegawai(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<{ id: string; unit_id: string }>(
      db,
      sql`SELECT p.id, j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ${id}`,
    );
    return row ?? null;
  },

  insert: (db: DbOrTx, values: typeof titikLayanan.$inferInsert) => db.insert(titikLayanan).values(values).returning({ id: titikLayanan.id }),

  async update(db: DbOrTx, instansiId: string, id: string, values: { unitId: string; nama: string; aktif: boolean }) {
    await db.update(titikLayanan).set(values).where(and(eq(titikLayanan.instansiId, instansiId), eq(titikLayanan.id, id)));
  },

  /**
   * The public answer: one INSERT (a prepared statement on PostgreSQL), nothing about the person.
   */
  async kirim(
    db: DbOrTx,
    v: { instansiId: string; titikId: string; pegawaiId: string | null; kecepatan: number; keramahan: number; kejelasan: number; keadilan: number; komentar: string | null; at: Date },
  ): Promise<void> {
    await queryRows(
      db,
      sql`INSERT INTO umpan_balik_publik (instansi_id, titik_layanan_id, pegawai_id, kecepatan, keramahan, kejelasan, keadilan, komentar, created_at)
          VALUES (${v.instansiId}, ${v.titikId}, ${v.pegawaiId}, ${v.kecepatan}, ${v.keramahan}, ${v.kejelasan}, ${v.keadilan}, ${v.komentar}, ${v.at.toISOString()})`,
    );
  },

  /** Sums per ISO week (local), service point and officer. */
  async tren(db: DbOrTx, instansiId: string, f: TrenFilter): Promise<TrenRow[]> {
    return queryRows<TrenRow>(
      db,
      sql`SELECT to_char(date_trunc('week', u.created_at AT TIME ZONE ${f.iana}), 'YYYY-MM-DD') AS minggu,
                 u.titik_layanan_id AS titik_id, u.pegawai_id, count(*)::int AS jumlah,
                 sum(u.kecepatan)::int AS kecepatan, sum(u.keramahan)::int AS keramahan,
                 sum(u.kejelasan)::int AS kejelasan, sum(u.keadilan)::int AS keadilan
            FROM umpan_balik_publik u
           WHERE u.instansi_id = ${instansiId} AND ${rentang(f)} ${saring(f)}
           GROUP BY 1, 2, 3`,
    );
  },

  /** The latest comments in the window, newest first (local date only). */
  async komentar(db: DbOrTx, instansiId: string, f: TrenFilter, limit = 20) {
    return queryRows<{ tanggal: string; titik_nama: string; petugas_nama: string | null; petugas_gelar_depan: string | null; petugas_gelar_belakang: string | null; komentar: string }>(
      db,
      sql`SELECT to_char(u.created_at AT TIME ZONE ${f.iana}, 'YYYY-MM-DD') AS tanggal, t.nama AS titik_nama,
                 p.nama AS petugas_nama, p.gelar_depan AS petugas_gelar_depan, p.gelar_belakang AS petugas_gelar_belakang, u.komentar
            FROM umpan_balik_publik u
            JOIN titik_layanan t ON t.instansi_id = u.instansi_id AND t.id = u.titik_layanan_id
            LEFT JOIN pegawai p ON p.instansi_id = u.instansi_id AND p.id = u.pegawai_id
           WHERE u.instansi_id = ${instansiId} AND u.komentar IS NOT NULL AND ${rentang(f)} ${saring(f)}
           ORDER BY u.created_at DESC
           LIMIT ${limit}`,
    );
  },

  /** Names of units, service points and officers by id (for the trend's rows). */
  async nama(db: DbOrTx, instansiId: string, ids: { titik: string[]; pegawai: string[] }) {
    const titik = ids.titik.length
      ? await queryRows<{ id: string; nama: string; unit_id: string; unit_nama: string }>(
          db,
          sql`SELECT t.id, t.nama, t.unit_id, u.nama AS unit_nama FROM titik_layanan t JOIN unit_kerja u ON u.instansi_id = t.instansi_id AND u.id = t.unit_id
               WHERE t.instansi_id = ${instansiId} AND t.id = ANY(${uuidArray(ids.titik)})`,
        )
      : [];
    const pegawai = ids.pegawai.length
      ? await queryRows<{ id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null }>(
          db,
          sql`SELECT id, nama, gelar_depan, gelar_belakang FROM pegawai WHERE instansi_id = ${instansiId} AND id = ANY(${uuidArray(ids.pegawai)})`,
        )
      : [];
    return { titik, pegawai };
  },
};
