/**
 * Bulk entry of progress: the XLSX template (prefilled with rencana aksi) and the reading and
 * row-by-row format checks of an uploaded XLSX/CSV. Reading reuses the import feature's table
 * reader; the rules that need the database (whose RHK, which period) are in the service.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../core/errors.js';
import { BATAS_TABEL_BAWAAN, melampauiBatas, readTable } from '../core/spreadsheet.js';
import type { TemplatRow } from './repository.js';

/** The most rows one file may carry. */
export const BATAS_BARIS = 20_000;

export interface BarisImpor {
  baris: number;
  nip: string | null;
  rencanaAksiId: string | null;
  rhkId: string | null;
  tanggal: string;
  uraian: string;
  jumlah: number | null;
}

export interface MasalahBaris {
  baris: number;
  kolom: string;
  alasan: string;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const blank = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);

const ditolak = (message: string, baris: MasalahBaris[] = []) => new AppError('impor_ditolak', message, undefined, { baris });

/** 'YYYY-MM-DD', 'DD/MM/YYYY' or 'DD-MM-YYYY' → 'YYYY-MM-DD', or null when not a calendar date. */
export function parseTanggal(v: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads an uploaded file into rows and checks each row's format. Rows left as the template
 * prefilled them (no tanggal, uraian or jumlah) are skipped. A file that cannot be read, has no
 * rows or lacks required columns is refused outright.
 */
export async function bacaImpor(buffer: Buffer, filename: string): Promise<{ data: BarisImpor[]; masalah: MasalahBaris[] }> {
  let rows: Awaited<ReturnType<typeof readTable>>;
  try {
    rows = await readTable(buffer, filename, { ...BATAS_TABEL_BAWAAN, maksBaris: BATAS_BARIS });
  } catch (e) {
    if (melampauiBatas(e)) throw e;
    throw ditolak('Berkas tidak dapat dibaca: unggah berkas XLSX atau CSV dari templat.');
  }
  if (rows.length === 0) throw ditolak('Berkas tidak berisi baris data.');
  const header = rows[0]?.values ?? {};
  const kolomHilang = ['tanggal', 'uraian'].filter((k) => !(k in header));
  if (!('rencana_aksi_id' in header) && !('rhk_id' in header)) kolomHilang.push('rencana_aksi_id');
  if (kolomHilang.length)
    throw ditolak(
      `Kolom wajib tidak ada: ${kolomHilang.join(', ')}. Gunakan templat dari Capaian.`,
      kolomHilang.map((kolom) => ({ baris: 1, kolom, alasan: 'kolom wajib tidak ada' })),
    );
  if (rows.length > BATAS_BARIS) throw ditolak(`Berkas berisi ${rows.length} baris; paling banyak ${BATAS_BARIS} baris per berkas.`);

  const data: BarisImpor[] = [];
  const masalah: MasalahBaris[] = [];
  for (const { baris, values: v } of rows) {
    const tanggalTeks = blank(v.tanggal);
    const uraian = blank(v.uraian);
    const jumlahTeks = blank(v.jumlah);
    // A prefilled row nobody filled in.
    if (!tanggalTeks && !uraian && !jumlahTeks) continue;
    const add = (kolom: string, alasan: string) => masalah.push({ baris, kolom, alasan });
    const before = masalah.length;

    const nipTeks = blank(v.nip);
    if (nipTeks && nipTeks.startsWith('~')) add('nip', 'NIP terpotong oleh spreadsheet: ketik NIP sebagai teks (18 digit)');
    else if (nipTeks && !/^\d{18}$/.test(nipTeks)) add('nip', 'NIP harus 18 digit angka');

    const rencanaAksiId = blank(v.rencana_aksi_id);
    const rhkId = blank(v.rhk_id);
    if (rencanaAksiId && !UUID_RE.test(rencanaAksiId)) add('rencana_aksi_id', 'bukan id rencana aksi dari templat');
    if (rhkId && !UUID_RE.test(rhkId)) add('rhk_id', 'bukan id RHK dari templat');
    if (!rencanaAksiId && !rhkId) add('rencana_aksi_id', 'wajib diisi (atau rhk_id): salin baris dari templat');

    const tanggal = tanggalTeks ? parseTanggal(tanggalTeks) : null;
    if (!tanggalTeks) add('tanggal', 'wajib diisi');
    else if (!tanggal) add('tanggal', 'harus berupa tanggal TTTT-BB-HH atau HH/BB/TTTT');

    if (!uraian) add('uraian', 'wajib diisi');
    else if (uraian.length > 2000) add('uraian', 'paling banyak 2000 karakter');

    let jumlah: number | null = null;
    if (jumlahTeks) {
      if (!/^\d+$/.test(jumlahTeks)) add('jumlah', 'harus bilangan bulat tidak negatif');
      else if (Number(jumlahTeks) > 1_000_000_000) add('jumlah', 'terlalu besar');
      else jumlah = Number(jumlahTeks);
    }
    if (masalah.length > before) continue;
    data.push({ baris, nip: nipTeks, rencanaAksiId: rencanaAksiId?.toLowerCase() ?? null, rhkId: rhkId?.toLowerCase() ?? null, tanggal: tanggal!, uraian: uraian!, jumlah });
  }
  if (data.length === 0 && masalah.length === 0) throw ditolak('Berkas tidak berisi baris progres yang diisi (tanggal dan uraian).');
  return { data, masalah };
}

/**
 * The template workbook: one row per rencana aksi (or per RHK without one), the id columns
 * hidden at the right; with `denganNip`, the NIP and name of each pegawai on every row of their
 * block. A second sheet explains the columns.
 */
export async function buatTemplat(
  rows: TemplatRow[],
  o: { denganNip: boolean; tahun: number; labelPeriode: (n: number) => string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Capaian';
  const ws = wb.addWorksheet('Realisasi', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...(o.denganNip
      ? [
          { header: 'nip', key: 'nip', width: 21, style: { numFmt: '@' } },
          { header: 'nama', key: 'nama', width: 28 },
        ]
      : []),
    { header: 'rhk', key: 'rhk', width: 48 },
    { header: 'periode', key: 'periode', width: 16 },
    { header: 'rencana_aksi', key: 'rencana_aksi', width: 40 },
    { header: 'tanggal', key: 'tanggal', width: 13, style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'uraian', key: 'uraian', width: 50 },
    { header: 'jumlah', key: 'jumlah', width: 9 },
    { header: 'rencana_aksi_id', key: 'rencana_aksi_id', width: 38 },
    { header: 'rhk_id', key: 'rhk_id', width: 38 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows)
    ws.addRow({
      nip: r.nip,
      nama: r.nama,
      rhk: r.rhk_uraian,
      periode: r.ra_periode ? o.labelPeriode(r.ra_periode) : '',
      rencana_aksi: r.ra_uraian ?? '',
      rencana_aksi_id: r.ra_id ?? '',
      rhk_id: r.rhk_id,
    });
  ws.getColumn('rencana_aksi_id').hidden = true;
  ws.getColumn('rhk_id').hidden = true;

  const help = wb.addWorksheet('Petunjuk');
  help.columns = [
    { header: 'Kolom', key: 'k', width: 18 },
    { header: 'Wajib', key: 'w', width: 8 },
    { header: 'Keterangan', key: 'd', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  const petunjuk: Array<[string, string, string]> = [
    ...(o.denganNip ? ([['nip', 'ya', 'NIP pegawai (teks 18 digit); sudah terisi per pegawai'] as [string, string, string]]) : []),
    ['rhk', 'tidak', 'Rencana Hasil Kerja (hanya keterangan)'],
    ['periode', 'tidak', 'Periode rencana aksi (hanya keterangan)'],
    ['rencana_aksi', 'tidak', 'Rencana aksi (hanya keterangan)'],
    ['tanggal', 'ya', `Tanggal kegiatan TTTT-BB-HH atau HH/BB/TTTT, dalam periode SKP ${o.tahun} dan rencana aksinya, tidak melewati hari ini`],
    ['uraian', 'ya', 'Apa yang dikerjakan (paling banyak 2000 karakter)'],
    ['jumlah', 'tidak', 'Jumlah hasil (bilangan bulat), kosongkan bila tidak terukur'],
    ['rencana_aksi_id, rhk_id', 'ya', 'Kolom tersembunyi: jangan diubah. Untuk beberapa kegiatan pada rencana aksi yang sama, salin seluruh barisnya.'],
  ];
  for (const [k, w, d] of petunjuk) help.addRow({ k, w, d });
  help.addRow({});
  help.addRow({
    k: 'Catatan',
    d: 'Baris yang tanggal, uraian dan jumlahnya kosong dilewati. Berkas dengan satu baris salah ditolak seluruhnya; tidak ada data yang tersimpan sebagian.',
  });
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
