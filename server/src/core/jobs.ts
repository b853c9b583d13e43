/**
 * Background jobs of a server process (when config.jobs): the e-mail sender every 10 seconds and the
 * daily reminders. Every 10 minutes the runner checks whether this process ran the reminders today
 * (from 07:00 WIB, so nobody gets reminded at night); nothing new is stored: a second run the same day
 * creates nothing (each reminder has a dedupe key), and an advisory lock lets one process at a time run
 * them on a multi-process deployment (a process that did not get the lock tries again 10 minutes later).
 * With BACKUP_HARIAN the same ticks make the nightly backup (operasi/cadangan.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { todayIn } from '@capaian/domain';
import { buatCadangan, namaCadanganHarian, rapikanCadangan } from '../operasi/service.js';
import type { Database } from '../db/client.js';
import { createMailer, jalankanPengingat } from '../notifikasi/service.js';
import type { Config } from './config.js';
import type { Services } from './services.js';

export const MAILER_INTERVAL_MS = 10_000;
export const PENGINGAT_CHECK_MS = 10 * 60_000;
/** Reminders go out from this hour of the day (WIB). */
export const PENGINGAT_JAM_MULAI = 7;

type Log = (message: string, error?: unknown) => void;
const defaultLog: Log = (message, error) => console.error(message, error ?? '');

export interface JobOptions {
  log?: Log;
  /** Intervals (tests shorten them). */
  mailerMs?: number;
  checkMs?: number;
  firstCheckMs?: number;
}

/** Starts the timers; the returned function stops them and waits for a run under way. */
export function startJobs(services: Services, database: Database, config: Config, opts: JobOptions = {}): () => Promise<void> {
  if (!config.jobs) return async () => {};
  const log = opts.log ?? defaultLog;
  const clock = services.clock;
  const mailer = createMailer(database, config, clock);
  let stopped = false;
  let pengingatTerakhir: string | null = null;
  let pengingatRun: Promise<unknown> | null = null;

  let mailRun: Promise<unknown> | null = null;
  const kirim = () => {
    if (stopped || mailRun) return;
    mailRun = mailer
      .kirim()
      .catch((e: unknown) => log('Pengiriman e-mail gagal', e))
      .finally(() => {
        mailRun = null;
      });
  };

  const pengingat = () => {
    if (stopped || pengingatRun) return;
    const now = clock();
    const hariIni = todayIn('WIB', now);
    const jam = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', hourCycle: 'h23' }).format(now));
    if (pengingatTerakhir === hariIni || jam < PENGINGAT_JAM_MULAI) return;
    pengingatRun = jalankanPengingat(database.db, undefined, now)
      .then((hasil) => {
        // null: another process holds the lock; check again at the next tick.
        if (hasil) pengingatTerakhir = hariIni;
      })
      .catch((e: unknown) => log('Pengingat harian gagal', e))
      .finally(() => {
        pengingatRun = null;
      });
  };

  // The nightly backup (BACKUP_HARIAN): once a day from BACKUP_JAM (WIB), unless the day's file is
  // already in BACKUP_DIR (another process made it); then only the newest BACKUP_SIMPAN are kept.
  let cadanganRun: Promise<unknown> | null = null;
  const cadangan = () => {
    if (stopped || cadanganRun || !config.backup.harian) return;
    const now = clock();
    const jam = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', hour: '2-digit', hourCycle: 'h23' }).format(now));
    const hari = todayIn('WIB', now).replaceAll('-', '');
    if (jam < config.backup.jam) return;
    fs.mkdirSync(config.backup.dir, { recursive: true });
    if (fs.readdirSync(config.backup.dir).some((f) => f.startsWith(`capaian-${hari}`))) return;
    const tujuan = path.join(config.backup.dir, namaCadanganHarian(now));
    cadanganRun = buatCadangan(database, config, tujuan)
      .then(() => rapikanCadangan(config.backup.dir, config.backup.simpan))
      .catch((e: unknown) => log('Cadangan harian gagal', e))
      .finally(() => {
        cadanganRun = null;
      });
  };

  const mailTimer = setInterval(kirim, opts.mailerMs ?? MAILER_INTERVAL_MS);
  const pengingatTimer = setInterval(() => {
    pengingat();
    cadangan();
  }, opts.checkMs ?? PENGINGAT_CHECK_MS);
  // The first check soon after start, not 10 minutes later.
  const firstCheck = setTimeout(() => {
    pengingat();
    cadangan();
  }, opts.firstCheckMs ?? 15_000);
  for (const t of [mailTimer, pengingatTimer, firstCheck]) t.unref();

  return async () => {
    stopped = true;
    clearInterval(mailTimer);
    clearInterval(pengingatTimer);
    clearTimeout(firstCheck);
    await Promise.allSettled([mailRun, pengingatRun, cadanganRun]);
    mailer.close();
  };
}
