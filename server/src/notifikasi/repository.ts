import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { notifikasi } from '../db/schema.js';

export type NotifikasiRow = typeof notifikasi.$inferSelect;

/** Every query filters on the tenant and on the owner: another user's notification is never found. */
export const notifikasiRepository = {
  list(db: DbOrTx, instansiId: string, pegawaiId: string, belumDibaca: boolean, limit = 50) {
    return db
      .select()
      .from(notifikasi)
      .where(
        and(
          eq(notifikasi.instansiId, instansiId),
          eq(notifikasi.pegawaiId, pegawaiId),
          belumDibaca ? isNull(notifikasi.dibacaAt) : undefined,
        ),
      )
      .orderBy(desc(notifikasi.createdAt), desc(notifikasi.id))
      .limit(limit);
  },

  async countUnread(db: DbOrTx, instansiId: string, pegawaiId: string) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), isNull(notifikasi.dibacaAt)));
    return row?.n ?? 0;
  },

  /** Marks one of the owner's notifications read (keeps the first reading time); null when not theirs. */
  async markRead(db: DbOrTx, instansiId: string, pegawaiId: string, id: string, at: Date) {
    const [row] = await db
      .update(notifikasi)
      .set({ dibacaAt: sql`COALESCE(${notifikasi.dibacaAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), eq(notifikasi.id, id)))
      .returning();
    return row ?? null;
  },

  async markAllRead(db: DbOrTx, instansiId: string, pegawaiId: string, at: Date) {
    const rows = await db
      .update(notifikasi)
      .set({ dibacaAt: at })
      .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), isNull(notifikasi.dibacaAt)))
      .returning({ id: notifikasi.id });
    return rows.length;
  },

  insertMany: (db: DbOrTx, values: Array<typeof notifikasi.$inferInsert>) =>
    db.insert(notifikasi).values(values).returning({ id: notifikasi.id, pegawaiId: notifikasi.pegawaiId }),
};
