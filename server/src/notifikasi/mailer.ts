/**
 * The e-mail sender: claims waiting rows of the outbox in small batches with FOR UPDATE SKIP LOCKED
 * (several server processes may send at once, each row goes out once) and sends them through
 * config.smtpUrl. A failure counts an attempt and keeps the error; after MAX_PERCOBAAN attempts the
 * row is GAGAL. Without SMTP (the embedded default) rows become OUTBOX: kept for admins to read.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../core/config.js';
import type { Database, DbOrTx } from '../db/client.js';
import { renderIsi } from './email.js';
import { emailOutboxRepository as outbox } from './repository.js';

export const MAX_PERCOBAAN = 5;
const BATCH = 10;
/** At most this many batches per run, so one run (every 10 s) stays short. */
const MAX_BATCHES = 50;

export interface HasilKirim {
  terkirim: number;
  gagal: number;
  outbox: number;
}

export type MailerConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>;

/** PGlite: the run under way per database; runs never overlap (that is what sends each row once there). */
const runs = new WeakMap<Database, Promise<HasilKirim>>();

export function createMailer(database: Database, config: MailerConfig, clock: () => Date) {
  const transport = config.smtpUrl
    ? nodemailer.createTransport({ pool: true, maxConnections: 2, url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
    : null;
  // On PostgreSQL a batch is one transaction: its rows stay locked while they are sent, so another
  // process skips them. A PGlite database belongs to one process (runs never overlap there: see
  // `runs`), and a transaction would stall every request while SMTP answers; so no transaction.
  const inBatch = <T>(fn: (db: DbOrTx) => Promise<T>): Promise<T> =>
    database.kind === 'postgres' ? database.db.transaction(fn) : fn(database.db);

  async function run(): Promise<HasilKirim> {
    const hasil: HasilKirim = { terkirim: 0, gagal: 0, outbox: 0 };
    // One attempt per row per run: a row that failed is not claimed again until a later run.
    const dicoba: string[] = [];
    for (let i = 0; i < MAX_BATCHES; i += 1) {
      if (!transport) {
        const n = await outbox.keepInOutbox(database.db, 200);
        hasil.outbox += n;
        if (n < 200) break;
        continue;
      }
      const n = await inBatch(async (db) => {
        const rows = await outbox.claim(db, BATCH, clock(), dicoba);
        for (const r of rows) {
          dicoba.push(r.id);
          try {
            await transport.sendMail({ from: config.mailFrom, to: r.kepada, subject: r.subjek, text: renderIsi(r.isi, config.publicUrl) });
            await outbox.markSent(db, r.instansi_id, r.id, clock());
            hasil.terkirim += 1;
          } catch (e) {
            await outbox.markFailed(db, r.instansi_id, r.id, e instanceof Error ? e.message : String(e), MAX_PERCOBAAN);
            hasil.gagal += 1;
          }
        }
        return rows.length;
      });
      if (n < BATCH) break;
    }
    return hasil;
  }

  return {
    /**
     * Sends (or keeps) what is waiting. On PostgreSQL runs may overlap (also across processes): each
     * claims other rows. On PGlite a run waits for the one under way.
     */
    async kirim(): Promise<HasilKirim> {
      if (database.kind === 'postgres') return run();
      for (let busy = runs.get(database); busy; busy = runs.get(database)) await busy.catch(() => undefined);
      const p = run().finally(() => runs.delete(database));
      runs.set(database, p);
      return p;
    },
    close() {
      transport?.close();
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;

/** Flushes the outbox once (the `kirim-email` command, tests). */
export async function kirimEmail(database: Database, config: MailerConfig, clock: () => Date = () => new Date()) {
  const mailer = createMailer(database, config, clock);
  try {
    return await mailer.kirim();
  } finally {
    mailer.close();
  }
}
