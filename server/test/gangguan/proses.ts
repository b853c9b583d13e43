/**
 * Real server processes for the fault tests (issue #11): `capaian start` as a child process on a
 * fresh copy of the test template (PGlite: a data directory; PostgreSQL: a database cloned from
 * the template), reached over HTTP, killed with SIGKILL and started again on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../global-setup.js';

export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/capaian.js');
export const KIND = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface BasisDataUji {
  kind: 'pglite' | 'postgres';
  /** Environment for `capaian` processes on this data. */
  env: Record<string, string>;
  dataDir: string;
  url?: string;
  hapus(): Promise<void>;
}

/** A fresh, migrated and seeded database (the test template's demo pemda), with its own DATA_DIR. */
export async function basisDataBaru(): Promise<BasisDataUji> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-gangguan-'));
  if (KIND === 'pglite') {
    const tpl = fs.readFileSync(inject('pgliteTemplate'));
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([tpl]) });
    await db.close();
    return { kind: 'pglite', env: { DATA_DIR: dataDir }, dataDir, hapus: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = process.env.DATABASE_URL!;
  const name = `capaian_g_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  const dbUrl = withDatabase(url, name);
  return {
    kind: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: dbUrl },
    dataDir,
    url: dbUrl,
    hapus: async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      // A restore renames databases: drop every one made from this name.
      const { rows } = await a.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${name}%`]);
      for (const r of rows) await a.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      await a.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProses {
  url: string;
  pid: number;
  proc: ChildProcess;
  /** Everything the process printed. */
  log(): string;
  /** SIGKILL, then wait for the exit. */
  bunuh(): Promise<void>;
  /** SIGTERM, then wait for the exit. */
  hentikan(): Promise<void>;
}

const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', JOBS: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' };

/** Runs `capaian <args>` to the end; its exit code and output. */
export function jalankanCli(args: string[], env: Record<string, string>): Promise<{ kode: number; keluaran: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...BASE_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    p.on('close', (kode) => resolve({ kode: kode ?? -1, keluaran: out }));
  });
}

/** Starts `capaian start` and waits until it listens (it prints its address). */
export function mulaiServer(env: Record<string, string>, batasMs = 120_000): Promise<ServerProses> {
  const proc = spawn(process.execPath, [CLI, 'start'], { env: { PATH: process.env.PATH ?? '', ...BASE_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const selesai = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const tunggu = async () => {
    if (proc.exitCode === null && proc.signalCode === null) await selesai;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in ${batasMs} ms:\n${log}`));
    }, batasMs);
    const baca = (d: Buffer) => {
      log += d.toString();
      const m = /Capaian berjalan di http:\/\/localhost:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          pid: proc.pid!,
          proc,
          log: () => log,
          bunuh: async () => {
            proc.kill('SIGKILL');
            await tunggu();
          },
          hentikan: async () => {
            proc.kill('SIGTERM');
            await tunggu();
          },
        });
      }
    };
    proc.stdout!.on('data', baca);
    proc.stderr!.on('data', baca);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${log}`));
    });
  });
}

export const KLIEN = { 'x-capaian': '1' };

/** Signs in over HTTP; the session cookie. */
export async function masuk(url: string, nip: string, password = 'capaian2026'): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { ...KLIEN, 'content-type': 'application/json' }, body: JSON.stringify({ nip, password }) });
  if (res.status !== 200) throw new Error(`login ${nip}: ${res.status} ${await res.text()}`);
  const c = res.headers.getSetCookie().find((x) => x.startsWith('capaian_sesi='));
  return c!.split(';')[0]!;
}

/** Polls until `cek` holds (or fails after `batasMs`): waits for a condition, never a fixed time. */
export async function tungguSampai(cek: () => Promise<boolean>, batasMs: number, jedaMs = 100): Promise<void> {
  const akhir = Date.now() + batasMs;
  for (;;) {
    if (await cek().catch(() => false)) return;
    if (Date.now() > akhir) throw new Error(`condition not met within ${batasMs} ms`);
    await new Promise((r) => setTimeout(r, jedaMs));
  }
}

/** A multipart body with one file (field `file` unless named) and optional fields before it. */
export function multipart(filename: string, isi: Buffer, o: { field?: string; fields?: Record<string, string>; type?: string } = {}) {
  const boundary = `----capaian${randomBytes(8).toString('hex')}`;
  const bagian = Object.entries(o.fields ?? {}).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const body = Buffer.concat([
    ...bagian,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${o.field ?? 'file'}"; filename="${filename}"\r\nContent-Type: ${o.type ?? 'application/octet-stream'}\r\n\r\n`),
    isi,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
