/**
 * The Formulir SKP (Sasaran Kinerja Pegawai, PermenPANRB 6/2022) as a PDF: title and period,
 * the pegawai / pejabat penilai header, hasil kerja, perilaku kerja, the lampiran and the
 * signature block with a verification QR code. Drafts carry a diagonal watermark.
 */
import { formatNip } from '@capaian/domain';
import {
  contentBox,
  createPdf,
  drawFooters,
  drawPengesahan,
  drawTable,
  drawWatermark,
  ensureSpace,
  formatTanggal,
  FONT,
  tanggalUtc,
  toBuffer,
  type Pdf,
  type TableRow,
} from './pdf.js';
import type { PihakDokumen, SkpDokumen } from './skp-dokumen.js';

const KOSONG = '\u2014'; // "—" for a missing value
const WATERMARK = 'DRAF \u2014 BELUM DISETUJUI';
const SECTION_GAP = 12;

export async function renderSkpPdf(skp: SkpDokumen): Promise<Buffer> {
  const doc = createPdf({
    title: `Sasaran Kinerja Pegawai ${skp.tahun} \u2014 ${skp.pegawai.nama}`,
    subject: `SKP ${skp.pegawai.nama} (NIP ${skp.pegawai.nip}), versi ${skp.versi}, ${skp.status}`,
    // Fixed from the data (never "now"), so the same SKP always gives the same bytes.
    creationDate: tanggalUtc(skp.tanggal ?? skp.periodeMulai) ?? new Date(Date.UTC(skp.tahun, 0, 1)),
  });

  drawJudul(doc, skp);
  drawTable(doc, pihakTable(skp));
  doc.y += SECTION_GAP;
  drawTable(doc, hasilKerjaTable(skp));
  doc.y += SECTION_GAP;
  drawTable(doc, perilakuTable(skp));
  doc.y += SECTION_GAP;
  drawLampiran(doc, skp);
  doc.y += SECTION_GAP;
  await drawPengesahan(doc, skp);

  if (skp.status.trim().toLowerCase() !== 'disetujui') drawWatermark(doc, WATERMARK);
  drawFooters(doc, {
    label: `SKP ${skp.tahun} \u00b7 ${skp.pegawai.nama} \u00b7 versi ${skp.versi} \u00b7 ${skp.status}`,
    hash: skp.verifikasi.hash,
  });
  return toBuffer(doc);
}

/** Title, approach, instansi and period. */
function drawJudul(doc: Pdf, skp: SkpDokumen): void {
  const box = contentBox(doc);
  doc.fillColor('#000000').font(FONT.bold).fontSize(13);
  doc.text('SASARAN KINERJA PEGAWAI', box.left, box.top, { width: box.width, align: 'center' });
  doc.font(FONT.bold).fontSize(9).moveDown(0.2);
  doc.text(`PENDEKATAN HASIL KERJA ${skp.pendekatan}`, { width: box.width, align: 'center' });
  doc.moveDown(0.8);

  // Instansi on the left, the period on the right, each wrapping in its half.
  const y = doc.y;
  const half = box.width / 2;
  const periode = `PERIODE PENILAIAN: ${formatTanggal(skp.periodeMulai)} s.d. ${formatTanggal(skp.periodeSelesai)}`;
  doc.font(FONT.bold).fontSize(9).text(skp.instansiNama.toUpperCase(), box.left, y, { width: half - 6 });
  const leftBottom = doc.y;
  doc.font(FONT.regular).fontSize(9).text(periode, box.left + half, y, { width: half, align: 'right' });
  doc.y = Math.max(leftBottom, doc.y) + 6;
  doc.x = box.left;
}

const pihakRows = (p: PihakDokumen | null): Array<[no: string, label: string, value: string]> => [
  ['1', 'Nama', p?.nama ?? KOSONG],
  ['2', 'NIP', p ? formatNip(p.nip) : KOSONG],
  ['3', 'Pangkat/Gol.', p?.pangkatGolongan ?? KOSONG],
  ['4', 'Jabatan', p?.jabatan ?? KOSONG],
  ['5', 'Unit Kerja', p?.unitKerja ?? KOSONG],
];

