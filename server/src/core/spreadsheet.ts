import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { AppError } from './errors.js';

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

/**
 * Limits on a spreadsheet, checked before and while it is read (issue #11: a 1.3 MB XLSX that
 * unpacks to hundreds of megabytes must not freeze the server).
 */
export interface BatasTabel {
  /** Data rows (the header row not counted). */
  maksBaris: number;
  maksKolom: number;
  /** Characters in one cell. */
  maksPanjangSel: number;
  /** Bytes of the XLSX's parts once unpacked (summed), and the largest unpacked/packed ratio of a big part. */
  maksTerurai: number;
  maksRasio: number;
  /** Parts (files) inside the XLSX. */
  maksBagian: number;
  /** Wall time of the reading, and the memory of the worker that reads. */
  maksDetik: number;
  maksMemoriMb: number;
}

export const BATAS_TABEL_BAWAAN: BatasTabel = {
  maksBaris: 20_000,
  maksKolom: 60,
  maksPanjangSel: 2_000,
  maksTerurai: 60 * 1024 * 1024,
  maksRasio: 200,
  maksBagian: 500,
  maksDetik: 30,
  maksMemoriMb: 384,
};

/** Largest spreadsheet file accepted for any import (bytes, as uploaded). */
export const BATAS_BERKAS_TABEL = 10 * 1024 * 1024;

/** A spreadsheet over a limit: refused whole, naming the limit (413, nothing read further). */
const melampaui = (pesan: string) => new AppError('spreadsheet_melampaui_batas', pesan);

/**
 * Checks an XLSX's parts before anything reads it: their number, their declared sizes and ratios
 * from the ZIP directory (a bomb that tells the truth is refused without unpacking a byte), then
 * each part unpacked and counted, stopping at the total limit or as soon as a part unpacks to
 * more than it declared (a bomb that lies). Unpacking is zlib's, off the request thread, and
 * never goes beyond `maksTerurai` bytes.
 */
async function periksaZip(buffer: Buffer, batas: BatasTabel): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, z) => (err || !z ? reject(err ?? new Error('zip')) : resolve(z))),
  ).catch(() => {
    throw tidakTerbaca();
  });
  const terlaluBesar = () =>
    melampaui(`Berkas ditolak: isi XLSX lebih dari ${Math.round(batas.maksTerurai / 1024 / 1024)} MB setelah diurai. Bagi data menjadi beberapa berkas.`);
  let bagian = 0;
  let dinyatakan = 0;
  let terurai = 0;
  const hitung = (e: yauzl.Entry) =>
    new Promise<void>((resolve, reject) =>
      zip.openReadStream(e, (err, stream) => {
        if (err || !stream) return reject(tidakTerbaca());
        stream.on('data', (chunk: Buffer) => {
          terurai += chunk.length;
          if (terurai > batas.maksTerurai) {
            stream.destroy();
            reject(terlaluBesar());
          }
        });
        // yauzl fails the stream when a part unpacks to more (or less) than the directory says.
        stream.on('error', () => reject(tidakTerbaca()));
        stream.on('end', () => resolve());
      }),
    );
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      bagian += 1;
      dinyatakan += e.uncompressedSize;
      const rasio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : Infinity;
      if (bagian > batas.maksBagian) return reject(melampaui(`Berkas ditolak: lebih dari ${batas.maksBagian} bagian di dalam XLSX.`));
      if (dinyatakan > batas.maksTerurai) return reject(terlaluBesar());
      if (e.uncompressedSize > 1024 * 1024 && rasio > batas.maksRasio)
        return reject(melampaui('Berkas ditolak: isi XLSX dipadatkan secara tidak wajar. Simpan ulang dari aplikasi lembar kerja lalu unggah kembali.'));
      if (e.fileName.endsWith('/')) return zip.readEntry();
      hitung(e).then(() => zip.readEntry(), reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(tidakTerbaca()));
    zip.readEntry();
  });
}

/**
 * Reads the first sheet of an XLSX file or a CSV (comma or semicolon) into rows keyed by header,
 * within `batas`. An XLSX's parts are first checked and counted (an unpacking bomb is refused
 * in well under a second); the reading itself runs in a worker thread with a memory and time limit, so a large
 * or hostile file never holds up other requests. Over a limit → 413 'spreadsheet_melampaui_batas';
 * not a spreadsheet → 400 'unreadable_file'.
 */
