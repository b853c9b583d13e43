/**
 * Live events between server processes, over the database's LISTEN/NOTIFY.
 * Writers call `publish(tx, event)` inside their transaction: PostgreSQL (and PGlite) deliver the
 * notification only when the transaction commits, so a listener never sees an event for data it
 * cannot read yet. Every process LISTENs on one channel (see `createEventBus`) and forwards events
 * to its own server-sent-event streams.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.js';

export const LIVE_CHANNEL = 'capaian_live';

/** The events, checked again when a listener reads a notification's payload. */
export const LiveEventSchema = z.discriminatedUnion('jenis', [
  /** A pegawai recorded, changed or deleted progress. */
  z.object({ jenis: z.literal('realisasi'), instansiId: z.string(), pegawaiId: z.string(), realisasiId: z.string() }),
  /** A pegawai received a notification (the bell's count changed). */
  z.object({ jenis: z.literal('notifikasi'), instansiId: z.string(), pegawaiId: z.string() }),
  /** Feedback was written about a pegawai (or a reply to it). */
  z.object({ jenis: z.literal('umpan-balik'), instansiId: z.string(), pegawaiId: z.string(), umpanBalikId: z.string() }),
  /** A rating in a unit changed (its curve moved): ids only, no rating. */
  z.object({ jenis: z.literal('penilaian'), instansiId: z.string(), periodeId: z.string(), unitId: z.string() }),
  /** The instansi's settings changed: every process forgets its cached copy (not sent to browsers). */
  z.object({ jenis: z.literal('pengaturan'), instansiId: z.string() }),
  /**
   * A user's session, account, roles or name changed: every process forgets its cached sessions of
   * that user (not sent to browsers). Sent by database triggers (migration 0022), so no writer can
   * forget it.
   */
  z.object({ jenis: z.literal('sesi'), instansiId: z.string(), userId: z.string() }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export async function publish(tx: DbOrTx, event: LiveEvent): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}

/**
 * `publish` as part of a write made in one statement: one notification per row of the statement's
 * CTE named `syarat` (none when the change did not happen), delivered when the statement commits.
 * The CTE holding this must be referenced by the statement's final SELECT, or it never runs.
 */
export const publishDalamPernyataan = (event: LiveEvent, syarat: string): SQL =>
  sql`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)}) AS kabar FROM ${sql.identifier(syarat)}`;
