import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { userAccount, userRole } from '../db/schema.js';
import type { AkunListQuery, RoleGrant } from '@capaian/contract/akun';

export interface AkunRow {
  id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  aktif: boolean;
  last_login_at: Date | string | null;
  must_change_password: boolean;
  roles: Array<{ role: string; unitId: string | null; unitNama: string | null }> | null;
}

const selectAkun = sql`
  SELECT a.id, a.pegawai_id, a.nip, p.nama, a.aktif, a.last_login_at,
         a.must_change_password,
         (SELECT json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitNama', u.nama) ORDER BY r.role)
            FROM user_role r LEFT JOIN unit_kerja u ON u.instansi_id = r.instansi_id AND u.id = r.unit_id
           WHERE r.instansi_id = a.instansi_id AND r.user_id = a.id) AS roles
    FROM user_account a JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id`;

export const akunRepository = {
  async list(db: DbOrTx, instansiId: string, q: AkunListQuery) {
    const where: SQL[] = [sql`a.instansi_id = ${instansiId}`];
    if (q.q) where.push(sql`(p.nama ILIKE ${'%' + q.q + '%'} OR a.nip LIKE ${'%' + q.q + '%'})`);
    if (q.role)
      where.push(sql`EXISTS (SELECT 1 FROM user_role r WHERE r.instansi_id = a.instansi_id AND r.user_id = a.id AND r.role = ${q.role})`);
    const cond = sql.join(where, sql` AND `);
    const rows = await queryRows<AkunRow>(
      db,
      sql`${selectAkun} WHERE ${cond} ORDER BY p.nama LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    );
    const [c] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM user_account a JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id WHERE ${cond}`,
    );
    return { rows, total: c?.n ?? 0 };
  },

  async get(db: DbOrTx, instansiId: string, id: string) {
    const [row] = await queryRows<AkunRow>(db, sql`${selectAkun} WHERE a.instansi_id = ${instansiId} AND a.id = ${id}`);
    return row ?? null;
  },

  async byPegawai(db: DbOrTx, instansiId: string, pegawaiId: string) {
    const [row] = await db
      .select({ id: userAccount.id })
      .from(userAccount)
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.pegawaiId, pegawaiId)));
    return row ?? null;
  },

  insert: (db: DbOrTx, values: typeof userAccount.$inferInsert) => db.insert(userAccount).values(values).returning(),

  async replaceRoles(db: DbOrTx, instansiId: string, userId: string, roles: RoleGrant[]) {
    await db.delete(userRole).where(and(eq(userRole.instansiId, instansiId), eq(userRole.userId, userId)));
    if (roles.length)
      await db.insert(userRole).values(roles.map((r) => ({ instansiId, userId, role: r.role, unitId: r.unitId })));
  },

  async setStatus(db: DbOrTx, instansiId: string, id: string, values: Partial<typeof userAccount.$inferInsert>) {
    await db
      .update(userAccount)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, id)));
  },
};
