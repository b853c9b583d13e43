/**
 * "Laporan Kinerja Pegawai Tahunan": the pemda's annual report of final annual results — the
 * distribution of predikat per perangkat daerah and per jabatan type, against last year. A
 * report, not a signed decision: it carries no QR code (the results it counts each have theirs).
 * Fed plain data (the service's LaporanTahunanResponse).
 */
import { PREDIKAT_LABEL, PREDIKATS } from '@capaian/domain';
import type { LaporanTahunanResponse } from '@capaian/contract/tindak-lanjut';
import { contentBox, createPdf, drawTable, ensureSpace, FONT, formatTanggal, toBuffer, type CellInput } from '../dokumen/pdf.js';

/** Last year's rows are shaded. */
const LALU = '#f2f2f2';
const persen = (n: number, dari: number) => (dari > 0 ? `${((n / dari) * 100).toFixed(1).replace('.', ',')}%` : '-');

export async function renderLaporanTahunanPdf(l: LaporanTahunanResponse, o: { instansi: string; dicetak: string }): Promise<Buffer> {
  const doc = createPdf({ title: `Laporan Kinerja Pegawai Tahunan ${l.tahun} — ${o.instansi}`, subject: 'Laporan Kinerja Pegawai Tahunan', creationDate: new Date(`${o.dicetak}T00:00:00Z`) });
  const box = contentBox(doc);
  doc.font(FONT.bold).fontSize(12).text(`LAPORAN KINERJA PEGAWAI TAHUN ${l.tahun}`, box.left, box.top, { width: box.width, align: 'center' });
  doc.font(FONT.regular).fontSize(10).text(o.instansi.toUpperCase(), { width: box.width, align: 'center' });
  doc.moveDown(0.6);
  doc.font(FONT.regular).fontSize(8.5);
  doc.text(
    l.periode
      ? `Hasil penilaian kinerja tahunan yang sudah final (${l.periode.label}, status periode: ${l.periode.status === 'DITUTUP' ? 'ditutup' : 'dibuka'}). ${l.total.belumFinal} hasil belum final tidak dihitung.`
      : `Periode penilaian tahunan ${l.tahun} belum dibuka.`,
    box.left,
    doc.y,
    { width: box.width },
  );
  doc.text(`Dasar: ${l.dasarHukum}.`, { width: box.width });
  doc.moveDown(0.8);

  const kepala: CellInput[] = [{ text: '', bold: true }, { text: 'Jumlah', bold: true, align: 'right' }, ...PREDIKATS.map((p) => ({ text: PREDIKAT_LABEL[p], bold: true, align: 'right' as const }))];
  const baris = (nama: string, jumlah: number, d: Record<string, number>, lalu: { jumlah: number; distribusi: Record<string, number> } | null, tebal = false): CellInput[][] => [
    [{ text: nama, bold: tebal }, { text: String(jumlah), align: 'right', bold: tebal }, ...PREDIKATS.map((p) => ({ text: `${d[p] ?? 0} (${persen(d[p] ?? 0, jumlah)})`, align: 'right' as const, bold: tebal }))],
    [
      { text: `  tahun ${l.tahun - 1}`, fill: LALU },
      { text: lalu ? String(lalu.jumlah) : '-', align: 'right', fill: LALU },
      ...PREDIKATS.map((p) => ({ text: lalu ? `${lalu.distribusi[p] ?? 0} (${persen(lalu.distribusi[p] ?? 0, lalu.jumlah)})` : '-', align: 'right' as const, fill: LALU })),
    ],
  ];
  for (const [judul, rows, label] of [
    ['Distribusi predikat per perangkat daerah', l.perPerangkatDaerah, 'Perangkat daerah'],
    ['Distribusi predikat per jenis jabatan', l.perJenisJabatan, 'Jenis jabatan'],
  ] as const) {
    ensureSpace(doc, 80);
    doc.font(FONT.bold).fontSize(10).text(judul, box.left, doc.y, { width: box.width });
    doc.moveDown(0.3);
    drawTable(doc, {
      columns: [2.6, 0.8, 1, 1, 1, 1, 1],
      fontSize: 7.5,
      header: [[{ text: label, bold: true }, ...kepala.slice(1)]],
      rows: [
        ...(rows.length ? rows.flatMap((r) => baris(r.nama, r.jumlah, r.distribusi, r.tahunLalu)) : [[{ text: 'Belum ada hasil final.', colSpan: 7 }]]),
        ...baris('Jumlah', l.total.jumlah, l.total.distribusi, l.totalTahunLalu, true),
      ],
    });
    doc.moveDown(1);
  }
  doc.font(FONT.italic).fontSize(7.5).text(`Dicetak dari Capaian pada ${formatTanggal(o.dicetak)}.`, box.left, doc.y, { width: box.width });
  return toBuffer(doc);
}
