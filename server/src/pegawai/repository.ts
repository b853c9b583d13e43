import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { nipTerdaftar, pegawai } from '../db/schema.js';
import { unitSubtreeIds } from '../db/fragments.js';
import type { PegawaiListQuery } from '@capaian/contract/pegawai';

export interface PegawaiRow {
  id: string;
  nip: string;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: string;
  golongan: string;
  jabatan_id: string;
  jabatan_nama: string;
  jenis_jabatan: string;
  jenjang: string | null;
  kepala_unit: boolean;
  unit_id: string;
  unit_nama: string;
  perangkat_daerah_nama: string | null;
  tmt_jabatan: string | null;
  status: string;
  email: string | null;
}

/** Scope of a list: every pegawai of the instansi, or those in (the subtrees of) some units. */
export type PegawaiScope = { kind: 'all' } | { kind: 'units'; unitIds: string[] };

const selectPegawai = (instansiId: string, extraColumns = sql``) => sql`
  SELECT ${extraColumns} p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jenis_asn, p.golongan, p.jabatan_id,
         j.nama AS jabatan_nama, j.jenis AS jenis_jabatan, j.jenjang, j.kepala_unit,
         u.id AS unit_id, u.nama AS unit_nama, pd.nama AS perangkat_daerah_nama,
         to_char(p.tmt_jabatan, 'YYYY-MM-DD') AS tmt_jabatan, p.status, p.email
    FROM pegawai p
    JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
    JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
    LEFT JOIN LATERAL (
      WITH RECURSIVE up AS (
        SELECT x.id, x.parent_id, x.nama, x.perangkat_daerah, 0 AS d FROM unit_kerja x
         WHERE x.instansi_id = ${instansiId} AND x.id = u.id
        UNION ALL
        SELECT y.id, y.parent_id, y.nama, y.perangkat_daerah, up.d + 1 FROM unit_kerja y JOIN up ON y.id = up.parent_id
         WHERE y.instansi_id = ${instansiId} AND NOT up.perangkat_daerah
      ) SELECT nama FROM up WHERE perangkat_daerah ORDER BY d LIMIT 1
    ) pd ON true`;

