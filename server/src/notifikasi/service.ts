import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import { publish } from '../core/events.js';
import type { SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { renderIsi } from './email.js';
import { notifikasiPolicy } from './policy.js';
import { emailOutboxRepository as outbox, notifikasiRepository as repo, type EmailOutboxRow, type NotifikasiRow } from './repository.js';
import type { EmailOutboxItem, NotifikasiItem, PesanNotifikasi } from '@capaian/contract/notifikasi';

/**
 * Creates one in-app notification per pegawai (duplicates in `pegawaiIds` are sent once), in the
 * caller's transaction, and with it: one e-mail in the outbox per recipient with an address
 * (subject = judul; body = pesan and the link to `tautan`), and the live event that updates the
 * recipient's bell. With `kunci`, a pegawai who already has a notification with that key gets
 * nothing (no e-mail either). Returns the notifications created.
 * For other features: `await notify(tx, instansiId, [id], { jenis, judul, pesan, tautan, kunci? })`.
 */
export async function notify(tx: DbOrTx, instansiId: string, pegawaiIds: readonly string[], pesan: PesanNotifikasi, at?: Date) {
  const ids = [...new Set(pegawaiIds)];
  if (ids.length === 0) return [];
  const created = await repo.insertMany(
    tx,
    instansiId,
    ids,
    { jenis: pesan.jenis, judul: pesan.judul, pesan: pesan.pesan, tautan: pesan.tautan ?? null, kunci: pesan.kunci ?? null },
    at ?? null,
  );
  for (const c of created) await publish(tx, { jenis: 'notifikasi', instansiId, pegawaiId: c.pegawaiId });
  return created;
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

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

const presentEmail = (r: EmailOutboxRow, publicUrl: string): EmailOutboxItem => ({
  id: r.id,
  kepada: r.kepada,
  subjek: r.subjek,
  isi: renderIsi(r.isi, publicUrl),
  status: r.status as EmailOutboxItem['status'],
  percobaan: r.percobaan,
  galat: r.galat,
  dibuatAt: new Date(r.createdAt).toISOString(),
  terkirimAt: iso(r.terkirimAt),
});

/**
 * Notifications for a set of pegawai chosen by a query (`source` selects pegawai_id, jenis, judul,
 * pesan, tautan, kunci): the bell, the e-mail outbox and the live event, set-based, in `tx`.
 */
export const notifyFrom = (tx: DbOrTx, instansiId: string, source: SQL, at: Date) => repo.insertFrom(tx, instansiId, source, at);

/** The bell's count of unread notifications. */
export const jumlahBelumDibaca = (db: DbOrTx, instansiId: string, pegawaiId: string) => repo.countUnread(db, instansiId, pegawaiId);

export { createMailer } from './mailer.js';
export { jalankanPengingat } from './pengingat.js';
export { kirimEmail } from './mailer.js';

export const EMAIL_PER_HALAMAN = 50;

/**
 * The bell: only the owner sees and marks their notifications (another user's → 404).
 * The e-mail outbox: the instansi's admins read what was (or would have been) sent.
 */
export function createNotifikasiService(db: Db, clock: () => Date, publicUrl: string) {
  return {
    async emailOutbox(actor: Actor, halaman: number) {
      if (!notifikasiPolicy.canReadOutbox(actor)) throw errors.forbidden('melihat kotak keluar e-mail');
      const [rows, total] = await Promise.all([
        outbox.list(db, actor.instansiId, EMAIL_PER_HALAMAN, (halaman - 1) * EMAIL_PER_HALAMAN),
        outbox.count(db, actor.instansiId),
      ]);
      return { items: rows.map((r) => presentEmail(r, publicUrl)), total };
    },

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
