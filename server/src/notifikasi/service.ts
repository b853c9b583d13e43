import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { notifikasiRepository as repo, type NotifikasiRow } from './repository.js';
import type { NotifikasiItem, PesanNotifikasi } from './schema.js';

/**
 * Creates one in-app notification per pegawai (duplicates in `pegawaiIds` are sent once), in the
 * caller's transaction. For other features: `await notify(tx, instansiId, [id], { jenis, judul, pesan, tautan })`.
 */
export async function notify(tx: DbOrTx, instansiId: string, pegawaiIds: readonly string[], pesan: PesanNotifikasi, at?: Date) {
  const ids = [...new Set(pegawaiIds)];
  if (ids.length === 0) return [];
  return repo.insertMany(
    tx,
    ids.map((pegawaiId) => ({
      instansiId,
      pegawaiId,
      jenis: pesan.jenis,
      judul: pesan.judul,
      pesan: pesan.pesan,
      tautan: pesan.tautan ?? null,
      ...(at ? { createdAt: at } : {}),
    })),
  );
}

const present = (r: NotifikasiRow): NotifikasiItem => ({
  id: r.id,
  jenis: r.jenis,
  judul: r.judul,
  pesan: r.pesan,
  tautan: r.tautan,
  dibacaAt: r.dibacaAt ? new Date(r.dibacaAt).toISOString() : null,
  dibuatAt: new Date(r.createdAt).toISOString(),
});

/** The bell: only the owner sees and marks their notifications (another user's → 404). */
export function createNotifikasiService(db: Db, clock: () => Date) {
  return {
    async list(actor: Actor, belumDibaca: boolean) {
      const [rows, jumlahBelumDibaca] = await Promise.all([
        repo.list(db, actor.instansiId, actor.pegawaiId, belumDibaca),
        repo.countUnread(db, actor.instansiId, actor.pegawaiId),
      ]);
      return { items: rows.map(present), jumlahBelumDibaca };
    },

    async baca(actor: Actor, id: string) {
      const row = await repo.markRead(db, actor.instansiId, actor.pegawaiId, id, clock());
      if (!row) throw errors.notFound('Notifikasi');
      return present(row);
    },

    async bacaSemua(actor: Actor) {
      return { diperbarui: await repo.markAllRead(db, actor.instansiId, actor.pegawaiId, clock()) };
    },
  };
}

export type NotifikasiService = ReturnType<typeof createNotifikasiService>;
