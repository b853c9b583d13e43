import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bomXlsx } from '../../test/xlsx-bom.js';
import { AppError } from './errors.js';
import { BATAS_TABEL_BAWAAN, readTable } from './spreadsheet.js';

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function ditolak(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('readTable limits (issue #11)', () => {
  it('reads an ordinary XLSX and CSV into rows keyed by header', async () => {
    const rows = await readTable(await xlsx([['NIP', 'Nama Lengkap'], ['1', 'Ani'], ['2', 'Budi']]), 'a.xlsx');
    expect(rows).toEqual([
      { baris: 2, values: { nip: '1', nama_lengkap: 'Ani' } },
      { baris: 3, values: { nip: '2', nama_lengkap: 'Budi' } },
    ]);
    expect(await readTable(Buffer.from('nip;nama\n1;Ani\n'), 'a.csv')).toEqual([{ baris: 2, values: { nip: '1', nama: 'Ani' } }]);
  });

  it.each([
    ['many rows', { mbTerurai: 100, bentuk: 'baris' as const }],
    ['one enormous cell', { mbTerurai: 100, bentuk: 'sel' as const }],
  ])('refuses a compression bomb (%s) from its directory in under a second', async (_, opsi) => {
    const bom = bomXlsx(opsi);
    expect(bom.length).toBeLessThan(400 * 1024);
    const t = performance.now();
    const e = await ditolak(readTable(bom, 'bom.xlsx'));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(e.id).toBe('spreadsheet_melampaui_batas');
    expect(e.status).toBe(413);
    expect(e.message).toContain('lebih dari 60 MB setelah diurai');
  });

  it('refuses a bomb whose directory lies about its sizes, in under a second', async () => {
    const bom = bomXlsx({ mbTerurai: 100, bentuk: 'sel', ukuranPalsu: true });
    const t = performance.now();
    const e = await ditolak(readTable(bom, 'bom.xlsx'));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(e.id).toBe('unreadable_file');
  });

  it('refuses a bomb under the size limit that still unpacks past it while counted', async () => {
    // Declared sizes within the limit, real content over it: counting stops at the limit.
    const bom = bomXlsx({ mbTerurai: 3, bentuk: 'sel' });
    const e = await ditolak(readTable(bom, 'bom.xlsx', { ...BATAS_TABEL_BAWAAN, maksTerurai: 2 * 1024 * 1024, maksRasio: 10_000 }));
    expect(e.id).toBe('spreadsheet_melampaui_batas');
  });

  it('refuses a compression ratio no spreadsheet application writes', async () => {
    const e = await ditolak(readTable(bomXlsx({ mbTerurai: 5, bentuk: 'sel' }), 'bom.xlsx'));
    expect(e.message).toContain('dipadatkan secara tidak wajar');
  });

  it('stops at the row, column and cell limits, naming them', async () => {
    const batas = { ...BATAS_TABEL_BAWAAN, maksBaris: 3, maksKolom: 4, maksPanjangSel: 10 };
    const baris = await ditolak(readTable(await xlsx([['a'], ['1'], ['2'], ['3'], ['4']]), 'a.xlsx', batas));
    expect([baris.id, baris.message]).toEqual(['spreadsheet_melampaui_batas', 'Berkas ditolak: lebih dari 3 baris data. Bagi data menjadi beberapa berkas.']);
    const kolom = await ditolak(readTable(await xlsx([['a', 'b', 'c', 'd', 'e'], ['1']]), 'a.xlsx', batas));
    expect(kolom.message).toBe('Berkas ditolak: lebih dari 4 kolom.');
    const sel = await ditolak(readTable(await xlsx([['a'], ['x'.repeat(11)]]), 'a.xlsx', batas));
    expect(sel.message).toBe('Berkas ditolak: baris 2 berisi sel lebih dari 10 karakter.');
    const csv = await ditolak(readTable(Buffer.from('a\n1\n2\n3\n4\n'), 'a.csv', batas));
    expect(csv.message).toContain('lebih dari 3 baris data');
    const csvKolom = await ditolak(readTable(Buffer.from('a,b,c,d,e\n1\n'), 'a.csv', batas));
    expect(csvKolom.message).toBe('Berkas ditolak: lebih dari 4 kolom.');
  });

  it('stops a reading that takes longer than its time', async () => {
    const rows = [['a', 'b'], ...Array.from({ length: 15_000 }, (_, i) => [String(i), 'isi '.repeat(20)])];
    const e = await ditolak(readTable(await xlsx(rows), 'a.xlsx', { ...BATAS_TABEL_BAWAAN, maksDetik: 0.2 }));
    expect(e.message).toBe('Berkas ditolak: pembacaan melebihi 0.2 detik. Bagi data menjadi beberapa berkas.');
    // The pool replaced the stopped reader: the next file is read.
    expect(await readTable(Buffer.from('a\n1\n'), 'a.csv')).toHaveLength(1);
  });

  it('drops control characters and refuses binary that is not a spreadsheet', async () => {
    expect(await readTable(await xlsx([['a'], ['x\u0001y\u001fz']]), 'a.xlsx')).toEqual([{ baris: 2, values: { a: 'xyz' } }]);
    expect((await ditolak(readTable(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'a.csv'))).id).toBe('unreadable_file');
    expect((await ditolak(readTable(Buffer.from('PK\u0003\u0004rusak'), 'a.xlsx'))).id).toBe('unreadable_file');
  });
});
