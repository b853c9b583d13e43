/**
 * The embedded database's directory belongs to one process at a time (issue #11: a CLI next to a
 * running server wrote into a copy the server never saw). The process that opens DATA_DIR's PGlite
 * holds `DATA_DIR/capaian.lock` (created exclusively, holding its pid); another process finds it
 * and, while that pid lives, does not open the directory: the CLI then talks to the running server
 * over its control socket (kendali.ts) or refuses with a clear message. A lock left by a process
 * that died (kill -9, power cut) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface IsiKunci {
  pid: number;
  host: string;
  mulai: string;
  /** What holds it: the server ('start') or a CLI command. */
  peran: string;
}

export class DataDirDipakai extends Error {
  constructor(readonly pemilik: IsiKunci) {
    super(`DATA_DIR sedang dipakai proses lain (pid ${pemilik.pid}, ${pemilik.peran}, sejak ${pemilik.mulai}).`);
  }
}

export const berkasKunci = (dataDir: string) => path.join(dataDir, 'capaian.lock');

function hidup(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the directory's lock, if any (a stale lock file does not count). */
export function pemegangKunci(dataDir: string): IsiKunci | null {
  let isi: IsiKunci;
  try {
    isi = JSON.parse(fs.readFileSync(berkasKunci(dataDir), 'utf8')) as IsiKunci;
  } catch {
    return null;
  }
  if (isi.pid === process.pid) return null;
  if (isi.host !== os.hostname()) return isi; // another machine on a shared disk: assume it lives
  return hidup(isi.pid) ? isi : null;
}

/**
 * Takes the lock of `dataDir` for this process (creating the directory if needed), or throws
 * `DataDirDipakai`. Released by the returned function and, at the latest, when the process exits.
 */
export function ambilKunci(dataDir: string, peran: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = berkasKunci(dataDir);
  const isi: IsiKunci = { pid: process.pid, host: os.hostname(), mulai: new Date().toISOString(), peran };
  for (let percobaan = 0; percobaan < 3; percobaan++) {
    try {
      fs.writeFileSync(file, JSON.stringify(isi), { flag: 'wx', mode: 0o600 });
      let dilepas = false;
      const lepas = () => {
        if (dilepas) return;
        dilepas = true;
        process.off('exit', lepas);
        try {
          const sekarang = JSON.parse(fs.readFileSync(file, 'utf8')) as IsiKunci;
          if (sekarang.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on('exit', lepas);
      return lepas;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pemilik = pemegangKunci(dataDir);
      if (pemilik) throw new DataDirDipakai(pemilik);
      // Stale: its process is gone. Remove it and try again (another starter may race us: EEXIST again).
      try {
        fs.unlinkSync(file);
      } catch {
        // someone else removed it
      }
    }
  }
  const pemilik = pemegangKunci(dataDir);
  throw new DataDirDipakai(pemilik ?? { pid: 0, host: os.hostname(), mulai: '?', peran: '?' });
}

/**
 * DATA_DIR must be a directory this process can read and write: checked before anything opens it,
 * so a wrong path or permission fails at once with a message instead of hanging.
 */
export function periksaDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const st = fs.statSync(dataDir);
    if (!st.isDirectory()) throw new Error('bukan direktori');
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
    const pglite = path.join(dataDir, 'pglite');
    if (fs.existsSync(pglite)) {
      fs.accessSync(pglite, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
      for (const f of fs.readdirSync(pglite)) fs.accessSync(path.join(pglite, f), fs.constants.R_OK);
    }
  } catch (e) {
    throw new Error(`DATA_DIR ${dataDir} tidak dapat dibaca atau ditulis oleh proses ini (${(e as Error).message}). Periksa path dan izinnya.`);
  }
}
