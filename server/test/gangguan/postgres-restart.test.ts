/**
 * A PostgreSQL restart under load (issue #11): on a cluster of its own (initdb in a temporary
 * directory, run as the `postgres` OS user when the test runs as root), the server answers 503
 * with Retry-After while the database is away, never 500, never dies, and serves again by itself
 * within seconds of its return. PostgreSQL only (the embedded engine lives in the process).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NIP } from '../context.js';
import { KLIEN, masuk, mulaiServer, tungguSampai, type ServerProses } from './proses.js';

const BIN = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
const root = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root (initdb refuses root). */
function pgBin(nama: string, args: string[]): void {
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, nama), ...args]] : [path.join(BIN, nama), args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${nama} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

function portBebas(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const dibersihkan: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const f of dibersihkan.reverse()) await Promise.resolve(f()).catch(() => {});
});

describe('PostgreSQL restarted under load', () => {
  it('answers 503 with Retry-After meanwhile, never 500, survives, and serves again within seconds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-pgkluster-'));
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
    dibersihkan.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const port = await portBebas();
    pgBin('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    const pgctl = (...a: string[]) => pgBin('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', ...a]);
    const opsi = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    pgctl('-o', opsi, 'start');
    dibersihkan.push(() => {
      try {
        pgctl('-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
    });

    const s: ServerProses = await mulaiServer(
      { DATA_DIR: dir, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`, SEED_DEMO: 'true', DEMO_PEGAWAI: '50' },
      240_000,
    );
    dibersihkan.push(() => s.bunuh());
    const cookie = await masuk(s.url, NIP.pelaksana);

    // Load: four clients asking for their session and a list, without pause.
    const jawaban: Array<{ status: number; error?: string; retryAfter: string | null; at: number }> = [];
    let jalan = true;
    const klien = Array.from({ length: 4 }, (_, i) =>
      (async () => {
        while (jalan) {
          const r = await fetch(`${s.url}${i % 2 ? '/api/v1/auth/me' : '/api/v1/notifikasi'}`, { headers: { cookie } }).catch(() => null);
          if (!r) {
            jawaban.push({ status: 0, retryAfter: null, at: Date.now() });
            continue;
          }
          const body = (await r.json().catch(() => ({}))) as { error?: string };
          jawaban.push({ status: r.status, ...(body.error ? { error: body.error } : {}), retryAfter: r.headers.get('retry-after'), at: Date.now() });
        }
      })(),
    );
    try {
      await tungguSampai(async () => jawaban.filter((j) => j.status === 200).length > 20, 30_000);
      pgctl('-m', 'fast', 'stop');
      const mati = Date.now();
      await tungguSampai(async () => jawaban.some((j) => j.at > mati && j.status === 503), 30_000);
      pgctl('-o', opsi, 'start');
      const hidup = Date.now();
      await tungguSampai(async () => jawaban.some((j) => j.at > hidup && j.status === 200), 30_000);
      const pulih = jawaban.find((j) => j.at > hidup && j.status === 200)!.at - hidup;
      console.log(`PostgreSQL away ${hidup - mati} ms; served again ${pulih} ms after its return; ${jawaban.length} answers`);
      expect(pulih).toBeLessThan(10_000);
    } finally {
      jalan = false;
      await Promise.all(klien);
    }
    // The process lived through it; nothing answered 500 or hung up.
    expect(s.proc.exitCode).toBeNull();
    expect(jawaban.filter((j) => j.status >= 500 && j.status !== 503)).toEqual([]);
    expect(jawaban.filter((j) => j.status === 0)).toEqual([]);
    const tidakTersedia = jawaban.filter((j) => j.status === 503);
    expect(tidakTersedia.length).toBeGreaterThan(0);
    for (const j of tidakTersedia) expect(j).toMatchObject({ error: 'layanan_tidak_tersedia', retryAfter: '5' });
    // And it keeps serving.
    const me = await fetch(`${s.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    // A write after the return works too.
    const tulis = await fetch(`${s.url}/api/v1/notifikasi/baca-semua`, { method: 'POST', headers: { ...KLIEN, cookie } });
    expect(tulis.status).toBe(200);
  }, 420_000);
});
