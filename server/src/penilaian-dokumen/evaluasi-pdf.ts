/**
 * "Evaluasi Kinerja Pegawai" (periodic or annual) and "Dokumen Evaluasi Kinerja Pegawai" (annual)
 * in the layout of PermenPANRB 6/2022's annexes, with the verification QR code of the SKP
 * (ADR 0004): header and period, the parties, the unit's result and its distribution curve, the
 * results per RHK with realised values and feedback, behaviour, ratings, predikat, signatures.
 */
import { formatNip } from '@capaian/domain';
import {
  contentBox,
  createPdf,
  drawFooters,
  drawPengesahan,
  drawTable,
  formatTanggal,
  FONT,
  tanggalUtc,
  toBuffer,
  type Pdf,
  type TableRow,
} from '../dokumen/pdf.js';
import type { EvaluasiDokumen, PihakDokumen } from './dokumen.js';

const KOSONG = '\u2014';
const GAP = 10;
const upper = (s: string | null) => (s ? s.toUpperCase() : KOSONG);

function judul(doc: Pdf, baris: string[], d: EvaluasiDokumen): void {
  const box = contentBox(doc);
  doc.fillColor('#000000').font(FONT.bold).fontSize(13);
  doc.text(baris[0]!, box.left, box.top, { width: box.width, align: 'center' });
  doc.font(FONT.bold).fontSize(9);
  for (const b of baris.slice(1)) doc.text(b, { width: box.width, align: 'center' });
  doc.moveDown(0.8);
  const y = doc.y;
  const half = box.width / 2;
  doc.font(FONT.bold).fontSize(9).text(d.instansiNama.toUpperCase(), box.left, y, { width: half - 6 });
  const leftBottom = doc.y;
  doc.font(FONT.regular).fontSize(9).text(`PERIODE PENILAIAN: ${formatTanggal(d.periode.mulai)} s.d. ${formatTanggal(d.periode.selesai)}`, box.left + half, y, { width: half, align: 'right' });
  doc.y = Math.max(leftBottom, doc.y) + 6;
  doc.x = box.left;
}

const pihakRows = (p: PihakDokumen | null): Array<[string, string, string]> => [
  ['1', 'Nama', p?.nama || KOSONG],
  ['2', 'NIP', p?.nip ? formatNip(p.nip) : KOSONG],
  ['3', 'Pangkat/Gol. Ruang', p?.pangkatGolongan || KOSONG],
  ['4', 'Jabatan', p?.jabatan || KOSONG],
  ['5', 'Unit Kerja', p?.unitKerja || KOSONG],
];

function pihakTable(d: EvaluasiDokumen) {
  const a = pihakRows(d.pegawai);
  const b = pihakRows(d.pejabatPenilai);
  const c = (text: string) => ({ text, align: 'center' as const });
  return {
    columns: [22, 70, 165, 22, 70, 166],
    header: [['No', { text: 'PEGAWAI YANG DINILAI', colSpan: 2 }, 'No', { text: 'PEJABAT PENILAI KINERJA', colSpan: 2 }]],
    rows: a.map(([no, label, value], i): TableRow => [c(no), label, value, c(no), b[i]![1], b[i]![2]]),
  };
}

/** Capaian kinerja organisasi and the curve it allows, with the unit's distribution and any override. */
function organisasiTable(d: EvaluasiDokumen) {
  const dist = d.polaDistribusi.distribusi.filter((x) => x.jumlah > 0).map((x) => `${x.predikat}: ${x.jumlah}`);
  const rows: TableRow[] = [
    [{ text: 'CAPAIAN KINERJA ORGANISASI', bold: true }, { text: upper(d.capaianOrganisasi), bold: true }],
    [
      { text: 'POLA DISTRIBUSI', bold: true },
      { text: d.polaDistribusi.aturan.length ? '' : KOSONG, list: d.polaDistribusi.aturan, listStyle: 'bullet' },
    ],
    [{ text: 'Distribusi predikat unit', bold: true }, dist.length ? dist.join('; ') : KOSONG],
  ];
  if (d.overrideKurva)
    rows.push([{ text: 'Pengecualian kurva distribusi', bold: true }, `${d.overrideKurva.alasan}${d.overrideKurva.oleh ? ` (ditetapkan oleh ${d.overrideKurva.oleh})` : ''}`]);
  return { columns: [150, 365], rows, fontSize: 8.5 };
}

