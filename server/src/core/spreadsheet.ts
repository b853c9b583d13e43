import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type RawRow = { baris: number; values: Record<string, string> };

export const normalizeHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/\*/g, '')
    .replace(/[\s-]+/g, '_');

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    // A time-only cell (attendance machines' jam masuk/pulang) is a time on Excel's day zero.
    if (iso.startsWith('1899-12-30')) return iso.slice(11, 16);
    return iso.slice(0, 10);
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined || v.result === null ? '' : cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  if (typeof v === 'number') {
    // 18-digit NIPs typed as numbers lose digits in a spreadsheet; keep the mark so validation says so.
    return Number.isSafeInteger(v) ? String(v) : `~${v}`;
  }
  return String(v);
}

/** Reads the first sheet of an XLSX file or a CSV (comma or semicolon) into rows keyed by header. */
export async function readTable(buffer: Buffer, filename: string): Promise<RawRow[]> {
  const isXlsx = buffer.subarray(0, 2).toString('latin1') === 'PK';
  if (isXlsx) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col] = normalizeHeader(cellText(cell.value));
    });
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      const values: Record<string, string> = {};
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const h = headers[col];
        if (h) values[h] = cellText(cell.value).trim();
      });
      if (Object.values(values).some((v) => v !== '')) rows.push({ baris: n, values });
    });
    return rows;
  }
  if (buffer.includes(0)) throw new Error(`${filename}: bukan berkas CSV atau XLSX`);
  const records = parseCsv(buffer, {
    bom: true,
    delimiter: [',', ';'],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    columns: (header: string[]) => header.map(normalizeHeader),
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return records.map((r) => ({ baris: r.info.lines, values: r.record }));
}

/** Builds a template workbook: the header row, an example row, and a sheet of instructions. */
export async function buildTemplate(
  columns: Array<{ key: string; wajib: boolean; keterangan: string; contoh: string; text?: boolean }>,
  sheetName: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian';
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({
    header: c.key,
    key: c.key,
    width: Math.max(14, c.key.length + 4, c.contoh.length + 2),
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  ws.addRow(Object.fromEntries(columns.map((c) => [c.key, c.contoh])));
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('Petunjuk');
  help.columns = [
    { header: 'Kolom', key: 'k', width: 20 },
    { header: 'Wajib', key: 'w', width: 8 },
    { header: 'Keterangan', key: 'd', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow({ k: c.key, w: c.wajib ? 'ya' : 'tidak', d: c.keterangan });
  help.addRow({});
  help.addRow({ k: 'Catatan', d: 'Hapus baris contoh sebelum mengimpor. Berkas dengan satu baris salah ditolak seluruhnya; tidak ada data yang tersimpan sebagian.' });
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

export function toCsv(columns: Array<{ key: string; contoh: string }>): string {
  return stringify([columns.map((c) => c.key), columns.map((c) => c.contoh)]);
}
