/**
 * Live events between server processes, over the database's LISTEN/NOTIFY.
 * Writers call `publish(tx, event)` inside their transaction: PostgreSQL (and PGlite) deliver the
 * notification only when the transaction commits, so a listener never sees an event for data it
 * cannot read yet. Every process LISTENs on one channel (see `createEventBus`) and forwards events
 * to its own server-sent-event streams.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';

export const LIVE_CHANNEL = 'capaian_live';

export type LiveEvent =
  /** A pegawai recorded, changed or deleted progress. */
  | { jenis: 'realisasi'; instansiId: string; pegawaiId: string; realisasiId: string }
  /** A pegawai received a notification (the bell's count changed). */
  | { jenis: 'notifikasi'; instansiId: string; pegawaiId: string }
  /** Feedback was written about a pegawai (or a reply to it). */
  | { jenis: 'umpan-balik'; instansiId: string; pegawaiId: string; umpanBalikId: string };

export async function publish(tx: DbOrTx, event: LiveEvent): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}
