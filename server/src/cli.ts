/**
 * The `capaian` command: start | migrate | seed | import | instansi add | pengingat | kirim-email | user reset-password.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import type { Actor } from './core/actor.js';
import { userAccount } from './db/schema.js';
import { resetPasswordOf } from './akun/service.js';
import { createImporService, JENIS_IMPOR, type JenisImpor } from './impor/service.js';
import { AppError } from './core/errors.js';
import { DEMO_PASSWORD } from './seed/generator.js';
import { addInstansi } from './instansi/service.js';
import { startJobs } from './core/jobs.js';
import { jalankanPengingat } from './notifikasi/pengingat.js';
import { kirimEmail } from './notifikasi/mailer.js';
import { isEmpty, openConfiguredDatabase, seedDemo } from './setup.js';
import { seedDemoBerkas } from './seed/berkas-demo.js';
import { createLocalStorage } from './core/storage.js';

const USAGE = `Pemakaian: capaian <perintah>
  start                              jalankan server (migrasi + demo otomatis bila basis data kosong)
  migrate                            jalankan migrasi basis data
  seed [--pegawai N] [--seed S]      buat pemda demo (bawaan 600 pegawai, seed 7)
  import <unit|jabatan|pegawai> <berkas> --instansi KODE
  instansi add --kode KODE --nama NAMA --jenis KOTA|KABUPATEN|PROVINSI --admin-nip NIP --admin-nama NAMA
                                     tambah pemda baru dengan admin pertamanya (mencetak kata sandi sementara)
  pengingat [--instansi KODE]        kirim pengingat harian sekarang (aman diulang: tidak ada pengingat ganda)
  kirim-email                        kirim e-mail yang menunggu di kotak keluar sekali (tanpa SMTP_URL: disimpan sebagai OUTBOX)
  user reset-password <nip>          atur ulang kata sandi (mencetak kata sandi sementara)`;

function fail(msg: string, code = 1): never {
  console.error(msg);
  process.exit(code);
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

  if (cmd === 'start') {
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
    const close = async () => {
      await stopJobs();
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.on('SIGINT', close);
    process.on('SIGTERM', close);
    await app.listen({ port: config.port, host: config.host });
    // E-mail sender and daily reminders (JOBS=false to run them elsewhere).
    stopJobs = startJobs(services, database, config);
    console.log(`Capaian berjalan di http://localhost:${config.port} (${database.kind === 'pglite' ? `PGlite: ${config.pgliteDir}` : 'PostgreSQL'})`);
    return;
  }

  const database = await openConfiguredDatabase(config);
  try {
    if (cmd === 'migrate') {
      await database.migrate();
      console.log('Migrasi selesai.');
    } else if (cmd === 'seed') {
      const pegawai = Number(values.pegawai ?? config.demoPegawai);
      const seed = Number(values.seed ?? 7);
      if (!Number.isInteger(pegawai) || pegawai < 50) fail('--pegawai harus bilangan bulat ≥ 50');
      if (!Number.isInteger(seed)) fail('--seed harus bilangan bulat');
      await database.migrate();
      if (!(await isEmpty(database))) fail('Basis data sudah berisi data; seed hanya untuk basis data kosong.');
      const t0 = Date.now();
      const r = await seedDemo(database, pegawai, seed);
      await seedDemoBerkas(database.db, createLocalStorage(config.storageDir));
      console.log(`Selesai dalam ${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.pegawai} pegawai, ${r.units} unit, ${r.jabatan} jabatan.`);
    } else if (cmd === 'import') {
      const [jenis, file] = rest;
      if (!jenis || !(JENIS_IMPOR as readonly string[]).includes(jenis) || !file) fail(USAGE);
      const instansiKode = values.instansi ?? 'KOTA-CONTOH';
      const [ins] = await database.db.query.instansi.findMany({ where: (t, { eq: e }) => e(t.kode, instansiKode) });
      if (!ins) fail(`Instansi ${instansiKode} tidak ditemukan.`);
      const actor: Actor = { userId: '', instansiId: ins.id, pegawaiId: '', nip: 'cli', nama: 'Baris perintah (CLI)', roles: ['ADMIN_SISTEM'], pengelolaUnitIds: [] };
      try {
        const r = await createImporService(database.db).importFile(actor, jenis as JenisImpor, fs.readFileSync(file), path.basename(file));
        console.log(`Impor selesai: ${r.baru} baru, ${r.diperbarui} diperbarui.`);
      } catch (e) {
        if (e instanceof AppError) {
          const details = e.details as { problems?: Array<{ baris: number; kolom: string; pesan: string }> } | undefined;
          const lines = details?.problems?.map((p) => `  baris ${p.baris}, ${p.kolom}: ${p.pesan}`) ?? [];
          fail([e.message, ...lines].join('\n'));
        }
        throw e;
      }
    } else if (cmd === 'instansi' && rest[0] === 'add') {
      await database.migrate();
      try {
        const r = await addInstansi(database.db, {
          kode: values.kode ?? '',
          nama: values.nama ?? '',
          jenis: (values.jenis ?? '') as 'KOTA',
          ...(values.zona ? { zonaWaktu: values.zona as 'WIB' } : {}),
          adminNip: values['admin-nip'] ?? '',
          adminNama: values['admin-nama'] ?? '',
        });
        console.log(`Instansi dibuat. Admin ${values['admin-nip']} masuk dengan kata sandi sementara: ${r.passwordSementara}`);
      } catch (e) {
        if (e instanceof AppError) fail([e.message, ...Object.entries(e.fields ?? {}).map(([k, m]) => `  ${k}: ${m}`)].join('\n'));
        throw e;
      }
    } else if (cmd === 'pengingat') {
      let instansiId: string | undefined;
      if (values.instansi) {
        const [ins] = await database.db.query.instansi.findMany({ where: (t, { eq: e }) => e(t.kode, values.instansi ?? '') });
        if (!ins) fail(`Instansi ${values.instansi} tidak ditemukan.`);
        instansiId = ins.id;
      }
      const r = await jalankanPengingat(database.db, instansiId, new Date());
      if (!r) fail('Pengingat sedang dijalankan oleh proses lain; coba lagi nanti.');
      console.log(`Pengingat terkirim (${r.instansi} instansi): ${r.realisasi} realisasi kosong, ${r.rencanaAksi} rencana aksi, ${r.tindakLanjut} tindak lanjut; ${r.email} e-mail masuk antrean.`);
    } else if (cmd === 'kirim-email') {
      const r = await kirimEmail(database, config);
      console.log(config.smtpUrl ? `E-mail: ${r.terkirim} terkirim, ${r.gagal} gagal (dicoba lagi nanti).` : `SMTP_URL tidak diatur: ${r.outbox} e-mail disimpan di kotak keluar.`);
    } else if (cmd === 'user' && rest[0] === 'reset-password' && rest[1]) {
      const nip = rest[1];
      const [acc] = await database.db.select().from(userAccount).where(eq(userAccount.nip, nip));
      if (!acc) fail(`Akun dengan NIP ${nip} tidak ditemukan.`);
      const pw = await database.db.transaction((tx) => resetPasswordOf(tx, null, acc.instansiId, acc.id, nip));
      console.log(`Kata sandi sementara untuk ${nip}: ${pw}\n(pengguna wajib menggantinya setelah masuk)`);
    } else {
      fail(USAGE);
    }
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
