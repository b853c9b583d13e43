/**
 * Shared building blocks for the official documents Capaian prints (Formulir SKP, Evaluasi
 * Kinerja, Dokumen Evaluasi, Penetapan Predikat Organisasi): an A4 document with metadata, one
 * table helper (borders, wrapped text, row/col spans, page breaks with the header repeated), a
 * QR code, page footers, a draft watermark and the stream-to-Buffer step.
 *
 * Only pdfkit's built-in fonts are used (Helvetica, Courier: WinAnsi/Latin-1 text), so there are
 * no font files to ship. Every helper sets the font it needs before writing.
 */
import { formatNip } from '@capaian/domain';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { PANJANG_KODE_MIN, type JenisDokumen } from '@capaian/contract/verifikasi';

export type Pdf = PDFKit.PDFDocument;

export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  mono: 'Courier',
} as const;

export interface PdfMeta {
  title: string;
  subject?: string;
  /** Fixed by the caller (e.g. the document's date) so the same input gives the same bytes. */
  creationDate: Date;
}

/** An A4 portrait document with buffered pages (the footers need the page count). */
export function createPdf(meta: PdfMeta): Pdf {
  const info: PDFKit.DocumentInfo = {
    Title: meta.title,
    Author: 'Capaian',
    Creator: 'Capaian',
    Producer: 'Capaian',
    CreationDate: meta.creationDate,
    ModDate: meta.creationDate,
  };
  if (meta.subject) info.Subject = meta.subject;
  return new PDFDocument({
    size: 'A4',
    margins: { top: 36, bottom: 50, left: 40, right: 40 },
    bufferPages: true,
    font: FONT.regular,
    displayTitle: true,
    info,
  });
}

/** Left edge, width and the vertical limits of the current page's content area. */
export function contentBox(doc: Pdf) {
  const { margins, width, height } = doc.page;
  return { left: margins.left, width: width - margins.left - margins.right, top: margins.top, bottom: height - margins.bottom };
}

