import { SKP_WORKFLOW } from '@capaian/domain';
import { sqlList } from '../db/sql-list.js';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, uuidArray } from '../db/client.js';
import { indikatorKinerja, rhk, skp, skpDialog, skpTemplate } from '../db/schema.js';
import { unitSubtreeIds } from '../db/fragments.js';

export type TemplateRow = typeof skpTemplate.$inferSelect;

/** Postgres array literal of uuids / integers, bound as one parameter. */
const intArray = (xs: number[]) => sql`${`{${xs.join(',')}}`}::int[]`;

export interface SasaranRow {
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
  row_version: number | null;
}

/** Limits the targets to what the caller reaches: null = no limit (BKPSDM); otherwise units (subtree) or pegawai. */
export interface TargetLimit {
  unitRootIds: string[];
  pegawaiIds: string[];
}

export const templateRepository = {
  /** Every unit of the instansi as (id, parent): scopes are worked out in memory from it. */
  units: (db: DbOrTx, instansiId: string) =>
    queryRows<{ id: string; parent_id: string | null; nama: string }>(db, sql`SELECT id, parent_id, nama FROM unit_kerja WHERE instansi_id = ${instansiId}`),

  /** The unit of a pegawai's jabatan. */
  async unitOf(db: DbOrTx, instansiId: string, pegawaiId: string) {
    const [row] = await queryRows<{ unit_id: string }>(
      db,
      sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE p.instansi_id = ${instansiId} AND p.id = ${pegawaiId}`,
    );
    return row?.unit_id ?? null;
  },

  list: (db: DbOrTx, instansiId: string) =>
    db.select().from(skpTemplate).where(eq(skpTemplate.instansiId, instansiId)).orderBy(skpTemplate.jabatanNama, skpTemplate.nama),

  async get(db: DbOrTx, instansiId: string, id: string): Promise<TemplateRow | null> {
    const [row] = await db.select().from(skpTemplate).where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id)));
    return row ?? null;
  },

  async namaPegawaiAkun(db: DbOrTx, instansiId: string, userId: string) {
    const [row] = await queryRows<{ nama: string }>(
      db,
      sql`SELECT p.nama FROM user_account a JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id
           WHERE a.instansi_id = ${instansiId} AND a.id = ${userId}`,
    );
    return row?.nama ?? null;
  },

  async insert(db: DbOrTx, values: typeof skpTemplate.$inferInsert) {
    const [row] = await db.insert(skpTemplate).values(values).returning();
    if (!row) throw new Error('insert skp_template returned nothing');
    return row;
  },

  async update(db: DbOrTx, instansiId: string, id: string, values: Partial<typeof skpTemplate.$inferInsert>) {
    const [row] = await db
      .update(skpTemplate)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id)))
      .returning();
    return row ?? null;
  },

  remove: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(skpTemplate).where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id))),

  /**
   * The pegawai a template applies to, in one query: active holders of a jabatan with that name
   * (case-insensitive) within the template's unit scope, limited to what the caller reaches, each
   * with their newest SKP of the year.
   */
  sasaran(db: DbOrTx, instansiId: string, t: { jabatanNama: string; unitId: string | null }, tahun: number, limit: TargetLimit | null) {
    const scope = t.unitId ? sql`AND j.unit_id IN ${unitSubtreeIds(instansiId, [t.unitId])}` : sql``;
    const reach = !limit
      ? sql``
      : sql`AND (${limit.unitRootIds.length ? sql`j.unit_id IN ${unitSubtreeIds(instansiId, limit.unitRootIds)}` : sql`false`}
                 OR p.id = ANY(${uuidArray(limit.pegawaiIds)}))`;
    return queryRows<SasaranRow>(
      db,
      sql`SELECT p.id AS pegawai_id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, j.nama AS jabatan_nama, u.nama AS unit_nama,
                 s.id AS skp_id, s.versi, s.status, s.row_version
            FROM pegawai p
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
            LEFT JOIN LATERAL (
              SELECT s.id, s.versi, s.status, s.row_version FROM skp s
               WHERE s.instansi_id = p.instansi_id AND s.pegawai_id = p.id AND s.tahun = ${tahun}
               ORDER BY s.versi DESC LIMIT 1
            ) s ON true
           WHERE p.instansi_id = ${instansiId} AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
             AND lower(j.nama) = lower(${t.jabatanNama}) ${scope} ${reach}
           ORDER BY p.nama, p.nip`,
    );
  },

  /** Uraian (normalised) and the last urutan of the RHK already in some SKPs. */
  rhkOfSkps: (db: DbOrTx, instansiId: string, skpIds: string[]) =>
    skpIds.length === 0
      ? Promise.resolve([])
      : queryRows<{ skp_id: string; uraian: string; urutan: number }>(
          db,
          sql`SELECT skp_id, lower(btrim(uraian)) AS uraian, urutan FROM rhk WHERE instansi_id = ${instansiId} AND skp_id = ANY(${uuidArray(skpIds)})`,
        ),

  /**
   * Claims the next row version of several editable SKPs in one statement; answers the ids it
   * claimed (fewer than asked means someone changed one in between).
   */
  async bumpMany(db: DbOrTx, instansiId: string, list: Array<{ id: string; rowVersion: number }>) {
    if (list.length === 0) return [];
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE skp s SET row_version = s.row_version + 1, updated_at = now()
            FROM unnest(${uuidArray(list.map((x) => x.id))}, ${intArray(list.map((x) => x.rowVersion))}) AS v(id, rv)
           WHERE s.instansi_id = ${instansiId} AND s.id = v.id AND s.row_version = v.rv AND s.status IN ${sqlList(SKP_WORKFLOW.editableStates)}
          RETURNING s.id`,
    );
    return rows.map((r) => r.id);
  },

  insertSkp: (db: DbOrTx, values: Array<typeof skp.$inferInsert>) => chunked(values, 1000, (c) => db.insert(skp).values(c)),
  insertRhk: (db: DbOrTx, values: Array<typeof rhk.$inferInsert>) => chunked(values, 2000, (c) => db.insert(rhk).values(c)),
  insertIndikator: (db: DbOrTx, values: Array<typeof indikatorKinerja.$inferInsert>) => chunked(values, 4000, (c) => db.insert(indikatorKinerja).values(c)),
  insertDialog: (db: DbOrTx, values: Array<typeof skpDialog.$inferInsert>) => chunked(values, 4000, (c) => db.insert(skpDialog).values(c)),

};

/** Bulk insert in chunks: a constant number of statements per few thousand rows (bind-parameter limit). */
async function chunked<T>(values: T[], size: number, insert: (chunk: T[]) => PromiseLike<unknown>) {
  for (let i = 0; i < values.length; i += size) await insert(values.slice(i, i + size));
}
