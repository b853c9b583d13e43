import { and, eq, lt, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { session, userAccount } from '../db/schema.js';

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
  async findAccountByNip(db: DbOrTx, nip: string) {
    const [row] = await db.select().from(userAccount).where(eq(userAccount.nip, nip));
    return row ?? null;
  },

  async recordFailure(db: DbOrTx, instansiId: string, id: string, now: Date, failures: number, lockUntil: Date | null) {
    await db
      .update(userAccount)
      .set({ failedAttempts: failures, lastFailedAt: now, lockedUntil: lockUntil })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, id)));
  },

  async recordSuccess(db: DbOrTx, instansiId: string, id: string, now: Date) {
    await db
      .update(userAccount)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, id)));
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
      .set({ passwordHash, mustChangePassword: mustChange, failedAttempts: 0, lockedUntil: null, updatedAt: new Date() })
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
