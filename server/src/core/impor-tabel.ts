/**
 * The all-or-nothing table import's common parts (kehadiran, the training catalogue): read the
 * rows of an XLSX/CSV file, drop empty rows, check the required columns of the template, and refuse
 * the whole file with every problem listed (400 impor_ditolak, `details.baris`).
 */
import { AppError } from './errors.js';
import { melampauiBatas, readTable, type RawRow } from './spreadsheet.js';

export interface BarisBermasalah {
  baris: number;
  kolom: string;
  alasan: string;
}

/** At most this many problems are listed (the count in the message is always complete). */
const MAKS_MASALAH = 1000;

export function imporDitolak(masalah: BarisBermasalah[], pesan?: string): AppError {
  const contoh = masalah.slice(0, 10).map((m) => `baris ${m.baris}, ${m.kolom}: ${m.alasan}`);
  const message =
    pesan ??
    `Berkas ditolak (${masalah.length} kesalahan); tidak ada data yang disimpan. ${contoh.join('; ')}${masalah.length > contoh.length ? '; …' : ''}`;
  return new AppError('impor_ditolak', message, undefined, { baris: masalah.slice(0, MAKS_MASALAH) });
}

/** The non-empty rows of an uploaded table that has every required column of the template `nama`. */
export async function bacaBarisImpor(file: Buffer, filename: string, kolom: ReadonlyArray<{ key: string; wajib: boolean }>, nama: string): Promise<RawRow[]> {
  let rows: RawRow[];
  try {
    rows = await readTable(file, filename);
  } catch (e) {
    if (melampauiBatas(e)) throw e;
    throw imporDitolak([], 'Berkas tidak dapat dibaca. Gunakan format XLSX atau CSV sesuai templat.');
  }
  rows = rows.filter((r) => Object.values(r.values).some((v) => v.trim() !== ''));
  if (rows.length === 0) throw imporDitolak([], 'Berkas tidak berisi baris data.');
  const missing = kolom.filter((c) => c.wajib && !rows.some((r) => c.key in r.values));
  if (missing.length)
    throw imporDitolak(
      missing.map((c) => ({ baris: 1, kolom: c.key, alasan: 'kolom wajib tidak ada di baris judul' })),
      `Kolom wajib tidak ada: ${missing.map((c) => c.key).join(', ')}. Gunakan templat impor ${nama}.`,
    );
  return rows;
}
