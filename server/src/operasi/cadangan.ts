/**
 * Backup and restore (`capaian backup <file>`, `capaian restore <file>`, the nightly backup).
 *
 * A backup is one .tar.gz: `manifest.json` (format, engine, time, last migration, row counts),
 * the database (`basis-data.tar.gz`, PGlite's own dump of its data directory taken between
 * statements after a CHECKPOINT — crash-consistent; or `basis-data.dump`, `pg_dump --format=custom`
 * of the PostgreSQL database) and `berkas/`, the evidence files. It is written to a temporary
 * name and renamed when complete, so a crash never leaves a half-written backup under the name.
 *
 * A restore never overwrites in place: PGlite is loaded into a new directory which then takes the
 * place of the old one (kept beside it as `pglite.sebelum-pulih-<time>`); PostgreSQL is restored
 * into a new database which then takes the old one's name (the old one kept as
 * `<name>_sebelum_pulih_<time>`). The evidence directory is swapped the same way. A restore that
 * fails leaves everything as it was.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import * as tar from 'tar';
import { sql } from 'drizzle-orm';
import type { Config } from '../core/config.js';
import { migrationsFolder, queryRows, type Database } from '../db/client.js';

export const FORMAT_CADANGAN = 'capaian-cadangan';

export interface Manifest {
  format: typeof FORMAT_CADANGAN;
  versi: 1;
  jenis: 'pglite' | 'postgres';
  dibuat: string;
  migrasi: string;
  hitungan: Record<string, number>;
  berkas: number;
}

/** Tables counted into the manifest and checked after a restore. */
const DIHITUNG = ['instansi', 'pegawai', 'user_account', 'skp', 'realisasi', 'bukti_dukung', 'evaluasi', 'audit_event'] as const;

const migrasiTerakhir = () => {
  const j = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  return j.entries.at(-1)?.tag ?? '';
};

export async function hitungBaris(database: Database): Promise<Record<string, number>> {
  const parts = DIHITUNG.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ');
  const [row] = await queryRows<Record<string, number>>(database.db, sql.raw(`SELECT ${parts}`));
  return row ?? {};
}

function hitungBerkas(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

function jalankan(perintah: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(perintah, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let galat = '';
    p.stderr.on('data', (d: Buffer) => (galat += d.toString()).slice(-4000));
    p.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error(`${perintah} tidak ditemukan: pasang klien PostgreSQL (postgresql-client) dengan versi yang sama dengan server.`) : e),
    );
    p.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${perintah} gagal (kode ${code}): ${galat.trim()}`))));
  });
}

/** Writes a backup of the database and the evidence files to `tujuan` (atomically). */
export async function buatCadangan(database: Database, config: Config, tujuan: string): Promise<Manifest> {
  const panggung = await fsp.mkdtemp(path.join(os.tmpdir(), 'capaian-cadangan-'));
  const sementara = `${tujuan}.${process.pid}.sementara`;
  try {
    if (database.kind === 'pglite') {
      if (!database.pglite) throw new Error('PGlite tidak tersedia');
      await database.db.execute(sql`CHECKPOINT`);
      const dump = await database.pglite.dumpDataDir('gzip');
      await fsp.writeFile(path.join(panggung, 'basis-data.tar.gz'), Buffer.from(await dump.arrayBuffer()));
    } else {
      await jalankan('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(panggung, 'basis-data.dump')}`, `--dbname=${database.url}`]);
    }
    const manifest: Manifest = {
      format: FORMAT_CADANGAN,
      versi: 1,
      jenis: database.kind,
      dibuat: new Date().toISOString(),
      migrasi: migrasiTerakhir(),
      hitungan: await hitungBaris(database),
      berkas: hitungBerkas(config.storageDir),
    };
    await fsp.writeFile(path.join(panggung, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const isi = ['manifest.json', database.kind === 'pglite' ? 'basis-data.tar.gz' : 'basis-data.dump'];
    if (fs.existsSync(config.storageDir)) {
      await fsp.symlink(config.storageDir, path.join(panggung, 'berkas'));
      isi.push('berkas');
    }
    await fsp.mkdir(path.dirname(path.resolve(tujuan)), { recursive: true });
    await tar.create({ gzip: true, file: sementara, cwd: panggung, follow: true, portable: true }, isi);
    await fsp.rename(sementara, tujuan);
    return manifest;
  } finally {
    await fsp.rm(sementara, { force: true });
    await fsp.rm(panggung, { recursive: true, force: true });
  }
}

/** Reads a backup's manifest and unpacks it into a working directory (removed by the caller). */
async function buka(sumber: string): Promise<{ manifest: Manifest; dir: string }> {
  if (!fs.existsSync(sumber)) throw new Error(`Berkas cadangan ${sumber} tidak ada.`);
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'capaian-pulih-'));
  try {
    await tar.extract({ file: sumber, cwd: dir, strict: true, preservePaths: false });
    const manifest = JSON.parse(await fsp.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== FORMAT_CADANGAN || manifest.versi !== 1) throw new Error('bukan berkas cadangan Capaian');
    return { manifest, dir };
  } catch (e) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw new Error(`Berkas cadangan tidak dapat dibaca: ${(e as Error).message}`);
  }
}

