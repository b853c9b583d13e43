import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { userAccount } from '../db/schema.js';

export const bantuanRepository = {
  /** When the account finished the first-login tour (null: not yet). */
  async turSelesaiPada(db: DbOrTx, instansiId: string, userId: string): Promise<Date | null> {
    const [row] = await db
      .select({ pada: userAccount.turSelesaiPada })
      .from(userAccount)
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, userId)));
    return row?.pada ?? null;
  },

  /** Marks the tour finished, once: true when this call set it (a second call changes nothing). */
  async tandaiTurSelesai(db: DbOrTx, instansiId: string, userId: string, pada: Date): Promise<boolean> {
    const rows = await db
      .update(userAccount)
      .set({ turSelesaiPada: pada })
      .where(and(eq(userAccount.instansiId, instansiId), eq(userAccount.id, userId), isNull(userAccount.turSelesaiPada)))
      .returning({ id: userAccount.id });
    return rows.length > 0;
  },
};
