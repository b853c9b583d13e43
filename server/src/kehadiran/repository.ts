import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { kehadiran } from '../db/schema.js';

export type KehadiranRow = { pegawaiId: string; tanggal: string; status: string; jamMasuk: string | null; jamPulang: string | null };
export type KehadiranBaru = typeof kehadiran.$inferInsert;

/** Rows per INSERT: 7 parameters each, well under PostgreSQL's 65,535. */
const BATCH = 1000;

export const kehadiranRepository = {
  /** Pegawai ids of the given NIPs (digits only) in the instansi. */
  async pegawaiByNip(db: DbOrTx, instansiId: string, nips: readonly string[]) {
    const list = [...new Set(nips)].filter((n) => /^\d+$/.test(n));
    if (list.length === 0) return new Map<string, string>();
    const rows = await queryRows<{ id: string; nip: string }>(
      db,
      sql`SELECT id, nip FROM pegawai WHERE instansi_id = ${instansiId} AND nip = ANY(${`{${list.join(',')}}`}::text[])`,
    );
    return new Map(rows.map((r) => [r.nip, r.id]));
  },

  /** Upserts on (pegawai, tanggal) in multi-row statements; counts new and replaced records. */
  async upsert(db: DbOrTx, rows: readonly KehadiranBaru[]) {
    let baru = 0;
    let diperbarui = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const result = await db
        .insert(kehadiran)
        .values(rows.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: [kehadiran.instansiId, kehadiran.pegawaiId, kehadiran.tanggal],
          set: {
            jamMasuk: sql`excluded.jam_masuk`,
            jamPulang: sql`excluded.jam_pulang`,
            status: sql`excluded.status`,
            diimporAt: sql`excluded.diimpor_at`,
          },
        })
        .returning({ baru: sql<boolean>`(xmax = 0)` });
      for (const r of result) {
        if (r.baru) baru += 1;
        else diperbarui += 1;
      }
    }
    return { baru, diperbarui };
  },

  /** The records of some pegawai between two dates (inclusive). */
  ofPegawai(db: DbOrTx, instansiId: string, pegawaiIds: readonly string[], dari: string, sampai: string): Promise<KehadiranRow[]> {
    if (pegawaiIds.length === 0) return Promise.resolve([]);
    return db
      .select({ pegawaiId: kehadiran.pegawaiId, tanggal: kehadiran.tanggal, status: kehadiran.status, jamMasuk: kehadiran.jamMasuk, jamPulang: kehadiran.jamPulang })
      .from(kehadiran)
      .where(and(eq(kehadiran.instansiId, instansiId), inArray(kehadiran.pegawaiId, [...pegawaiIds]), between(kehadiran.tanggal, dari, sampai)))
      .orderBy(asc(kehadiran.pegawaiId), asc(kehadiran.tanggal));
  },

  /** Name, NIP, jabatan and unit of some pegawai of the instansi, by name. */
  pegawaiRingkas(db: DbOrTx, instansiId: string, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return queryRows<{ id: string; nip: string; nama: string; jabatan: string; unit_id: string }>(
      db,
      sql`SELECT p.id, p.nip, p.nama, j.nama AS jabatan, j.unit_id
            FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ANY(${uuidArray(ids)})
           ORDER BY p.nama, p.nip`,
    );
  },
};
