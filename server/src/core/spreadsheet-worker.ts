/**
 * A worker thread that reads spreadsheets (core/spreadsheet.ts `readTable`), one job at a time:
 * whatever a file does to memory or time happens here, under the thread's limits, not on the
 * request thread.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from './errors.js';
import { bacaTabel, type HasilWorker, type TugasWorker } from './spreadsheet.js';

parentPort?.on('message', (t: TugasWorker) => {
  void baca(t).then((hasil) => parentPort?.postMessage(hasil));
});

async function baca({ id, buffer, filename, batas }: TugasWorker): Promise<HasilWorker> {
  try {
    const rows = await bacaTabel(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), filename, batas);
    return { id, ok: true, rows };
  } catch (e) {
    if (e instanceof AppError && (e.id === 'spreadsheet_melampaui_batas' || e.id === 'unreadable_file')) return { id, ok: false, error: e.id, pesan: e.message };
    return { id, ok: false, error: 'unreadable_file', pesan: 'Berkas tidak dapat dibaca. Gunakan format XLSX atau CSV sesuai templat.' };
  }
}
