import { and, eq, lt, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { perangkatMasuk, session, userAccount } from '../db/schema.js';

export interface SessionActorRow {
  user_id: string;
  instansi_id: string;
  pegawai_id: string;
  nip: string;
  nama: string;
  aktif: boolean;
  expires_at: Date | string;
  last_seen_at: Date | string;
  must_change_password: boolean;
  roles: string[] | null;
  pengelola_unit_ids: string[] | null;
}

export const authRepository = {
  /**
   * The account of a NIP (any instansi: a NIP is national) and whether the device with this
   * cookie hash has signed in to it before — one query, the same for known and unknown NIPs.
   */
  async findAccountByNip(db: DbOrTx, nip: string, perangkatHash: string | null) {
    const [row] = await db
      .select({
        id: userAccount.id,
        instansiId: userAccount.instansiId,
        nip: userAccount.nip,
        passwordHash: userAccount.passwordHash,
        aktif: userAccount.aktif,
        mustChangePassword: userAccount.mustChangePassword,
        perangkatDikenal: sql<boolean>`EXISTS (SELECT 1 FROM ${perangkatMasuk} pm WHERE pm.instansi_id = ${userAccount.instansiId}
                                     AND pm.user_id = ${userAccount.id} AND pm.perangkat_hash = ${perangkatHash ?? ''})`,
      })
      .from(userAccount)
      .where(eq(userAccount.nip, nip));
    return row ?? null;
  },

  async recordSuccess(db: DbOrTx, instansiId: string, id: string, now: Date) {
    await db
      .update(userAccount)
      .set({ lastLoginAt: now })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, id)));
  },

  async kenaliPerangkat(db: DbOrTx, instansiId: string, userId: string, perangkatHash: string, now: Date) {
    await db
      .insert(perangkatMasuk)
      .values({ instansiId, userId, perangkatHash, dikenalAt: now, terakhirAt: now })
      .onConflictDoUpdate({ target: [perangkatMasuk.instansiId, perangkatMasuk.userId, perangkatMasuk.perangkatHash], set: { terakhirAt: now } });
  },

  async insertSession(db: DbOrTx, values: typeof session.$inferInsert) {
    await db.insert(session).values(values);
  },

  async deleteSession(db: DbOrTx, tokenHash: string) {
    await db.delete(session).where(eq(session.tokenHash, tokenHash));
  },

  async deleteSessionsOfUser(db: DbOrTx, instansiId: string, userId: string, exceptTokenHash?: string) {
    await db
      .delete(session)
      .where(
        and(
          eq(session.instansiId, instansiId),
          eq(session.userId, userId),
          exceptTokenHash ? sql`${session.tokenHash} <> ${exceptTokenHash}` : sql`true`,
        ),
      );
  },

  async deleteExpiredSessions(db: DbOrTx, now: Date) {
    await db.delete(session).where(lt(session.expiresAt, now));
  },

  /** One query per request: the session, its account, the pegawai's name and the roles. */
  async sessionActor(db: DbOrTx, tokenHash: string): Promise<SessionActorRow | null> {
    const [row] = await queryRows<SessionActorRow>(
      db,
      sql`SELECT s.user_id, s.instansi_id, a.pegawai_id, a.nip, p.nama, a.aktif, s.expires_at, s.last_seen_at,
                 a.must_change_password,
                 (SELECT array_agg(DISTINCT r.role) FROM user_role r WHERE r.instansi_id = s.instansi_id AND r.user_id = s.user_id) AS roles,
                 (SELECT array_agg(r.unit_id) FROM user_role r WHERE r.instansi_id = s.instansi_id AND r.user_id = s.user_id
                     AND r.role = 'PENGELOLA_KINERJA' AND r.unit_id IS NOT NULL) AS pengelola_unit_ids
            FROM session s
            JOIN user_account a ON a.instansi_id = s.instansi_id AND a.id = s.user_id
            JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id
           WHERE s.token_hash = ${tokenHash}`,
    );
    return row ?? null;
  },

  async touchSession(db: DbOrTx, tokenHash: string, now: Date, expiresAt: Date) {
    await db.update(session).set({ lastSeenAt: now, expiresAt }).where(eq(session.tokenHash, tokenHash));
  },

  async setPassword(db: DbOrTx, instansiId: string, userId: string, passwordHash: string, mustChange: boolean) {
    await db
      .update(userAccount)
      .set({ passwordHash, mustChangePassword: mustChange, updatedAt: new Date() })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, userId)));
  },

  async getAccount(db: DbOrTx, instansiId: string, userId: string) {
    const [row] = await db
      .select()
      .from(userAccount)
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, userId)));
    return row ?? null;
  },
};