const cap = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

/**
 * Restores a backup made by `buatCadangan` for the configured engine. The caller makes sure no
 * server uses the database (the embedded directory's lock; for PostgreSQL, stop the servers).
 */
export async function pulihkanCadangan(config: Config, sumber: string): Promise<{ manifest: Manifest; lamaDisimpan: string[] }> {
  const { manifest, dir } = await buka(sumber);
  const jenis = config.databaseUrl ? 'postgres' : 'pglite';
  const lamaDisimpan: string[] = [];
  try {
    if (manifest.jenis !== jenis)
      throw new Error(`Cadangan ini dari ${manifest.jenis === 'pglite' ? 'PGlite (tertanam)' : 'PostgreSQL'}; konfigurasi sekarang memakai ${jenis === 'pglite' ? 'PGlite' : 'PostgreSQL'}.`);
    const t = cap();
    if (jenis === 'pglite') {
      const baru = `${config.pgliteDir}.pulih-${t}`;
      const dump = await fsp.readFile(path.join(dir, 'basis-data.tar.gz'));
      const db = await PGlite.create({ dataDir: baru, loadDataDir: new Blob([dump]) });
      await db.query('SELECT 1');
      await db.close();
      if (fs.existsSync(config.pgliteDir)) {
        const lama = `${config.pgliteDir}.sebelum-pulih-${t}`;
        await fsp.rename(config.pgliteDir, lama);
        lamaDisimpan.push(lama);
      }
      await fsp.rename(baru, config.pgliteDir);
    } else {
      lamaDisimpan.push(await pulihkanPostgres(config.databaseUrl!, path.join(dir, 'basis-data.dump'), t));
    }
    // The evidence files, swapped the same way.
    const berkas = path.join(dir, 'berkas');
    const baruBerkas = `${config.storageDir}.pulih-${t}`;
    if (fs.existsSync(berkas)) await fsp.cp(berkas, baruBerkas, { recursive: true });
    else await fsp.mkdir(baruBerkas, { recursive: true });
    if (fs.existsSync(config.storageDir)) {
      const lama = `${config.storageDir}.sebelum-pulih-${t}`;
      await fsp.rename(config.storageDir, lama);
      lamaDisimpan.push(lama);
    }
    await fsp.rename(baruBerkas, config.storageDir);
    return { manifest, lamaDisimpan };
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

/** pg_restore into a new database, then the swap of names; returns the old database's new name. */
async function pulihkanPostgres(url: string, dump: string, t: string): Promise<string> {
  const target = new URL(url);
  const nama = decodeURIComponent(target.pathname.replace(/^\//, '')) || 'postgres';
  const baru = `${nama}_pulih_${t.replace('-', '_')}`.toLowerCase();
  const lama = `${nama}_sebelum_pulih_${t.replace('-', '_')}`.toLowerCase();
  const pemeliharaan = new URL(url);
  pemeliharaan.pathname = nama === 'postgres' ? '/template1' : '/postgres';
  const admin = new pg.Client({ connectionString: pemeliharaan.toString() });
  await admin.connect();
  const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
  try {
    await admin.query(`CREATE DATABASE ${ident(baru)}`);
    const keBaru = new URL(url);
    keBaru.pathname = `/${baru}`;
    try {
      await jalankan('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${keBaru.toString()}`, dump]);
    } catch (e) {
      await admin.query(`DROP DATABASE IF EXISTS ${ident(baru)}`);
      throw e;
    }
    // The swap: nobody may stay connected to the old database while it is renamed.
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [nama]);
    await admin.query(`ALTER DATABASE ${ident(nama)} RENAME TO ${ident(lama)}`);
    await admin.query(`ALTER DATABASE ${ident(baru)} RENAME TO ${ident(nama)}`);
    return lama;
  } finally {
    await admin.end();
  }
}

/** Backups kept by the nightly job: the newest `simpan` files named capaian-*.tar.gz in `dir`. */
export async function rapikanCadangan(dir: string, simpan: number): Promise<string[]> {
  const semua = (await fsp.readdir(dir)).filter((f) => /^capaian-\d{8}-\d{6}\.tar\.gz$/.test(f)).sort();
  const buang = semua.slice(0, Math.max(0, semua.length - simpan));
  for (const f of buang) await fsp.rm(path.join(dir, f), { force: true });
  return buang;
}

/** The nightly backup's file name: capaian-YYYYMMDD-HHMMSS.tar.gz in WIB (the day the job checks). */
export function namaCadanganHarian(now: Date): string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(now).map((x) => [x.type, x.value]));
  return `capaian-${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}.tar.gz`;
}
