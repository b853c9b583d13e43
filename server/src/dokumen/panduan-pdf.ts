/**
 * The printable quick guide of one role (bantuan, issue 14) for socialisation sessions: a cover
 * with who the guide is for and its contents, one block per task (summary, numbered steps,
 * notes, the first screenshot the browser tests took of it) and the glossary. Fed plain data
 * (the help content), so it is tested alone; not an official document (no QR, no signature).
 */
import fs from 'node:fs';
import type { BagianBantuan, IstilahGlosarium, PanduanPeran } from '@capaian/contract/bantuan';
import { contentBox, createPdf, drawFooters, drawTable, ensureSpace, FONT, formatTanggal, toBuffer, type Pdf } from './pdf.js';

export interface DataPanduanPdf {
  panduan: PanduanPeran;
  /** The role's sections in order, each with the files of its screenshots that exist. */
  bagian: ReadonlyArray<{ bagian: BagianBantuan; gambar: ReadonlyArray<{ berkas: string; keterangan: string }> }>;
  glosarium: readonly IstilahGlosarium[];
  /** The date printed and stored in the metadata (the same input gives the same bytes). */
  tanggal: Date;
}

const BIRU = '#1c4e80';
const ABU = '#555555';
/** The tallest a screenshot is drawn (points): a phone screenshot stays on a third of a page. */
const GAMBAR_TINGGI = 260;
const GAMBAR_LEBAR = 300;

function judul(doc: Pdf, teks: string, ukuran: number, warna = BIRU): void {
  doc.font(FONT.bold).fontSize(ukuran).fillColor(warna).text(teks);
  doc.fillColor('#000000');
}

function daftar(doc: Pdf, items: readonly string[], penanda: (i: number) => string, ukuran = 10): void {
  const box = contentBox(doc);
  const indent = 18;
  for (const [i, item] of items.entries()) {
    doc.font(FONT.regular).fontSize(ukuran);
    const tinggi = doc.heightOfString(item, { width: box.width - indent });
    ensureSpace(doc, tinggi + 2);
    const y = doc.y;
    doc.font(FONT.bold).text(penanda(i), box.left, y, { width: indent, lineBreak: false });
    doc.font(FONT.regular).text(item, box.left + indent, y, { width: box.width - indent, lineGap: 1 });
    doc.moveDown(0.25);
  }
  doc.x = box.left;
}

function gambar(doc: Pdf, berkas: string, keterangan: string): void {
  const box = contentBox(doc);
  const png = fs.readFileSync(berkas);
  // A PNG's size is in its IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  const lebar = png.readUInt32BE(16);
  const tinggi = png.readUInt32BE(20);
  const skala = Math.min(GAMBAR_LEBAR / lebar, GAMBAR_TINGGI / tinggi, 1);
  const w = lebar * skala;
  const h = tinggi * skala;
  ensureSpace(doc, h + 20);
  const y = doc.y + 4;
  doc.image(png, box.left, y, { width: w, height: h });
  doc.rect(box.left, y, w, h).lineWidth(0.5).stroke('#bbbbbb');
  doc.font(FONT.italic).fontSize(8).fillColor(ABU).text(`Gambar: ${keterangan}`, box.left, y + h + 3, { width: box.width });
  doc.fillColor('#000000');
  doc.moveDown(0.5);
}

/** Renders the guide of one role. */
export async function renderPanduanPdf(d: DataPanduanPdf): Promise<Buffer> {
  const doc = createPdf({ title: `${d.panduan.judul} - Capaian`, subject: 'Panduan singkat pengelolaan kinerja ASN (PermenPANRB 6/2022)', creationDate: d.tanggal });
  const box = contentBox(doc);

  // Cover: the role, who it is for, the contents.
  doc.font(FONT.regular).fontSize(10).fillColor(ABU).text('CAPAIAN - Manajemen Kinerja ASN');
  doc.moveDown(0.3);
  judul(doc, d.panduan.judul, 22);
  doc.moveDown(0.3);
  doc.font(FONT.regular).fontSize(11).text(d.panduan.untuk, { width: box.width });
  doc.moveDown(0.3);
  doc.font(FONT.italic).fontSize(9).fillColor(ABU).text(`Panduan singkat untuk sosialisasi, disusun menurut PermenPANRB 6/2022. Dicetak ${formatTanggal(d.tanggal.toISOString())}.`);
  doc.fillColor('#000000').moveDown(1);
  judul(doc, 'Isi panduan', 13, '#000000');
  doc.moveDown(0.3);
  daftar(doc, [...d.bagian.map((b) => b.bagian.judul), 'Glosarium istilah'], (i) => `${i + 1}.`, 11);
  doc.moveDown(0.8);
  doc.font(FONT.regular).fontSize(10).text('Di aplikasi, tekan tanda ? di judul setiap halaman untuk membuka bantuan halaman itu.', { width: box.width });

  // One block per task.
  for (const [n, { bagian, gambar: gambarBagian }] of d.bagian.entries()) {
    if (n === 0) doc.addPage();
    else {
      doc.moveDown(1);
      ensureSpace(doc, 120);
    }
    judul(doc, `${n + 1}. ${bagian.judul}`, 14);
    doc.moveDown(0.2);
    doc.font(FONT.italic).fontSize(10).text(bagian.ringkas, { width: box.width });
    doc.moveDown(0.4);
    doc.font(FONT.bold).fontSize(10).text('Langkah');
    doc.moveDown(0.2);
    daftar(doc, bagian.langkah, (i) => `${i + 1}.`);
    if (bagian.catatan.length > 0) {
      doc.moveDown(0.2);
      ensureSpace(doc, 30);
      doc.font(FONT.bold).fontSize(10).text('Perlu diketahui');
      doc.moveDown(0.2);
      daftar(doc, bagian.catatan, () => '\u2022', 9);
    }
    const pertama = gambarBagian[0];
    if (pertama) gambar(doc, pertama.berkas, pertama.keterangan);
  }

  // The glossary, as a table.
  doc.addPage();
  judul(doc, 'Glosarium istilah', 14);
  doc.moveDown(0.4);
  drawTable(doc, {
    columns: [1.2, 3.2, 1.2],
    fontSize: 8.5,
    header: [[{ text: 'Istilah', bold: true }, { text: 'Arti', bold: true }, { text: 'Dasar', bold: true }]],
    rows: d.glosarium.map((g) => [{ text: g.kepanjangan ? `${g.istilah} (${g.kepanjangan})` : g.istilah, bold: true }, g.arti, g.dasar ?? '-']),
  });

  // Footer: the guide's name and the page, on every page.
  drawFooters(doc, { label: `${d.panduan.judul} - Capaian` });
  doc.fillColor('#000000');
  return toBuffer(doc);
}
