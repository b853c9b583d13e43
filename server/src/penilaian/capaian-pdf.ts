/**
 * "Penetapan Predikat Kinerja Organisasi": the leader's decision on a unit's result for a period,
 * with the Perjanjian Kinerja goals it was judged against, for signature. Fed plain data.
 */
import { createHash } from 'node:crypto';
import { contentBox, createPdf, drawBlokVerifikasi, drawFooters, drawTable, ensureSpace, FONT, formatTanggal, toBuffer } from '../dokumen/pdf.js';

export interface PenetapanPredikatDokumen {
  instansiNama: string;
  unitNama: string;
  periodeLabel: string;
  capaianLabel: string;
  justifikasi: string;
  pk: ReadonlyArray<{ sasaran: string; indikator: string; target: string }>;
  penetap: { nama: string; nip: string; jabatan: string } | null;
  /** 'YYYY-MM-DD' in the instansi's zone. */
  tanggal: string;
  /** The QR code's address and the content hash it verifies. */
  verifikasi: { url: string; hash: string };
}

export async function renderPenetapanPredikatPdf(d: PenetapanPredikatDokumen): Promise<Buffer> {
  const doc = createPdf({
    title: `Penetapan Predikat Kinerja Organisasi — ${d.unitNama} — ${d.periodeLabel}`,
    subject: 'Penetapan Predikat Kinerja Organisasi',
    creationDate: new Date(`${d.tanggal}T00:00:00Z`),
  });
  const box = contentBox(doc);
  doc.font(FONT.bold).fontSize(12).text('PENETAPAN PREDIKAT KINERJA ORGANISASI', box.left, box.top, { width: box.width, align: 'center' });
  doc.font(FONT.regular).fontSize(10).text(d.instansiNama.toUpperCase(), { width: box.width, align: 'center' });
  doc.moveDown(1);
  drawTable(doc, {
    columns: [1, 2.6],
    fontSize: 9,
    rows: [
      [{ text: 'Unit kerja', bold: true }, d.unitNama],
      [{ text: 'Periode penilaian', bold: true }, d.periodeLabel],
      [{ text: 'Predikat kinerja organisasi', bold: true }, { text: d.capaianLabel, bold: true }],
      [{ text: 'Justifikasi', bold: true }, d.justifikasi],
    ],
  });
  doc.moveDown(1);
  doc.font(FONT.bold).fontSize(10).text('Capaian Perjanjian Kinerja', box.left, doc.y, { width: box.width });
  doc.moveDown(0.3);
  drawTable(doc, {
    columns: [0.4, 2.2, 2.2, 1.2],
    fontSize: 8.5,
    header: [[{ text: 'No', bold: true, align: 'center' }, { text: 'Sasaran', bold: true }, { text: 'Indikator', bold: true }, { text: 'Target', bold: true }]],
    rows: d.pk.length
      ? d.pk.map((p, i) => [{ text: String(i + 1), align: 'center' as const }, p.sasaran, p.indikator, p.target])
      : [[{ text: 'Belum ada Perjanjian Kinerja untuk tahun ini.', colSpan: 4 }]],
  });
  doc.moveDown(2);
  ensureSpace(doc, 120);
  const x = box.left + box.width * 0.55;
  const w = box.width * 0.45;
  const y = doc.y;
  await drawBlokVerifikasi(doc, d.verifikasi, box.left, y, box.width * 0.35);
  doc.font(FONT.regular).fontSize(9.5);
  doc.text(`Ditetapkan pada ${formatTanggal(d.tanggal)}`, x, y, { width: w });
  doc.text(d.penetap?.jabatan ?? 'Pimpinan', x, doc.y, { width: w });
  doc.moveDown(4);
  doc.font(FONT.bold).text(d.penetap?.nama ?? '(belum ditetapkan)', x, doc.y, { width: w });
  doc.font(FONT.regular).text(d.penetap ? `NIP ${d.penetap.nip}` : '', x, doc.y, { width: w });
  drawFooters(doc, { label: `Penetapan Predikat Kinerja Organisasi — ${d.unitNama} — ${d.periodeLabel}`, hash: d.verifikasi.hash });
  return toBuffer(doc);
}

/**
 * What a "Penetapan Predikat Kinerja Organisasi" fixes; its QR code verifies against the SHA-256 of
 * this canonical form (computed, not stored, as for the evaluation documents). Changing the unit's
 * result or its justification before finalisation makes an earlier print fail, rightly.
 */
export function capaianContentHash(c: { id: string; periodeId: string; unitId: string; capaian: string; justifikasi: string; ditetapkanOleh: string; ditetapkanAt: Date | string }): string {
  const canonical = JSON.stringify({
    v: 1,
    id: c.id,
    periode: c.periodeId,
    unit: c.unitId,
    capaian: c.capaian,
    justifikasi: c.justifikasi,
    oleh: c.ditetapkanOleh,
    at: new Date(c.ditetapkanAt).toISOString(),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