/** Starts a new page unless `height` points still fit below doc.y. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > contentBox(doc).bottom) doc.addPage();
}

const TANGGAL = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-01-15" (or a full ISO timestamp) → midnight UTC of that day; null if it is not a date. */
export function tanggalUtc(iso: string): Date | null {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-01-15" → "15 Januari 2026". A value that is not a date is returned unchanged. */
export function formatTanggal(iso: string): string {
  const date = tanggalUtc(iso);
  return date ? TANGGAL.format(date) : iso;
}

// ---------------------------------------------------------------------------------------------
// Tables

export interface TableCell {
  text: string;
  /** Lines under `text`, each with a bullet or a number and a hanging indent. */
  list?: readonly string[];
  listStyle?: 'bullet' | 'number';
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  fill?: string;
  colSpan?: number;
  rowSpan?: number;
}
export type CellInput = string | TableCell;
/** A row is its cells (HTML-like: columns covered by a rowSpan from above are skipped). */
export type TableRow = readonly CellInput[] | { cells: readonly CellInput[]; keepWithNext?: boolean };

export interface TableSpec {
  /** Relative column widths, scaled to the content width. */
  columns: readonly number[];
  /** Rows drawn at the top of the table and again on every page it continues on. */
  header?: readonly TableRow[];
  rows: readonly TableRow[];
  fontSize?: number;
}

const PAD_X = 4;
const PAD_Y = 3;
const LINE_GAP = 1;
const LIST_INDENT = { bullet: 8, number: 12 } as const;
const BORDER = '#000000';
const HEADER_FILL = '#e6e6e6';

/** A cell with its position in the grid and its measured height. */
interface Placed {
  cell: TableCell;
  row: number;
  rowSpan: number;
  x: number;
  width: number;
  textHeight: number;
  itemHeights: number[];
  height: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const textOptions = (width: number, align: TableCell['align'] = 'left') => ({ width, align, lineGap: LINE_GAP });

function placeCells(doc: Pdf, rows: readonly TableRow[], colX: number[], colW: number[], fontSize: number, defaults: Partial<TableCell>) {
  const n = colW.length;
  const occupiedUntil = new Array<number>(n).fill(0);
  const byRow: Placed[][] = [];
  const keep: boolean[] = [];
  rows.forEach((input, r) => {
    const cells = 'cells' in input ? input.cells : input;
    keep.push('cells' in input && input.keepWithNext === true);
    const placed: Placed[] = [];
    let col = 0;
    for (const c of cells) {
      while (col < n && occupiedUntil[col]! > r) col++;
      if (col >= n) throw new Error(`table row ${r} has more cells than columns`);
      const cell: TableCell = { ...defaults, ...(typeof c === 'string' ? { text: c } : c) };
      const colSpan = Math.min(cell.colSpan ?? 1, n - col);
      const rowSpan = Math.min(cell.rowSpan ?? 1, rows.length - r);
      const width = sum(colW.slice(col, col + colSpan));
      placed.push({ cell, row: r, rowSpan, x: colX[col]!, width, ...measureCell(doc, cell, width - 2 * PAD_X, fontSize) });
      for (let i = col; i < col + colSpan; i++) occupiedUntil[i] = r + rowSpan;
      col += colSpan;
    }
    byRow.push(placed);
  });
  return { byRow, keep };
}

function measureCell(doc: Pdf, cell: TableCell, width: number, fontSize: number) {
  let textHeight = 0;
  if (cell.text) {
    doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(fontSize);
    textHeight = doc.heightOfString(cell.text, textOptions(width, cell.align));
  }
  doc.font(FONT.regular).fontSize(fontSize);
  const indent = LIST_INDENT[cell.listStyle ?? 'bullet'];
  const itemHeights = (cell.list ?? []).map((item) => doc.heightOfString(item, textOptions(width - indent)));
  const height = textHeight + sum(itemHeights) + 2 * PAD_Y;
  return { textHeight, itemHeights, height };
}

/**
 * Row heights for the rows [a, b) drawn together on one page. A cell spanning rows outside the
 * range is cut to it (and its text repeated); a spanning cell taller than its rows spreads the
 * difference evenly over them.
 */
function rowHeights(cells: readonly Placed[], a: number, b: number): number[] {
  const heights = new Array<number>(b - a).fill(0);
  const spans: Array<{ from: number; to: number; height: number }> = [];
  for (const c of cells) {
    const from = Math.max(c.row, a);
    const to = Math.min(c.row + c.rowSpan, b);
    if (from >= to) continue;
    if (to - from === 1) heights[from - a] = Math.max(heights[from - a]!, c.height);
    else spans.push({ from, to, height: c.height });
  }
  spans.sort((p, q) => p.to - p.from - (q.to - q.from));
  for (const s of spans) {
    const extra = (s.height - sum(heights.slice(s.from - a, s.to - a))) / (s.to - s.from);
    if (extra > 0) for (let i = s.from; i < s.to; i++) heights[i - a]! += extra;
  }
  return heights;
}

/** Draws the rows [a, b) at y with the given heights: fills, then text, then borders. */
function drawRows(doc: Pdf, cells: readonly Placed[], a: number, b: number, heights: number[], y: number, fontSize: number): void {
  const offset = [0];
  for (const h of heights) offset.push(offset[offset.length - 1]! + h);
  const boxes = cells
    .map((c) => {
      const from = Math.max(c.row, a);
      const to = Math.min(c.row + c.rowSpan, b);
      return { c, y: y + offset[from - a]!, h: offset[to - a]! - offset[from - a]!, visible: from < to };
    })
    .filter((box) => box.visible);

  for (const { c, y: cy, h } of boxes) if (c.cell.fill) doc.rect(c.x, cy, c.width, h).fill(c.cell.fill);

  doc.fillColor('#000000');
  for (const { c, y: cy, h } of boxes) {
    const { cell } = c;
    const width = c.width - 2 * PAD_X;
    const x = c.x + PAD_X;
    const bottom = cy + h - PAD_Y + 1; // text is clipped here (only a row taller than a page overflows)
    let ty = cy + PAD_Y + (cell.valign === 'middle' ? Math.max(0, (h - c.height) / 2) : 0);
    if (cell.text) {
      doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(fontSize);
      doc.text(cell.text, x, ty, { ...textOptions(width, cell.align), height: Math.max(bottom - ty, 1) });
      ty += c.textHeight;
    }
    doc.font(FONT.regular).fontSize(fontSize);
    const style = cell.listStyle ?? 'bullet';
    (cell.list ?? []).forEach((item, i) => {
      if (ty >= bottom) return;
      doc.text(style === 'bullet' ? '\u2022' : `${i + 1}.`, x, ty, { lineBreak: false });
      doc.text(item, x + LIST_INDENT[style], ty, { ...textOptions(width - LIST_INDENT[style]), height: Math.max(bottom - ty, 1) });
      ty += c.itemHeights[i]!;
    });
  }

  doc.lineWidth(0.5);
  for (const { c, y: cy, h } of boxes) doc.rect(c.x, cy, c.width, h);
  doc.stroke(BORDER);
}

/** The end (exclusive) of the block starting at row s: rows held together by rowSpans and keepWithNext. */
function blockEnd(byRow: readonly Placed[][], keep: readonly boolean[], s: number): number {
  let e = s + 1;
  for (let grown = true; grown; ) {
    grown = false;
    for (let r = s; r < e; r++) {
      for (const c of byRow[r]!) {
        if (c.row + c.rowSpan > e) {
          e = c.row + c.rowSpan;
          grown = true;
        }
      }
    }
    if (keep[e - 1] && e < byRow.length) {
      e += 1;
      grown = true;
    }
  }
  return e;
}

/**
 * Draws a bordered table from doc.y across the content width and leaves doc.y under it.
 * Rows tied together by a rowSpan (or keepWithNext) move to the next page as one block when
 * they do not fit; a block taller than a whole page is split between rows, repeating the text
 * of the cells it cuts. The header rows are repeated at the top of every page.
 */
export function drawTable(doc: Pdf, spec: TableSpec): void {
  const fontSize = spec.fontSize ?? 8;
  const box = contentBox(doc);
  const total = sum(spec.columns);
  const colW = spec.columns.map((w) => (w / total) * box.width);
  const colX = colW.map((_, i) => box.left + sum(colW.slice(0, i)));

  const headerDefaults: Partial<TableCell> = { bold: true, align: 'center', valign: 'middle', fill: HEADER_FILL };
  const header = placeCells(doc, spec.header ?? [], colX, colW, fontSize, headerDefaults);
  const headerCells = header.byRow.flat();
  const headerHeights = rowHeights(headerCells, 0, header.byRow.length);
  const headerHeight = sum(headerHeights);
  const body = placeCells(doc, spec.rows, colX, colW, fontSize, {});

  let y = doc.y;
  let headerDrawn = false;
  const pageTop = () => doc.page.margins.top + (headerDrawn ? headerHeight : 0);
  const newPage = () => {
    doc.addPage();
    y = doc.page.margins.top;
    headerDrawn = false;
  };

  for (let s = 0; s < body.byRow.length; ) {
    const e = blockEnd(body.byRow, body.keep, s);
    const cells = body.byRow.slice(s, e).flat();
    const height = (a: number, b: number) => sum(rowHeights(cells, a, b));
    const fullPage = box.bottom - box.top - headerHeight;

    for (let r = s; r < e; ) {
      const fresh = y <= pageTop() + 0.01;
      const avail = box.bottom - y - (headerDrawn ? 0 : headerHeight);
      let k = e;
      if (height(r, e) > avail) {
        if (!fresh && height(r, e) <= fullPage) {
          newPage();
          continue;
        }
        k = r + 1;
        while (k < e && height(r, k + 1) <= avail) k++;
        if (height(r, k) > avail && !fresh) {
          newPage();
          continue;
        }
      }
      if (!headerDrawn) {
        if (headerCells.length) drawRows(doc, headerCells, 0, header.byRow.length, headerHeights, y, fontSize);
        y += headerHeight;
        headerDrawn = true;
      }
      const heights = rowHeights(cells, r, k);
      const overflow = y + sum(heights) - box.bottom;
      if (overflow > 0) heights[heights.length - 1]! -= overflow; // one row taller than a page: clipped
      drawRows(doc, cells, r, k, heights, y, fontSize);
      y += sum(heights);
      r = k;
    }
    s = e;
  }
  doc.x = box.left;
  doc.y = y;
}

// ---------------------------------------------------------------------------------------------
// QR code, watermark, footers, output

/**
 * pngjs (qrcode's PNG encoder) also takes colorType and filterType, which @types/qrcode does not
 * list: an 8-bit greyscale PNG without alpha and unfiltered rows is embedded by pdfkit as is,
 * without decoding pixels or building a soft mask (several times faster than the RGBA default).
 */
const QR_PNG = { colorType: 0, filterType: 0, deflateLevel: 6 };

/** The address a document's QR code opens: the public verification page of its type (decision 0004). */
export function tautanVerifikasi(publicUrl: string, jenis: JenisDokumen, id: string, hash: string): string {
  return `${publicUrl}/verifikasi/${jenis}/${id}?h=${hash}`;
}

/** Whether a code typed or scanned (the full hash or its printed prefix) matches a document's hash. */
export const kodeCocok = (hash: string | null | undefined, kode: string): boolean =>
  !!hash && kode.length >= PANJANG_KODE_MIN && hash.toLowerCase().startsWith(kode.toLowerCase());

/**
 * The verification block: the QR code, a line saying what it is for, and the printed code (the
 * hash's first characters, enough to type on the verification page).
 */
export async function drawBlokVerifikasi(doc: Pdf, v: { url: string; hash: string }, x: number, y: number, width: number, size = 80): Promise<void> {
  await drawQr(doc, v.url, x + (width - size) / 2, y, size);
  doc.font(FONT.regular).fontSize(6.5).fillColor('#333333');
  doc.text('Pindai untuk memeriksa keaslian dokumen', x, y + size + 4, { width, align: 'center' });
  doc.font(FONT.mono).fontSize(7).text(v.hash.slice(0, PANJANG_KODE_MIN), x, doc.y + 1, { width, align: 'center' });
  doc.fillColor('#000000');
}

/** Draws a QR code (PNG from qrcode, embedded as an image) of `size` points at (x, y). */
export async function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): Promise<void> {
  const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 0, scale: 5, rendererOpts: QR_PNG });
  doc.image(png, x, y, { width: size, height: size });
}