export async function readTable(buffer: Buffer, filename: string, batas: BatasTabel = BATAS_TABEL_BAWAAN): Promise<RawRow[]> {
  const isXlsx = buffer.subarray(0, 2).toString('latin1') === 'PK';
  if (isXlsx) await periksaZip(buffer, batas);
  else if (buffer.includes(0)) throw tidakTerbaca();
  return bacaDiWorker(buffer, filename, batas);
}

const tidakTerbaca = () => new AppError('unreadable_file', 'Berkas tidak dapat dibaca. Gunakan format XLSX atau CSV sesuai templat.');

/** A file refused for its size or shape (over a limit) rather than for its content: callers pass it on as it is. */
export const melampauiBatas = (e: unknown): e is AppError => e instanceof AppError && e.id === 'spreadsheet_melampaui_batas';

/** The worker's answer to one job. */
export type HasilWorker = { id: number } & ({ ok: true; rows: RawRow[] } | { ok: false; error: 'spreadsheet_melampaui_batas' | 'unreadable_file'; pesan: string });
export type TugasWorker = { id: number; buffer: Uint8Array; filename: string; batas: BatasTabel };

// The worker runs TypeScript like the rest of the server (decision 0001): a small plain-JS
// bootstrap registers tsx's loader in the worker, then loads the TypeScript entry.
const BOOT_WORKER = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((api) => { api.register(); return import(workerData.entry); });
`;

/**
 * The readers: at most `UKURAN_POOL` worker threads, started on demand and kept warm (starting one
 * costs about a second), each reading one file at a time under the memory limit. A worker that
 * times out or runs out of memory is terminated and replaced; an idle one ends after a while and
 * one that read a big file is replaced, so the memory goes back to its baseline. Files beyond the
 * queue's length are refused (429) rather than piled up.
 */
const UKURAN_POOL = 2;
const ANTREAN_MAKS = 8;
const DIAM_MS = 60_000;
const BESAR_DIGANTI = 2 * 1024 * 1024;

interface Pembaca {
  worker: Worker;
  sibuk: boolean;
  jedaTimer?: NodeJS.Timeout;
}

type Menunggu = { tugas: Omit<TugasWorker, 'id'>; resolve: (rows: RawRow[]) => void; reject: (e: unknown) => void };

const pembaca: Pembaca[] = [];
const antrean: Menunggu[] = [];
let nomorTugas = 0;

function mulaiPembaca(batas: BatasTabel): Pembaca {
  const worker = new Worker(BOOT_WORKER, {
    eval: true,
    workerData: { loader: import.meta.resolve('tsx/esm/api'), entry: new URL('./spreadsheet-worker.ts', import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: batas.maksMemoriMb, maxYoungGenerationSizeMb: 64 },
  });
  worker.unref();
  const p: Pembaca = { worker, sibuk: false };
  pembaca.push(p);
  return p;
}

function buang(p: Pembaca) {
  const i = pembaca.indexOf(p);
  if (i >= 0) pembaca.splice(i, 1);
  clearTimeout(p.jedaTimer);
  p.worker.removeAllListeners();
  void p.worker.terminate();
}

function jalankanBerikutnya() {
  while (antrean.length > 0) {
    const tugas = antrean[0]!;
    let p = pembaca.find((x) => !x.sibuk);
    if (!p && pembaca.length < UKURAN_POOL) p = mulaiPembaca(tugas.tugas.batas);
    if (!p) return;
    antrean.shift();
    kerjakan(p, tugas);
  }
}

function kerjakan(p: Pembaca, { tugas, resolve, reject }: Menunggu) {
  p.sibuk = true;
  clearTimeout(p.jedaTimer);
  const id = ++nomorTugas;
  let selesai = false;
  const akhiri = (hasil: { rows: RawRow[] } | { error: unknown }, ganti: boolean) => {
    if (selesai) return;
    selesai = true;
    clearTimeout(timer);
    p.worker.off('message', onMessage);
    p.worker.off('error', onError);
    p.worker.off('exit', onExit);
    p.sibuk = false;
    if (ganti) buang(p);
    else {
      p.jedaTimer = setTimeout(() => buang(p), DIAM_MS);
      p.jedaTimer.unref();
    }
    if ('rows' in hasil) resolve(hasil.rows);
    else reject(hasil.error);
    jalankanBerikutnya();
  };
  const onMessage = (m: HasilWorker) => {
    if (m.id !== id) return;
    const besar = tugas.buffer.byteLength > BESAR_DIGANTI;
    akhiri(m.ok ? { rows: m.rows } : { error: new AppError(m.error, m.pesan) }, besar);
  };
  const onError = (err: Error & { code?: string }) =>
    akhiri(
      {
        error:
          err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? melampaui('Berkas ditolak: isinya terlalu besar untuk dibaca. Bagi data menjadi beberapa berkas.') : tidakTerbaca(),
      },
      true,
    );
  const onExit = () => akhiri({ error: tidakTerbaca() }, true);
  const timer = setTimeout(
    () => akhiri({ error: melampaui(`Berkas ditolak: pembacaan melebihi ${tugas.batas.maksDetik} detik. Bagi data menjadi beberapa berkas.`) }, true),
    tugas.batas.maksDetik * 1000,
  );
  p.worker.on('message', onMessage);
  p.worker.once('error', onError);
  p.worker.once('exit', onExit);
  p.worker.postMessage({ id, ...tugas } satisfies TugasWorker);
}

function bacaDiWorker(buffer: Buffer, filename: string, batas: BatasTabel): Promise<RawRow[]> {
  if (antrean.length >= ANTREAN_MAKS)
    return Promise.reject(new AppError('terlalu_banyak', 'Terlalu banyak berkas sedang dibaca. Coba lagi sebentar lagi.', undefined, { cobaLagiDetik: 10 }));
  return new Promise((resolve, reject) => {
    antrean.push({ tugas: { buffer, filename, batas }, resolve, reject });
    jalankanBerikutnya();
  });
}

/** The reading itself (in the worker): the first sheet, row by row, stopping at a limit. */
export async function bacaTabel(buffer: Buffer, filename: string, batas: BatasTabel): Promise<RawRow[]> {
  const isXlsx = buffer.subarray(0, 2).toString('latin1') === 'PK';
  const periksaBaris = (rows: RawRow[], values: Record<string, string>) => {
    if (rows.length >= batas.maksBaris) throw melampaui(`Berkas ditolak: lebih dari ${batas.maksBaris} baris data. Bagi data menjadi beberapa berkas.`);
    if (Object.keys(values).length > batas.maksKolom) throw melampaui(`Berkas ditolak: lebih dari ${batas.maksKolom} kolom.`);
  };
  const sel = (text: string, baris: number) => {
    if (text.length > batas.maksPanjangSel) throw melampaui(`Berkas ditolak: baris ${baris} berisi sel lebih dari ${batas.maksPanjangSel} karakter.`);
    // NUL cannot be stored as text; other control characters are dropped.
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  };
  if (isXlsx) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
    const rows: RawRow[] = [];
    for await (const ws of reader) {
      const headers: string[] = [];
      for await (const row of ws) {
        const n = row.number;
        if (headers.length === 0) {
          row.eachCell({ includeEmpty: true }, (cell, col) => {
            if (col > batas.maksKolom) throw melampaui(`Berkas ditolak: lebih dari ${batas.maksKolom} kolom.`);
            headers[col] = normalizeHeader(sel(cellText(cell.value), n));
          });
          if (headers.length === 0) headers[0] = '';
          continue;
        }
        const values: Record<string, string> = {};
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          const h = headers[col];
          if (h) values[h] = sel(cellText(cell.value), n).trim();
        });
        if (Object.values(values).some((v) => v !== '')) {
          periksaBaris(rows, values);
          rows.push({ baris: n, values });
        }
      }
      break; // the first sheet only
    }
    return rows;
  }
  const records = parseCsv(buffer, {
    bom: true,
    delimiter: [',', ';'],
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    to_line: batas.maksBaris + 2,
    max_record_size: batas.maksPanjangSel * batas.maksKolom,
    columns: (header: string[]) => {
      if (header.length > batas.maksKolom) throw melampaui(`Berkas ditolak: lebih dari ${batas.maksKolom} kolom.`);
      return header.map((h) => normalizeHeader(sel(h, 1)));
    },
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  const rows: RawRow[] = [];
  for (const r of records) {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.record)) values[k] = sel(v ?? '', r.info.lines);
    periksaBaris(rows, values);
    rows.push({ baris: r.info.lines, values });
  }
  return rows;
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