function hasilKerjaTable(d: EvaluasiDokumen) {
  const columns = [20, 95, 44, 100, 50, 80, 126];
  const n = columns.length;
  const rows: TableRow[] = [];
  for (const [judulGrup, jenis] of [
    ['A. Utama', 'UTAMA'],
    ['B. Tambahan', 'TAMBAHAN'],
  ] as const) {
    rows.push({ cells: [{ text: judulGrup, colSpan: n, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
    const rhks = d.hasilKerja.filter((h) => h.jenis === jenis);
    if (rhks.length === 0) rows.push([{ text: KOSONG, colSpan: n, align: 'center' }]);
    rhks.forEach((rhk, i) => {
      const indikator = rhk.indikator.length ? rhk.indikator : [{ aspek: KOSONG, uraian: KOSONG, target: KOSONG, realisasi: KOSONG }];
      const rowSpan = indikator.length;
      indikator.forEach((iki, j) => {
        const kiri = j === 0 ? [{ text: String(i + 1), rowSpan, align: 'center' as const }, { text: rhk.uraian, rowSpan }] : [];
        const kanan = j === 0 ? [{ text: `${rhk.umpanBalik || KOSONG}${rhk.rating ? `\nRating: ${rhk.rating}` : ''}`, rowSpan }] : [];
        rows.push([...kiri, iki.aspek, iki.uraian, iki.target, iki.realisasi, ...kanan]);
      });
    });
  }
  rows.push([
    { text: 'RATING HASIL KERJA', colSpan: 5, bold: true, align: 'right' },
    { text: `${upper(d.ratingHasilKerja)}${d.umpanBalikHasilKerja ? `\n${d.umpanBalikHasilKerja}` : ''}`, colSpan: 2, bold: true },
  ]);
  return {
    columns,
    header: [
      [{ text: 'HASIL KERJA', colSpan: n, align: 'left' as const }],
      ['No', 'Rencana Hasil Kerja', 'Aspek', 'Indikator Kinerja Individu', 'Target', 'Realisasi Berdasarkan Bukti Dukung', 'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung'],
    ],
    rows,
  };
}

function perilakuTable(d: EvaluasiDokumen) {
  const rows: TableRow[] = d.perilaku.map((p, i) => [{ text: String(i + 1), align: 'center' }, { text: p.nama, bold: true }, p.ekspektasi?.trim() || KOSONG, p.umpanBalik?.trim() || KOSONG]);
  rows.push([
    { text: 'RATING PERILAKU KERJA', colSpan: 2, bold: true, align: 'right' },
    { text: `${upper(d.ratingPerilaku)}${d.umpanBalikPerilaku ? `\n${d.umpanBalikPerilaku}` : ''}`, colSpan: 2, bold: true },
  ]);
  return {
    columns: [20, 135, 180, 180],
    header: [[{ text: 'PERILAKU KERJA', colSpan: 4, align: 'left' as const }], ['No', 'Perilaku Kerja', 'Ekspektasi Khusus Pimpinan', 'Umpan Balik Berkelanjutan']],
    rows,
  };
}

function predikatTable(d: EvaluasiDokumen) {
  const rows: TableRow[] = [[{ text: 'PREDIKAT KINERJA PEGAWAI', bold: true }, { text: upper(d.predikat), bold: true }]];
  if (d.keberatan) rows.push([{ text: 'Keputusan atas keberatan', bold: true }, d.keberatan]);
  return { columns: [150, 365], rows, fontSize: 9 };
}


const meta = (d: EvaluasiDokumen, title: string) =>
  createPdf({
    title: `${title} \u2014 ${d.pegawai.nama} \u2014 ${d.periode.label}`,
    subject: `${title} ${d.pegawai.nama} (NIP ${d.pegawai.nip}), ${d.periode.label}`,
    // Fixed from the data (never "now"), so the same evaluation always gives the same bytes.
    creationDate: tanggalUtc(d.tanggal ?? d.periode.selesai) ?? new Date(0),
  });

/** Evaluasi Kinerja Pegawai, periodic or annual. */
export async function renderEvaluasiPdf(d: EvaluasiDokumen): Promise<Buffer> {
  const doc = meta(d, 'Evaluasi Kinerja Pegawai');
  judul(doc, ['EVALUASI KINERJA PEGAWAI', `PENDEKATAN HASIL KERJA ${d.pendekatan}`, `PERIODE: ${d.periode.jenisLabel.toUpperCase()} (${d.periode.label.toUpperCase()})`], d);
  drawTable(doc, pihakTable(d));
  doc.y += GAP;
  drawTable(doc, organisasiTable(d));
  doc.y += GAP;
  drawTable(doc, hasilKerjaTable(d));
  doc.y += GAP;
  drawTable(doc, perilakuTable(d));
  doc.y += GAP;
  drawTable(doc, predikatTable(d));
  doc.y += GAP;
  await drawPengesahan(doc, d, { top: 6 });
  drawFooters(doc, { label: `Evaluasi Kinerja Pegawai \u00b7 ${d.pegawai.nama} \u00b7 ${d.periode.label}`, hash: d.verifikasi.hash });
  return toBuffer(doc);
}

/** Dokumen Evaluasi Kinerja Pegawai (annual). */
export async function renderDokumenEvaluasiPdf(d: EvaluasiDokumen): Promise<Buffer> {
  const doc = meta(d, 'Dokumen Evaluasi Kinerja Pegawai');
  judul(doc, ['DOKUMEN EVALUASI KINERJA PEGAWAI', `PERIODE: ${d.periode.jenisLabel.toUpperCase()}`], d);
  const rows: TableRow[] = [];
  const bagian = (no: string, label: string, p: PihakDokumen | null) => {
    rows.push({ cells: [{ text: no, align: 'center', bold: true, fill: '#f3f3f3' }, { text: label, colSpan: 2, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
    for (const [, l, v] of pihakRows(p)) rows.push(['', l, v]);
  };
  bagian('1', 'PEGAWAI YANG DINILAI', d.pegawai);
  bagian('2', 'PEJABAT PENILAI KINERJA', d.pejabatPenilai);
  bagian('3', 'ATASAN PEJABAT PENILAI KINERJA', d.atasanPenilai);
  rows.push({ cells: [{ text: '4', align: 'center', bold: true, fill: '#f3f3f3' }, { text: 'EVALUASI KINERJA', colSpan: 2, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
  rows.push(['', 'Capaian Kinerja Organisasi', { text: upper(d.capaianOrganisasi), bold: true }]);
  rows.push(['', 'Predikat Kinerja Pegawai', { text: upper(d.predikat), bold: true }]);
  if (d.overrideKurva) rows.push(['', 'Pengecualian kurva distribusi', d.overrideKurva.alasan]);
  if (d.keberatan) rows.push(['', 'Keputusan atas keberatan', d.keberatan]);
  rows.push({ cells: [{ text: '5', align: 'center', bold: true, fill: '#f3f3f3' }, { text: 'CATATAN/REKOMENDASI', colSpan: 2, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
  const catatan: string[] = [];
  if (d.catatan) {
    if (d.catatan.baik) catatan.push(`Yang sudah baik: ${d.catatan.baik}`);
    if (d.catatan.perbaikan) catatan.push(`Yang perlu diperbaiki: ${d.catatan.perbaikan}`);
    for (const r of d.catatan.rencanaPengembangan) catatan.push(`Rencana pengembangan: ${r}`);
  }
  catatan.push(...d.rekomendasi);
  rows.push(['', { text: catatan.length ? '' : KOSONG, list: catatan, listStyle: 'number', colSpan: 2 }]);
  drawTable(doc, { columns: [22, 150, 343], rows, fontSize: 9 });
  doc.y += GAP * 2;
  await drawPengesahan(doc, d, { top: 6 });
  drawFooters(doc, { label: `Dokumen Evaluasi Kinerja Pegawai \u00b7 ${d.pegawai.nama} \u00b7 ${d.periode.label}`, hash: d.verifikasi.hash });
  return toBuffer(doc);
}
