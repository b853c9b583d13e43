/**
 * Daily reminders, per instansi, each one set-based statement (no loop over pegawai):
 * - no progress: pegawai with an approved SKP of the year who recorded no realisasi dated in the last
 *   `instansi.pengingat_realisasi_hari` days (reminded again at most once per that many days);
 * - rencana aksi due: periods ending within 3 days whose realised sum is below the target (once per rencana aksi);
 * - tindak lanjut due: open follow-up actions of a bimbingan due within 3 days (once per item).
 * Each notification has a `kunci` (notifikasi_kunci_uq), so running the reminders twice the same day
 * creates nothing new. One transaction, under an advisory lock: with several server processes, one
 * runs the reminders and the others skip (the function answers null).
 * "Feedback received" and "SKP returned" are sent by those features when they happen.
 */
import { addDays, todayIn } from '@capaian/domain';
import { zonaTersimpan } from '../instansi/service.js';
import type { Db } from '../db/client.js';
import { notifikasiRepository, pengingatRepository as repo } from './repository.js';

/** Rencana aksi and tindak lanjut are reminded this many days before their end / due date. */
export const HARI_SEBELUM_TENGGAT = 3;

export interface HasilPengingat {
  instansi: number;
  realisasi: number;
  rencanaAksi: number;
  tindakLanjut: number;
  email: number;
}

export async function jalankanPengingat(db: Db, instansiId: string | undefined, now: Date): Promise<HasilPengingat | null> {
  return db.transaction(async (tx) => {
    if (!(await repo.tryLock(tx))) return null;
    const hasil: HasilPengingat = { instansi: 0, realisasi: 0, rencanaAksi: 0, tindakLanjut: 0, email: 0 };
    for (const ins of await repo.instansi(tx, instansiId)) {
      const hariIni = todayIn(zonaTersimpan(ins.zona_waktu), now);
      const hari = ins.pengingat_realisasi_hari;
      const sampai = addDays(hariIni, HARI_SEBELUM_TENGGAT);

      const realisasi = await notifikasiRepository.insertFrom(
        tx,
        ins.id,
        repo.realisasiKosong(ins.id, {
          tahun: Number(hariIni.slice(0, 4)),
          hariIni,
          sejakTanggal: addDays(hariIni, -hari),
          sejak: new Date(now.getTime() - hari * 24 * 60 * 60 * 1000),
          judul: 'Pengingat: catat realisasi kinerja Anda',
          pesan: `Anda belum mencatat realisasi kinerja dalam ${hari} hari terakhir. Catat progres pekerjaan Anda agar atasan dapat memantau dan memberikan umpan balik.`,
          kunci: `realisasi-kosong:${hariIni}`,
        }),
        now,
      );
      const rencanaAksi = await notifikasiRepository.insertFrom(
        tx,
        ins.id,
        repo.rencanaAksi(ins.id, { hariIni, sampai, judul: 'Pengingat: rencana aksi segera berakhir' }),
        now,
      );
      const tindakLanjut = await notifikasiRepository.insertFrom(
        tx,
        ins.id,
        repo.tindakLanjut(ins.id, { hariIni, sampai, judul: 'Pengingat: tindak lanjut bimbingan segera jatuh tempo' }),
        now,
      );
      hasil.instansi += 1;
      hasil.realisasi += realisasi.notifikasi;
      hasil.rencanaAksi += rencanaAksi.notifikasi;
      hasil.tindakLanjut += tindakLanjut.notifikasi;
      hasil.email += realisasi.email + rencanaAksi.email + tindakLanjut.email;
    }
    return hasil;
  });
}