/** A light diagonal text across every page (e.g. a draft mark). Call after all content. */
export function drawWatermark(doc: Pdf, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    const diagonal = Math.hypot(width, height);
    doc.font(FONT.bold).fontSize(1);
    const size = Math.min(60, (0.75 * diagonal) / doc.widthOfString(text));
    doc.fontSize(size);
    doc.save();
    doc.rotate((-Math.atan2(height, width) * 180) / Math.PI, { origin: [width / 2, height / 2] });
    doc.fillColor('#808080').fillOpacity(0.2);
    doc.text(text, width / 2 - doc.widthOfString(text) / 2, height / 2 - size * 0.35, { lineBreak: false });
    doc.restore();
  }
}

/**
 * Footer on every page: `label` and "Halaman X dari Y" on one line, the verification hash under
 * it (a document that is not verified, such as a printed guide, has none). Call after all content
 * (it needs the page count).
 */
export function drawFooters(doc: Pdf, footer: { label: string; hash?: string }): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const box = contentBox(doc);
    const y = box.bottom + 12;
    doc.lineWidth(0.5).moveTo(box.left, y - 4).lineTo(box.left + box.width, y - 4).stroke('#999999');
    doc.fillColor('#444444').font(FONT.regular).fontSize(7);
    const halaman = `Halaman ${i + 1} dari ${count}`;
    const halamanWidth = doc.widthOfString(halaman);
    doc.text(halaman, box.left + box.width - halamanWidth, y, { lineBreak: false });
    doc.text(footer.label, box.left, y, { width: box.width - halamanWidth - 12, height: 9, ellipsis: true });
    if (footer.hash) doc.font(FONT.mono).fontSize(6.5).text(`Kode verifikasi: ${footer.hash}`, box.left, y + 10, { lineBreak: false });
  }
  doc.fillColor('#000000');
}

