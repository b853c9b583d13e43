/**
 * The control socket of a running server on the embedded database: `DATA_DIR/capaian.sock`, a
 * Unix socket only the server's own OS user can open (mode 0600). The CLI sends one command
 * (`{ perintah: [...], opsi: {...} }`, one JSON line) and prints what comes back (lines of
 * `{ keluaran }` or `{ galat }`, then `{ selesai, kode }`), so `capaian user reset-password`,
 * `capaian backup` and the rest run inside the process that owns the directory.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

export const berkasSoket = (dataDir: string) => path.join(dataDir, 'capaian.sock');

export interface Permintaan {
  perintah: string[];
  opsi: Record<string, string | boolean | undefined>;
}

export interface Keluaran {
  tulis(baris: string): void;
  galat(baris: string): void;
}

export type Pelaksana = (p: Permintaan, out: Keluaran) => Promise<number>;

type Pesan = { keluaran: string } | { galat: string } | { selesai: true; kode: number };

/** Serves the socket; the returned function closes it (and removes the file). */
export async function layaniKendali(dataDir: string, jalankan: Pelaksana, log: (msg: string, err?: unknown) => void): Promise<() => Promise<void>> {
  const file = berkasSoket(dataDir);
  // A socket file left by a process that died: we hold the directory's lock, so it is stale.
  fs.rmSync(file, { force: true });
  const server = net.createServer((sock) => {
    const kirim = (m: Pesan) => sock.write(`${JSON.stringify(m)}\n`);
    const rl = readline.createInterface({ input: sock });
    rl.once('line', (baris) => {
      rl.close();
      let p: Permintaan;
      try {
        p = JSON.parse(baris) as Permintaan;
        if (!Array.isArray(p.perintah) || p.perintah.some((x) => typeof x !== 'string') || typeof p.opsi !== 'object' || p.opsi === null) throw new Error('bentuk');
      } catch {
        kirim({ galat: 'Permintaan tidak dapat dibaca.' });
        kirim({ selesai: true, kode: 2 });
        sock.end();
        return;
      }
      jalankan(p, { tulis: (b) => kirim({ keluaran: b }), galat: (b) => kirim({ galat: b }) })
        .then((kode) => kirim({ selesai: true, kode }))
        .catch((e: unknown) => {
          log('perintah lewat soket kendali gagal', e);
          kirim({ galat: e instanceof Error ? e.message : String(e) });
          kirim({ selesai: true, kode: 1 });
        })
        .finally(() => sock.end());
    });
    sock.on('error', () => sock.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(file, () => {
      server.off('error', reject);
      resolve();
    });
  });
  fs.chmodSync(file, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(file, { force: true });
    });
}

/**
 * Sends a command to the server holding `dataDir`; resolves with its exit code. Rejects when no
 * server answers on the socket (the caller then refuses instead of opening the directory).
 */
export function kirimKeServer(dataDir: string, p: Permintaan, out: Keluaran): Promise<number> {
  return new Promise((resolve, reject) => {
    const sock = net.createConnection(berkasSoket(dataDir));
    let selesai = false;
    sock.once('error', (e) => {
      if (!selesai) reject(e);
    });
    sock.once('connect', () => sock.write(`${JSON.stringify(p)}\n`));
    const rl = readline.createInterface({ input: sock });
    rl.on('line', (baris) => {
      const m = JSON.parse(baris) as Pesan;
      if ('keluaran' in m) out.tulis(m.keluaran);
      else if ('galat' in m) out.galat(m.galat);
      else {
        selesai = true;
        resolve(m.kode);
      }
    });
    rl.on('close', () => {
      if (!selesai) reject(new Error('server menutup soket kendali sebelum selesai'));
    });
  });
}