/** The two parties side by side: No | label | value, twice. */
function pihakTable(skp: SkpDokumen) {
  const pegawai = pihakRows(skp.pegawai);
  const penilai = pihakRows(skp.pejabatPenilai);
  const center = (text: string) => ({ text, align: 'center' as const });
  return {
    columns: [22, 58, 177, 22, 58, 178],
    header: [['No', { text: 'PEGAWAI YANG DINILAI', colSpan: 2 }, 'No', { text: 'PEJABAT PENILAI KINERJA', colSpan: 2 }]],
    rows: pegawai.map(([no, label, value], i): TableRow => {
      const [, , valuePenilai] = penilai[i]!;
      return [center(no), label, value, center(no), label, valuePenilai];
    }),
  };
}

/** Hasil kerja: A. Utama then B. Tambahan; the RHK cells span their indicator rows. */
function hasilKerjaTable(skp: SkpDokumen) {
  const perspektif = skp.denganPerspektif;
  const columns = perspektif ? [22, 86, 88, 60, 50, 136, 73] : [22, 106, 108, 52, 147, 80];
  const n = columns.length;
  const kolom = [
    'No',
    'Rencana Hasil Kerja Pimpinan yang Diintervensi',
    'Rencana Hasil Kerja',
    ...(perspektif ? ['Perspektif'] : []),
    'Aspek',
    'Indikator Kinerja Individu',
    'Target',
  ];
  const rows: TableRow[] = [];
  const groups = [
    { judul: 'A. Utama', jenis: 'UTAMA' },
    { judul: 'B. Tambahan', jenis: 'TAMBAHAN' },
  ] as const;
  for (const group of groups) {
    rows.push({ cells: [{ text: group.judul, colSpan: n, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
    const rhks = skp.hasilKerja.filter((h) => h.jenis === group.jenis);
    if (rhks.length === 0) rows.push([{ text: KOSONG, colSpan: n, align: 'center' }]);
    rhks.forEach((rhk, i) => {
      const indikator = rhk.indikator.length ? rhk.indikator : [{ aspek: KOSONG, uraian: KOSONG, target: KOSONG }];
      const rowSpan = indikator.length;
      indikator.forEach((iki, j) => {
        const rhkCells =
          j === 0
            ? [
                { text: String(i + 1), rowSpan, align: 'center' as const },
                { text: rhk.rhkAtasan ?? KOSONG, rowSpan },
                { text: rhk.uraian, rowSpan },
                ...(perspektif ? [{ text: rhk.perspektif ?? KOSONG, rowSpan }] : []),
              ]
            : [];
        rows.push([...rhkCells, iki.aspek, iki.uraian, iki.target]);
      });
    });
  }
  return { columns, header: [[{ text: 'HASIL KERJA', colSpan: n, align: 'left' as const }], kolom], rows };
}

/** Perilaku kerja: the seven BerAKHLAK values with their indicators and the superior's expectation. */
function perilakuTable(skp: SkpDokumen) {
  return {
    columns: [22, 260, 233],
    header: [[{ text: 'PERILAKU KERJA', colSpan: 3, align: 'left' as const }], ['No', 'Perilaku Kerja', 'Ekspektasi Khusus Pimpinan']],
    rows: skp.perilaku.map((p, i): TableRow => [
      { text: String(i + 1), align: 'center' },
      { text: p.nama, bold: true, list: p.indikator, listStyle: 'bullet' },
      p.ekspektasi?.trim() || KOSONG,
    ]),
  };
}

/** Lampiran: three numbered lists, each kept with its heading. */
function drawLampiran(doc: Pdf, skp: SkpDokumen): void {
  ensureSpace(doc, 80);
  const box = contentBox(doc);
  doc.fillColor('#000000').font(FONT.bold).fontSize(10);
  doc.text('LAMPIRAN SASARAN KINERJA PEGAWAI', box.left, doc.y, { width: box.width, align: 'center' });
  doc.moveDown(0.5);
  const bagian = [
    ['DUKUNGAN SUMBER DAYA', skp.lampiran.dukunganSumberDaya],
    ['SKEMA PERTANGGUNGJAWABAN', skp.lampiran.skemaPertanggungjawaban],
    ['KONSEKUENSI', skp.lampiran.konsekuensi],
  ] as const;
  const rows: TableRow[] = [];
  bagian.forEach(([judul, items], i) => {
    rows.push({ cells: [{ text: `${i + 1}. ${judul}`, colSpan: 2, bold: true, fill: '#f3f3f3' }], keepWithNext: true });
    if (items.length === 0) rows.push([{ text: KOSONG, colSpan: 2, align: 'center' }]);
    items.forEach((item, j) => rows.push([{ text: `${j + 1}.`, align: 'center' }, item]));
  });
  drawTable(doc, { columns: [22, 493], rows });
}

