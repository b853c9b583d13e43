/**
 * "Penetapan Angka Kredit" (PAK): the balance of a pejabat fungsional's ledger fixed under a number
 * and date — the entries it counts, the total, and what the next pangkat and jenjang need — with the
 * signatory and the QR code of the public verification (decision 0004). Fed plain data; the
 * content hash is computed from what it fixes (not stored), as for the other documents.
 */
import { createHash } from 'node:crypto';
import { formatAngka, formatNip } from '@capaian/domain';
import { contentBox, createPdf, drawBlokVerifikasi, drawFooters, drawTable, FONT, formatTanggal, toBuffer, type CellInput } from '../dokumen/pdf.js';

export interface BarisPak {
  uraian: string;
  dokumen: string;
  nilai: number;
}

export interface PakDokumen {
  instansiNama: string;
  nomor: string;
  tanggal: string;
  pegawai: { nama: string; nip: string; golongan: string; jabatan: string | null; unit: string | null };
  jenjangLabel: string;
  rincian: readonly BarisPak[];
  total: number;
  pangkat: { kebutuhan: number; kekurangan: number } | null;
  jenjang: { kebutuhan: number; kekurangan: number } | null;
  penandatangan: { jabatan: string; nama: string | null };
  verifikasi: { url: string; hash: string };
}

/** What a PAK fixes; its QR code verifies against the SHA-256 of this canonical form. */
export function pakContentHash(c: { id: string; pegawaiId: string; nip: string; nomor: string; tanggal: string; jenjang: string; golongan: string; totalMilli: number; rincian: unknown }): string {
  const canonical = JSON.stringify({ v: 1, id: c.id, pegawai: c.pegawaiId, nip: c.nip, nomor: c.nomor, tanggal: c.tanggal, jenjang: c.jenjang, golongan: c.golongan, total: c.totalMilli, rincian: c.rincian });
  return createHash('sha256').update(canonical).digest('hex');
}

const ak = (n: number) => formatAngka(n, 3);

export async function renderPakPdf(d: PakDokumen): Promise<Buffer> {
  const doc = createPdf({ title: `Penetapan Angka Kredit — ${d.pegawai.nama}`, subject: 'Penetapan Angka Kredit', creationDate: new Date(`${d.tanggal}T00:00:00Z`) });
  const box = contentBox(doc);
  doc.font(FONT.regular).fontSize(10).text(d.instansiNama.toUpperCase(), box.left, box.top, { width: box.width, align: 'center' });
  doc.font(FONT.bold).fontSize(13).text('PENETAPAN ANGKA KREDIT', { width: box.width, align: 'center' });
  doc.font(FONT.regular).fontSize(10).text(`Nomor: ${d.nomor}`, { width: box.width, align: 'center' });
  doc.moveDown(1);
  const identitas: Array<[string, string]> = [
    ['Nama', d.pegawai.nama],
    ['NIP', formatNip(d.pegawai.nip)],
    ['Pangkat/golongan ruang', d.pegawai.golongan],
    ['Jabatan', d.pegawai.jabatan ?? '-'],
    ['Jenjang', d.jenjangLabel],
    ['Unit kerja', d.pegawai.unit ?? '-'],
  ];
  drawTable(doc, { columns: [1, 2.4], rows: identitas.map(([k, v]) => [k, v]), fontSize: 9 });
  doc.moveDown(0.8);
  const rows: CellInput[][] = d.rincian.map((r, i) => [String(i + 1), r.uraian, r.dokumen, { text: ak(r.nilai), align: 'right' }]);
  rows.push([{ text: '' }, { text: 'Jumlah angka kredit', bold: true }, { text: '' }, { text: ak(d.total), align: 'right', bold: true }]);
  drawTable(doc, { columns: [0.4, 3.2, 2, 1], header: [['No', 'Uraian', 'Dasar', 'Angka kredit']], rows, fontSize: 8.5 });
  doc.moveDown(0.8);
  doc.font(FONT.regular).fontSize(9);
  const kebutuhan = (label: string, s: { kebutuhan: number; kekurangan: number } | null) =>
    s ? `${label}: dibutuhkan ${ak(s.kebutuhan)}; ${s.kekurangan === 0 ? 'telah terpenuhi' : `kurang ${ak(s.kekurangan)}`}.` : `${label}: tidak berlaku pada jenjang dan golongan ini.`;
  doc.text(kebutuhan('Kenaikan pangkat', d.pangkat), box.left, doc.y, { width: box.width });
  doc.text(kebutuhan('Kenaikan jenjang', d.jenjang), { width: box.width });
  doc.text('Dasar: PermenPANRB Nomor 1 Tahun 2023; Peraturan BKN Nomor 3 Tahun 2023 (konversi predikat kinerja ke angka kredit).', { width: box.width });
  const y = Math.max(doc.y + 24, doc.page.height - 260);
  await drawBlokVerifikasi(doc, d.verifikasi, box.left, y, 220, 80);
  const sx = box.left + box.width - 240;
  doc.font(FONT.regular).fontSize(10).text(`Ditetapkan pada ${formatTanggal(d.tanggal)}`, sx, y, { width: 240, align: 'center' });
  doc.text(d.penandatangan.jabatan, sx, doc.y, { width: 240, align: 'center' });
  doc.font(FONT.bold).text(d.penandatangan.nama ?? '(.............................)', sx, y + 80, { width: 240, align: 'center' });
  drawFooters(doc, { label: `Penetapan Angka Kredit ${d.nomor} — ${d.pegawai.nama}`, hash: d.verifikasi.hash });
  return toBuffer(doc);
}
