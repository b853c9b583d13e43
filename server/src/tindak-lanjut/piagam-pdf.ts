/**
 * "Piagam Penghargaan Kinerja": the certificate of an award decided in a round, landscape, with the
 * decision's number and date, the signatory, and the QR code of the public verification (ADR 0004).
 * Fed plain data; the content hash is computed from what it fixes (not stored), as for the other
 * documents.
 */
import { createHash } from 'node:crypto';
import { formatNip } from '@capaian/domain';
import { drawBlokVerifikasi, drawFooters, FONT, formatTanggal, toBuffer } from '../dokumen/pdf.js';
import PDFDocument from 'pdfkit';

export interface PiagamDokumen {
  instansiNama: string;
  pegawai: { nama: string; nip: string; jabatan: string | null };
  jenisLabel: string;
  rondeNama: string;
  periodeLabel: string;
  predikatLabel: string;
  nomorKeputusan: string;
  tanggalKeputusan: string;
  penandatangan: { jabatan: string; nama: string | null; nip: string | null };
  verifikasi: { url: string; hash: string };
}

/** What a piagam fixes; its QR code verifies against the SHA-256 of this canonical form. */
export function piagamContentHash(c: { id: string; pegawaiId: string; nip: string; evaluasiId: string; jenis: string; rondeId: string; nomorKeputusan: string; tanggalKeputusan: string }): string {
  const canonical = JSON.stringify({ v: 1, id: c.id, pegawai: c.pegawaiId, nip: c.nip, evaluasi: c.evaluasiId, jenis: c.jenis, ronde: c.rondeId, nomor: c.nomorKeputusan, tanggal: c.tanggalKeputusan });
  return createHash('sha256').update(canonical).digest('hex');
}

export async function renderPiagamPdf(d: PiagamDokumen): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 50, bottom: 60, left: 60, right: 60 },
    bufferPages: true,
    info: { Title: `Piagam Penghargaan — ${d.pegawai.nama}`, Author: 'Capaian', Creator: 'Capaian', Producer: 'Capaian', CreationDate: new Date(`${d.tanggalKeputusan}T00:00:00Z`), ModDate: new Date(`${d.tanggalKeputusan}T00:00:00Z`) },
  });
  const w = doc.page.width - 120;
  const x = 60;
  doc.lineWidth(3).rect(30, 30, doc.page.width - 60, doc.page.height - 60).stroke('#1c4e80');
  doc.lineWidth(1).rect(38, 38, doc.page.width - 76, doc.page.height - 76).stroke('#1c4e80');
  doc.fillColor('#000000').font(FONT.regular).fontSize(12).text(d.instansiNama.toUpperCase(), x, 70, { width: w, align: 'center' });
  doc.font(FONT.bold).fontSize(30).fillColor('#1c4e80').text('PIAGAM PENGHARGAAN', x, 100, { width: w, align: 'center' });
  doc.fillColor('#000000').font(FONT.regular).fontSize(11).text(`Nomor: ${d.nomorKeputusan}`, { width: w, align: 'center' });
  doc.moveDown(1.2);
  doc.fontSize(12).text('diberikan kepada', { width: w, align: 'center' });
  doc.moveDown(0.5);
  doc.font(FONT.bold).fontSize(22).text(d.pegawai.nama, { width: w, align: 'center' });
  doc.font(FONT.regular).fontSize(11).text(`NIP. ${formatNip(d.pegawai.nip)}${d.pegawai.jabatan ? ` — ${d.pegawai.jabatan}` : ''}`, { width: w, align: 'center' });
  doc.moveDown(1);
  doc.fontSize(12).text(`atas kinerja dengan predikat ${d.predikatLabel} pada ${d.periodeLabel},`, { width: w, align: 'center' });
  doc.text(`berupa ${d.jenisLabel.toLowerCase()} dalam ${d.rondeNama}.`, { width: w, align: 'center' });
  const y = doc.page.height - 200;
  await drawBlokVerifikasi(doc, d.verifikasi, x + 10, y, 220, 80);
  const sx = x + w - 260;
  doc.font(FONT.regular).fontSize(11).text(`Ditetapkan pada ${formatTanggal(d.tanggalKeputusan)}`, sx, y, { width: 260, align: 'center' });
  doc.text(d.penandatangan.jabatan, sx, doc.y, { width: 260, align: 'center' });
  doc.font(FONT.bold).text(d.penandatangan.nama ?? '(.............................)', sx, y + 80, { width: 260, align: 'center', underline: !!d.penandatangan.nama });
  if (d.penandatangan.nip) doc.font(FONT.regular).text(`NIP. ${formatNip(d.penandatangan.nip)}`, sx, doc.y, { width: 260, align: 'center' });
  drawFooters(doc, { label: `Piagam Penghargaan — ${d.pegawai.nama} — ${d.rondeNama}`, hash: d.verifikasi.hash });
  return toBuffer(doc);
}
