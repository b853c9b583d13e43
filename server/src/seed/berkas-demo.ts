/**
 * Demo evidence files: a one-page activity report (PDF) attached to the most recent progress
 * entries of the demo pemda, written through the storage adapter like an upload. Run after the
 * database seed by `capaian start` (the seed itself has no storage).
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { bagianNamaBerkas } from '../core/berkas.js';
import { newStorageKey, type Storage } from '../core/storage.js';
import { queryRows, type Db } from '../db/client.js';
import { buktiDukung } from '../db/schema.js';
import { createPdf, formatTanggal, FONT } from '../dokumen/pdf.js';

function laporan(judul: string, nama: string, tanggal: string, uraian: string, jumlah: number | null): Promise<Buffer> {
  const doc = createPdf({ title: judul, creationDate: new Date(`${tanggal}T09:00:00Z`) });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(FONT.bold).fontSize(14).text('LAPORAN KEGIATAN HARIAN', { align: 'center' });
  doc.moveDown();
  doc.font(FONT.regular).fontSize(11);
  doc.text(`Nama: ${nama}`);
  doc.text(`Tanggal: ${formatTanggal(tanggal)}`);
  doc.moveDown();
  doc.text(`Kegiatan: ${uraian}`);
  if (jumlah !== null) doc.text(`Jumlah: ${jumlah}`);
  doc.moveDown();
  doc.text('Dokumentasi dan daftar hadir terlampir pada arsip unit kerja.');
  doc.end();
  return done;
}

function sertifikat(judul: string, jp: number, penyelenggara: string, tanggal: string): Promise<Buffer> {
  const doc = createPdf({ title: `Sertifikat ${judul}`, creationDate: new Date(`${tanggal}T09:00:00Z`) });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(FONT.bold).fontSize(18).text('SERTIFIKAT', { align: 'center' });
  doc.moveDown();
  doc.font(FONT.regular).fontSize(12).text('Diberikan kepada peserta yang telah menyelesaikan', { align: 'center' });
  doc.font(FONT.bold).fontSize(14).text(judul, { align: 'center' });
  doc.font(FONT.regular).fontSize(12).text(`selama ${jp} jam pelajaran (JP), diselenggarakan oleh ${penyelenggara}.`, { align: 'center' });
  doc.moveDown();
  doc.text(`Ditetapkan ${formatTanggal(tanggal)}`, { align: 'center' });
  doc.end();
  return done;
}

/**
 * The certificates of the demo's completed training (those given a certificate number by the
 * seed): one file per training, shared by its participants (the records
 * point at it; removing one record keeps a file others still use).
 */
export async function seedDemoSertifikat(db: Db, storage: Storage): Promise<number> {
  const grup = await queryRows<{ instansi_id: string; pelatihan_id: string; judul: string; jp: number; penyelenggara: string; tanggal: string }>(
    db,
    sql`SELECT instansi_id, pelatihan_id, min(judul) AS judul, min(jp) AS jp, min(penyelenggara) AS penyelenggara, max(tanggal_selesai)::text AS tanggal
          FROM riwayat_pelatihan WHERE nomor_sertifikat IS NOT NULL AND sertifikat_kunci IS NULL AND pelatihan_id IS NOT NULL
         GROUP BY instansi_id, pelatihan_id`,
  );
  for (const g of grup) {
    const data = await sertifikat(g.judul, g.jp, g.penyelenggara, g.tanggal);
    const key = newStorageKey(g.instansi_id, new Date(`${g.tanggal}T00:00:00Z`));
    await storage.put(key, data, 'application/pdf');
    await db.execute(sql`
      UPDATE riwayat_pelatihan SET sertifikat_kunci = ${key}, sertifikat_nama = ${`sertifikat-${bagianNamaBerkas(g.judul).toLowerCase()}.pdf`}, sertifikat_mime = 'application/pdf',
             sertifikat_ukuran = ${data.length}, sertifikat_sha256 = ${createHash('sha256').update(data).digest('hex')}
       WHERE instansi_id = ${g.instansi_id} AND pelatihan_id = ${g.pelatihan_id} AND nomor_sertifikat IS NOT NULL AND sertifikat_kunci IS NULL`);
  }
  return grup.length;
}

/** Attaches a report to the `n` latest entries (the named demo users' first). Returns how many. */
export async function seedDemoBerkas(db: Db, storage: Storage, n = 40): Promise<number> {
  const rows = await queryRows<{ instansi_id: string; id: string; nama: string; tanggal: string; uraian: string; jumlah: number | null }>(
    db,
    sql`SELECT r.instansi_id, r.id, p.nama, r.tanggal::text AS tanggal, r.uraian, r.jumlah
          FROM realisasi r JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id
         ORDER BY (p.nip IN ('199201152017032001', '198002112006042003')) DESC, r.tanggal DESC, r.id LIMIT ${n}`,
  );
  for (const r of rows) {
    const data = await laporan('Laporan kegiatan', r.nama, r.tanggal, r.uraian, r.jumlah);
    const key = newStorageKey(r.instansi_id, new Date(`${r.tanggal}T00:00:00Z`));
    await storage.put(key, data, 'application/pdf');
    await db.insert(buktiDukung).values({
      instansiId: r.instansi_id,
      id: randomUUID(),
      realisasiId: r.id,
      jenis: 'FILE',
      nama: `laporan-kegiatan-${r.tanggal}.pdf`,
      kunciPenyimpanan: key,
      mime: 'application/pdf',
      ukuran: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
  }
  await seedDemoSertifikat(db, storage);
  return rows.length;
}
