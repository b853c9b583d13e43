/**
 * The CLI's commands, run either in the CLI's own process (PostgreSQL, or an embedded directory no
 * server holds) or inside the running server through its control socket (kendali.ts). Each writes
 * its output through `out` and returns an exit code; none reads process.env (config comes in).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Actor } from '../core/actor.js';
import type { Config } from '../core/config.js';
import { AppError, errors } from '../core/errors.js';
import { nipSudahTerdaftar } from '../db/errors.js';
import { createLocalStorage } from '../core/storage.js';
import type { Database } from '../db/client.js';
import { userAccount } from '../db/schema.js';
import { resetPasswordOf } from '../akun/service.js';
import { sesiBerubah } from '../auth/service.js';
import { createImporService, JENIS_IMPOR, type JenisImpor } from '../impor/service.js';
import { addInstansi } from '../instansi/service.js';
import { jalankanPengingat, kirimEmail } from '../notifikasi/service.js';
import { bangunRekap, periksaRekap } from '../realisasi/service.js';
import { seedDemoBerkas } from '../seed/berkas-demo.js';
import { isEmpty, seedDemo } from '../setup.js';
import { buatCadangan } from './cadangan.js';
import type { Keluaran, Permintaan } from './kendali.js';

export const USAGE = `Pemakaian: capaian <perintah>
  start                              jalankan server (migrasi + demo otomatis bila basis data kosong)
  migrate                            jalankan migrasi basis data
  seed [--pegawai N] [--seed S]      buat pemda demo (bawaan 600 pegawai, seed 7)
  import <unit|jabatan|pegawai> <berkas> --instansi KODE
  instansi add --kode KODE --nama NAMA --jenis KOTA|KABUPATEN|PROVINSI --admin-nip NIP --admin-nama NAMA
                                     tambah pemda baru dengan admin pertamanya (mencetak kata sandi sementara)
  pengingat [--instansi KODE]        kirim pengingat harian sekarang (aman diulang: tidak ada pengingat ganda)
  kirim-email                        kirim e-mail yang menunggu di kotak keluar sekali (tanpa SMTP_URL: disimpan sebagai OUTBOX)
  user reset-password <nip>          atur ulang kata sandi (mencetak kata sandi sementara)
  rekap <periksa|bangun> [--instansi KODE]
                                     periksa rekap bulanan realisasi terhadap entrinya, atau bangun ulang
  backup <berkas.tar.gz>             cadangkan basis data dan berkas bukti (boleh saat server berjalan)
  restore <berkas.tar.gz>            pulihkan cadangan (server harus dihentikan dulu)

Dengan basis data tertanam (PGlite), perintah yang dijalankan saat server berjalan dikirim ke server
itu lewat soket kendali di DATA_DIR; tidak ada dua proses yang membuka DATA_DIR yang sama.`;

/** Commands a running server carries out for the CLI (the rest need the database to themselves). */
export const LEWAT_SERVER = new Set(['import', 'instansi', 'pengingat', 'kirim-email', 'user', 'backup', 'rekap']);

export class GagalPerintah extends Error {
  constructor(
    message: string,
    readonly kode = 1,
  ) {
    super(message);
  }
}

/** The real actor of a change made from the command line: the OS user who ran it, on which host. */
export function aktorBarisPerintah(instansiId: string, pengguna: string): Actor {
  return { userId: '', instansiId, pegawaiId: '', nip: '', nama: `Baris perintah (${pengguna})`, roles: ['ADMIN_SISTEM'], pengelolaUnitIds: [] };
}

export const penggunaOs = () => `${os.userInfo().username}@${os.hostname()}`;

const opsiTeks = (p: Permintaan, k: string) => {
  const v = p.opsi[k];
  return typeof v === 'string' ? v : undefined;
};

async function instansiDariKode(database: Database, kode: string) {
  const [ins] = await database.db.query.instansi.findMany({ where: (t, { eq: e }) => e(t.kode, kode) });
  if (!ins) throw new GagalPerintah(`Instansi ${kode} tidak ditemukan.`);
  return ins;
}

const pesanAppError = (e: AppError) => {
  const details = e.details as { problems?: Array<{ baris: number; kolom: string; pesan: string }> } | undefined;
  return [
    e.message,
    ...(details?.problems?.map((p) => `  baris ${p.baris}, ${p.kolom}: ${p.pesan}`) ?? []),
    ...Object.entries(e.fields ?? {}).map(([k, m]) => `  ${k}: ${m}`),
  ].join('\n');
};