export const pegawaiRepository = {
  async list(db: DbOrTx, instansiId: string, scope: PegawaiScope, q: PegawaiListQuery) {
    const where: SQL[] = [sql`p.instansi_id = ${instansiId}`];
    if (scope.kind === 'units') {
      if (scope.unitIds.length === 0) return { rows: [] as PegawaiRow[], total: 0 };
      where.push(sql`j.unit_id IN ${unitSubtreeIds(instansiId, scope.unitIds)}`);
    }
    if (q.unitId) where.push(sql`j.unit_id IN ${unitSubtreeIds(instansiId, [q.unitId])}`);
    if (q.q) {
      const like = `%${q.q}%`;
      where.push(sql`(p.nama ILIKE ${like} OR p.nip LIKE ${like})`);
    }
    if (q.jenisAsn) where.push(sql`p.jenis_asn = ${q.jenisAsn}`);
    if (q.jenisJabatan) where.push(sql`j.jenis = ${q.jenisJabatan}`);
    if (q.golongan) where.push(sql`p.golongan = ${q.golongan}`);
    if (q.status) where.push(sql`p.status = ${q.status}`);
    const cond = sql.join(where, sql` AND `);
    const rows = await queryRows<PegawaiRow>(
      db,
      sql`${selectPegawai(instansiId)} WHERE ${cond} ORDER BY p.nama, p.nip
          LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    const [count] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pegawai p
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE ${cond}`,
    );
    return { rows, total: count?.n ?? 0 };
  },

  async get(db: DbOrTx, instansiId: string, id: string): Promise<PegawaiRow | null> {
    const [row] = await queryRows<PegawaiRow>(
      db,
      sql`${selectPegawai(instansiId)} WHERE p.instansi_id = ${instansiId} AND p.id = ${id}`,
    );
    return row ?? null;
  },

  /** One pegawai with their Plt/Plh assignments and account, in one query. */
  async getDetail(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<
      PegawaiRow & {
        plt: Array<{ jenis: string; jabatanNama: string; unitNama: string; tanggalMulai: string; tanggalSelesai: string }> | null;
        akun_id: string | null;
        akun_aktif: boolean | null;
        akun_roles: string[] | null;
      }
    >(
      db,
      sql`${selectPegawai(instansiId, sql`a.id AS akun_id, a.aktif AS akun_aktif,
              (SELECT array_agg(DISTINCT r.role ORDER BY r.role) FROM user_role r
                WHERE r.instansi_id = a.instansi_id AND r.user_id = a.id) AS akun_roles,
              (SELECT json_agg(json_build_object(
                        'jenis', t.jenis, 'jabatanNama', tj.nama, 'unitNama', tu.nama,
                        'tanggalMulai', to_char(t.tanggal_mulai, 'YYYY-MM-DD'),
                        'tanggalSelesai', to_char(t.tanggal_selesai, 'YYYY-MM-DD')) ORDER BY t.tanggal_mulai DESC)
                 FROM penugasan_plt t
                 JOIN jabatan tj ON tj.instansi_id = t.instansi_id AND tj.id = t.jabatan_id
                 JOIN unit_kerja tu ON tu.instansi_id = tj.instansi_id AND tu.id = tj.unit_id
                WHERE t.instansi_id = p.instansi_id AND t.pegawai_id = p.id) AS plt,`)}
          LEFT JOIN user_account a ON a.instansi_id = p.instansi_id AND a.pegawai_id = p.id
          WHERE p.instansi_id = ${instansiId} AND p.id = ${id}`,
    );
    if (!row) return null;
    const { plt, akun_id, akun_aktif, akun_roles, ...pegawaiRow } = row;
    return {
      row: pegawaiRow,
      plt: plt ?? [],
      akun: akun_id ? { id: akun_id, aktif: akun_aktif ?? false, roles: akun_roles } : null,
    };
  },

  async getRaw(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await db.select().from(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)));
    return row ?? null;
  },

  async nipTaken(db: DbOrTx, instansiId: string, nip: string, exceptId?: string) {
    const rows = await db
      .select({ id: pegawai.id })
      .from(pegawai)
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.nip, nip)));
    return rows.some((r) => r.id !== exceptId);
  },

  /** Of `nips`, those registered to a pegawai of another instansi (db/schema.ts nipTerdaftar). */
  async nipDiInstansiLain(db: DbOrTx, instansiId: string, nips: readonly string[]): Promise<Set<string>> {
    if (nips.length === 0) return new Set();
    const rows = await db
      .select({ nip: nipTerdaftar.nip })
      .from(nipTerdaftar)
      .where(and(inArray(nipTerdaftar.nip, [...nips]), ne(nipTerdaftar.instansiId, instansiId)));
    return new Set(rows.map((r) => r.nip));
  },

  /** Other active holders of a jabatan (a head jabatan may have only one). */
  async otherHolders(db: DbOrTx, instansiId: string, jabatanId: string, exceptId?: string) {
    return queryRows<{ id: string; nama: string }>(
      db,
      sql`SELECT id, nama FROM pegawai WHERE instansi_id = ${instansiId} AND jabatan_id = ${jabatanId}
            AND status <> 'PENSIUN' ${exceptId ? sql`AND id <> ${exceptId}` : sql``}`,
    );
  },

  insert: (db: DbOrTx, values: typeof pegawai.$inferInsert) => db.insert(pegawai).values(values).returning(),
  update: (db: DbOrTx, instansiId: string, id: string, values: Partial<typeof pegawai.$inferInsert>) =>
    db
      .update(pegawai)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)))
      .returning(),
  delete: (db: DbOrTx, instansiId: string, id: string) =>
    db.delete(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id))),
};