/** Ends the document and collects its bytes. */
export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** One signing party of a document (the pegawai, the pejabat penilai). */
export interface Penandatangan {
  nama: string;
  nip: string;
}

/**
 * Signatures: the pegawai on the left, the pejabat penilai (under place and date) on the right,
 * and between them the QR code that verifies the document. Shared by every official document.
 */
export async function drawPengesahan(
  doc: Pdf,
  d: { tempat: string; tanggal: string | null; pegawai: Penandatangan; pejabatPenilai: Penandatangan | null; verifikasi: { url: string; hash: string } },
  opts: { top?: number } = {},
): Promise<void> {
  const QR = 80;
  const KOSONG = '\u2014';
  ensureSpace(doc, 135 + (opts.top ?? 0));
  const box = contentBox(doc);
  const colW = 180;
  const left = box.left;
  const right = box.left + box.width - colW;
  const mid = left + colW;
  const midW = right - mid;
  const y = doc.y + (opts.top ?? 0);
  const tanggal = d.tanggal ? formatTanggal(d.tanggal) : '.....................';
  const pihak = (x: number, baris1: string, peran: string, p: Penandatangan | null) => {
    const o = { width: colW, align: 'center' as const };
    doc.fillColor('#000000').font(FONT.regular).fontSize(9);
    doc.text(baris1, x, y, o);
    doc.text(peran, x, y + 12, o);
    doc.font(FONT.bold).text(p?.nama || KOSONG, x, y + 86, { ...o, underline: !!p?.nama });
    doc.font(FONT.regular).text(p?.nip ? `NIP. ${formatNip(p.nip)}` : KOSONG, o);
    return doc.y;
  };
  const bottomLeft = pihak(left, ' ', 'Pegawai yang Dinilai', d.pegawai);
  const bottomRight = pihak(right, `${d.tempat}, ${tanggal}`, 'Pejabat Penilai Kinerja', d.pejabatPenilai);
  await drawBlokVerifikasi(doc, d.verifikasi, mid, y + 4, midW, QR);
  doc.x = box.left;
  doc.y = Math.max(bottomLeft, bottomRight, doc.y);
}