/** Runs one command (not `start` or `restore`) against `database`. */
export async function jalankanPerintah(ctx: { database: Database; config: Config }, p: Permintaan, out: Keluaran): Promise<number> {
  const { database, config } = ctx;
  const [cmd, ...rest] = p.perintah;
  const pengguna = opsiTeks(p, 'pengguna') ?? penggunaOs();
  try {
    if (cmd === 'migrate') {
      await database.migrate();
      out.tulis('Migrasi selesai.');
    } else if (cmd === 'seed') {
      const pegawai = Number(opsiTeks(p, 'pegawai') ?? config.demoPegawai);
      const seed = Number(opsiTeks(p, 'seed') ?? 7);
      if (!Number.isInteger(pegawai) || pegawai < 50) throw new GagalPerintah('--pegawai harus bilangan bulat ≥ 50');
      if (!Number.isInteger(seed)) throw new GagalPerintah('--seed harus bilangan bulat');
      await database.migrate();
      if (!(await isEmpty(database))) throw new GagalPerintah('Basis data sudah berisi data; seed hanya untuk basis data kosong.');
      const t0 = Date.now();
      const r = await seedDemo(database, pegawai, seed);
      await seedDemoBerkas(database.db, createLocalStorage(config.storageDir));
      out.tulis(`Selesai dalam ${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.pegawai} pegawai, ${r.units} unit, ${r.jabatan} jabatan.`);
    } else if (cmd === 'import') {
      const [jenis, file] = rest;
      if (!jenis || !(JENIS_IMPOR as readonly string[]).includes(jenis) || !file) throw new GagalPerintah(USAGE, 2);
      const ins = await instansiDariKode(database, opsiTeks(p, 'instansi') ?? 'KOTA-CONTOH');
      if (!fs.existsSync(file)) throw new GagalPerintah(`Berkas ${file} tidak ada.`);
      const r = await createImporService(database.db).importFile(aktorBarisPerintah(ins.id, pengguna), jenis as JenisImpor, fs.readFileSync(file), path.basename(file));
      out.tulis(`Impor selesai: ${r.baru} baru, ${r.diperbarui} diperbarui.`);
    } else if (cmd === 'instansi' && rest[0] === 'add') {
      await database.migrate();
      const r = await addInstansi(database.db, {
        kode: opsiTeks(p, 'kode') ?? '',
        nama: opsiTeks(p, 'nama') ?? '',
        jenis: (opsiTeks(p, 'jenis') ?? '') as 'KOTA',
        ...(opsiTeks(p, 'zona') ? { zonaWaktu: opsiTeks(p, 'zona') as 'WIB' } : {}),
        adminNip: opsiTeks(p, 'admin-nip') ?? '',
        adminNama: opsiTeks(p, 'admin-nama') ?? '',
      });
      out.tulis(`Instansi dibuat. Admin ${opsiTeks(p, 'admin-nip')} masuk dengan kata sandi sementara: ${r.passwordSementara}`);
    } else if (cmd === 'pengingat') {
      const kode = opsiTeks(p, 'instansi');
      const instansiId = kode ? (await instansiDariKode(database, kode)).id : undefined;
      const r = await jalankanPengingat(database.db, instansiId, new Date());
      if (!r) throw new GagalPerintah('Pengingat sedang dijalankan oleh proses lain; coba lagi nanti.');
      out.tulis(`Pengingat terkirim (${r.instansi} instansi): ${r.realisasi} realisasi kosong, ${r.rencanaAksi} rencana aksi, ${r.tindakLanjut} tindak lanjut; ${r.email} e-mail masuk antrean.`);
    } else if (cmd === 'kirim-email') {
      const r = await kirimEmail(database, config);
      out.tulis(config.smtpUrl ? `E-mail: ${r.terkirim} terkirim, ${r.gagal} gagal (dicoba lagi nanti).` : `SMTP_URL tidak diatur: ${r.outbox} e-mail disimpan di kotak keluar.`);
    } else if (cmd === 'user' && rest[0] === 'reset-password' && rest[1]) {
      const nip = rest[1];
      const [acc] = await database.db.select().from(userAccount).where(eq(userAccount.nip, nip));
      if (!acc) throw new GagalPerintah(`Akun dengan NIP ${nip} tidak ditemukan.`);
      const pw = await database.db.transaction((tx) => resetPasswordOf(tx, aktorBarisPerintah(acc.instansiId, pengguna), acc.instansiId, acc.id, nip));
      sesiBerubah({ userId: acc.id });
      out.tulis(`Kata sandi sementara untuk ${nip}: ${pw}\n(pengguna wajib menggantinya setelah masuk)`);
    } else if (cmd === 'rekap' && (rest[0] === 'periksa' || rest[0] === 'bangun')) {
      const kode = opsiTeks(p, 'instansi');
      const instansiId = kode ? (await instansiDariKode(database, kode)).id : null;
      const t0 = Date.now();
      const r = rest[0] === 'bangun' ? await bangunRekap(database.db, instansiId) : await periksaRekap(database.db, instansiId);
      const detik = ((Date.now() - t0) / 1000).toFixed(1);
      if (r.beda > 0) throw new GagalPerintah(`Rekap bulanan realisasi TIDAK sesuai dengan entrinya: ${r.beda} kelompok berbeda (${detik} s). Jalankan \`capaian rekap bangun\`.`);
      out.tulis(`Rekap bulanan realisasi ${rest[0] === 'bangun' ? 'dibangun ulang dan ' : ''}sesuai: ${r.baris} baris merangkum ${r.entri} entri (${detik} s).`);
    } else if (cmd === 'backup' && rest[0]) {
      const t0 = Date.now();
      const m = await buatCadangan(database, config, rest[0]);
      const ukuran = fs.statSync(rest[0]).size;
      out.tulis(
        `Cadangan tersimpan: ${rest[0]} (${(ukuran / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s): ${m.hitungan.pegawai ?? 0} pegawai, ${m.hitungan.audit_event ?? 0} catatan audit, ${m.berkas} berkas bukti.`,
      );
    } else {
      throw new GagalPerintah(USAGE, 2);
    }
    return 0;
  } catch (e) {
    if (e instanceof GagalPerintah) {
      out.galat(e.message);
      return e.kode;
    }
    if (e instanceof AppError) {
      out.galat(pesanAppError(e));
      return 1;
    }
    if (nipSudahTerdaftar(e)) {
      out.galat(errors.nipDipakai().message);
      return 1;
    }
    throw e;
  }
}
