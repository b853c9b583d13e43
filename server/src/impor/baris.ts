/**
 * What the kinds of rows (unit, jabatan, pegawai) share: a column's description for the templates
 * and the header check, a problem found in a row, the small value readers, the kode/nama check of
 * organisation rows, and what the import hands each kind inside its transaction.
 */
import type { Tx } from '../db/client.js';
import type { RawRow } from '../core/spreadsheet.js';
import type { PerubahanPegawai } from '@capaian/contract/impor';

export type Column = { key: string; wajib: boolean; keterangan: string; contoh: string; text?: boolean };

export interface ImportProblem {
  baris: number;
  kolom: string;
  pesan: string;
}

export const yaTidak = (v: string | undefined) => ['ya', 'y', 'true', '1'].includes((v ?? '').toLowerCase());
export const blank = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);
const KodeRe = /^[A-Za-z0-9._-]{1,40}$/;

/** The kode (format, unique in the file) and nama columns every organisation row has; returns the kode. */
export function checkKodeNama(r: RawRow, fileKodes: Map<string, number>, add: (baris: number, kolom: string, pesan: string) => void) {
  const kode = blank(r.values.kode);
  if (!kode) add(r.baris, 'kode', 'wajib diisi');
  else if (!KodeRe.test(kode)) add(r.baris, 'kode', 'hanya huruf, angka, titik, garis bawah atau tanda hubung (maks. 40)');
  else if (fileKodes.has(kode)) add(r.baris, 'kode', `kode ganda (juga di baris ${fileKodes.get(kode)})`);
  else fileKodes.set(kode, r.baris);
  if (!blank(r.values.nama)) add(r.baris, 'nama', 'wajib diisi');
  return kode;
}

/** What the import hands a kind of rows: the file's rows, the instansi's units, where to put problems. */
export interface KonteksImpor {
  tx: Tx;
  instansiId: string;
  rows: RawRow[];
  /** The instansi's units before this file. */
  units: Array<{ id: string; kode: string; parentId: string | null }>;
  /** Unit id by kode (the unit rows add the units they create). */
  unitByKode: Map<string, string>;
  problems: ImportProblem[];
  add: (baris: number, kolom: string, pesan: string) => void;
}

/**
 * Every problem of the file (nothing written), or how many records were created and updated —
 * for pegawai also which existing pegawai changed (old and new values) and how many of the
 * file's pegawai have no account.
 */
export type HasilImporJenis =
  | { problems: ImportProblem[] }
  | { created: number; updated: number; perubahan?: PerubahanPegawai[]; tanpaAkun?: number };

/** A kind of rows: its columns, and the checks and writes of its rows (writing only when no row is bad). */
export interface JenisBaris {
  kolom: Column[];
  simpan(k: KonteksImpor): Promise<HasilImporJenis>;
}
