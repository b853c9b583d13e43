/**
 * The `capaian` command (see operasi/perintah.ts USAGE). `start` runs the server; the other
 * commands run here, or — on the embedded database while a server holds DATA_DIR — inside that
 * server through its control socket, so no two processes ever open one directory.
 */
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { startJobs } from './core/jobs.js';
import { createLocalStorage } from './core/storage.js';
import {
  ambilKunci,
  DataDirDipakai,
  GagalPerintah,
  hitungBaris,
  jalankanPerintah,
  kirimKeServer,
  layaniKendali,
  LEWAT_SERVER,
  pemegangKunci,
  penggunaOs,
  periksaDataDir,
  pulihkanCadangan,
  USAGE,
  type Keluaran,
  type Permintaan,
} from './operasi/service.js';
import { DEMO_PASSWORD } from './seed/generator.js';
import { seedDemoBerkas } from './seed/berkas-demo.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from './setup.js';

function fail(msg: string, code = 1): never {
  console.error(msg);
  process.exit(code);
}

const konsol: Keluaran = { tulis: (b) => console.log(b), galat: (b) => console.error(b) };

/** The port must be free before anything else is done (migrations, seeding). */
function periksaPort(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai proses lain. Hentikan proses itu atau atur PORT.` : `Port ${port} tidak dapat dipakai: ${e.message}`)),
    );
    s.listen(port, host, () => s.close(() => resolve()));
  });
}

/** The embedded directory for this process alone, or a clear refusal. */
function kunciAtauGagal(config: Config, peran: string, saranBilaDipakai: string): () => void {
  try {
    periksaDataDir(config.dataDir);
    return ambilKunci(config.dataDir, peran);
  } catch (e) {
    if (e instanceof DataDirDipakai) fail(`${e.message} ${saranBilaDipakai}`);
    fail((e as Error).message);
  }
}

async function start(config: Config) {
  const lepasKunci = config.databaseUrl ? () => {} : kunciAtauGagal(config, 'start', 'Server Capaian sudah berjalan dengan DATA_DIR ini.');
  try {
    await periksaPort(config.host, config.port);
  } catch (e) {
    fail((e as Error).message);
  }
  const database = await openConfiguredDatabase(config, 20);
  await database.migrate();
  if (config.seedDemo && (await isEmpty(database))) {
    console.log(`Basis data kosong: membuat pemda demo (${config.demoPegawai} pegawai)…`);
    const r = await seedDemo(database, config.demoPegawai);
    await seedDemoBerkas(database.db, createLocalStorage(config.storageDir));
    console.log(`Pemda demo siap: ${r.pegawai} pegawai, ${r.units} unit. Kata sandi demo: ${DEMO_PASSWORD}`);
  }
  const { app, services } = await buildApp({ database, config });
  let stopJobs = async () => {};
  let tutupKendali = async () => {};
  let menutup = false;
  const close = async () => {
    if (menutup) return;
    menutup = true;
    await tutupKendali();
    await stopJobs();
    await app.close();
    await database.close();
    lepasKunci();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  // CLI commands for the directory this process owns arrive on its control socket.
  if (database.kind === 'pglite')
    tutupKendali = await layaniKendali(
      config.dataDir,
      async (p, out) => {
        const cmd = p.perintah[0] ?? '';
        if (!LEWAT_SERVER.has(cmd)) {
          out.galat(`Perintah ${cmd} tidak dapat dijalankan saat server berjalan. Hentikan server dulu.`);
          return 1;
        }
        return jalankanPerintah({ database, config }, p, out);
      },
      (msg, err) => app.log.error({ err }, msg),
    );
  // E-mail sender, daily reminders and the nightly backup (JOBS=false to run them elsewhere).
  stopJobs = startJobs(services, database, config);
  const alamat = app.server.address();
  const port = typeof alamat === 'object' && alamat ? alamat.port : config.port;
  console.log(`Capaian berjalan di http://localhost:${port} (${database.kind === 'pglite' ? `PGlite: ${config.pgliteDir}` : 'PostgreSQL'})`);
}

async function restore(config: Config, sumber: string) {
  const lepasKunci = config.databaseUrl ? () => {} : kunciAtauGagal(config, 'restore', 'Hentikan server dulu, lalu jalankan restore lagi.');
  try {
    const { manifest, lamaDisimpan } = await pulihkanCadangan(config, sumber);
    const database = await openConfiguredDatabase(config);
    const hitungan = await hitungBaris(database);
    await database.close();
    const beda = Object.entries(manifest.hitungan).filter(([k, n]) => hitungan[k] !== n);
    console.log(`Cadangan ${manifest.dibuat} dipulihkan (${manifest.jenis}, migrasi ${manifest.migrasi}).`);
    for (const l of lamaDisimpan) console.log(`  data sebelumnya disimpan di ${l} (hapus bila tidak diperlukan)`);
    if (beda.length) fail(`Jumlah baris tidak sama dengan cadangan: ${beda.map(([k, n]) => `${k} ${hitungan[k]} ≠ ${n}`).join(', ')}`);
    console.log(`Diperiksa: ${Object.entries(hitungan).map(([k, n]) => `${k} ${n}`).join(', ')}. Jalankan \`capaian start\`.`);
  } finally {
    lepasKunci();
  }
}

async function main() {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message, 2);
    throw e;
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      pegawai: { type: 'string' },
      seed: { type: 'string' },
      instansi: { type: 'string' },
      kode: { type: 'string' },
      nama: { type: 'string' },
      jenis: { type: 'string' },
      zona: { type: 'string' },
      'admin-nip': { type: 'string' },
      'admin-nama': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, ...rest] = positionals;
  if (!cmd || values.help) {
    console.log(USAGE);
    return;
  }
  if (cmd === 'start') return start(config);
  if (cmd === 'restore') {
    if (!rest[0]) fail(USAGE, 2);
    return restore(config, path.resolve(rest[0]));
  }

  // Paths are the caller's: made absolute before a server (with another working directory) sees them.
  const perintah = [cmd, ...rest.map((r, i) => ((cmd === 'import' && i === 1) || (cmd === 'backup' && i === 0) ? path.resolve(r) : r))];
  const p: Permintaan = { perintah, opsi: { ...values, pengguna: penggunaOs() } };

  let lepasKunci = () => {};
  if (!config.databaseUrl) {
    try {
      periksaDataDir(config.dataDir);
    } catch (e) {
      fail((e as Error).message);
    }
    const pemilik = pemegangKunci(config.dataDir);
    if (pemilik) {
      if (!LEWAT_SERVER.has(cmd)) fail(`DATA_DIR sedang dipakai server (pid ${pemilik.pid}). Perintah ${cmd} memerlukan basis data tanpa server: hentikan server dulu.`);
      let kode: number;
      try {
        kode = await kirimKeServer(config.dataDir, p, konsol);
      } catch {
        fail(`DATA_DIR sedang dipakai proses lain (pid ${pemilik.pid}, ${pemilik.peran}) yang tidak menerima perintah. Tunggu proses itu selesai atau hentikan, lalu ulangi.`);
      }
      process.exit(kode);
    }
    lepasKunci = kunciAtauGagal(config, cmd, 'Ulangi sebentar lagi.');
  }
  const database = await openConfiguredDatabase(config);
  let kode: number;
  try {
    kode = await jalankanPerintah({ database, config }, p, konsol);
  } finally {
    await database.close();
    lepasKunci();
  }
  process.exit(kode);
}

main().catch((e: unknown) => {
  console.error(e instanceof GagalPerintah || e instanceof Error ? e.message : e);
  process.exit(1);
});
