import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { bomXlsx } from '../../test/xlsx-bom.js';
import { auditEvent, instansi, jabatan, pegawai } from '../db/schema.js';

const t = await createTestContext();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body with one file in the field "berkas", built by hand. */
function multipart(filename: string, content: Buffer, contentType: string) {
  const boundary = `----capaian${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

interface ImportProblem {
  baris: number;
  kolom: string;
  pesan: string;
}

async function upload(jenis: string, filename: string, content: Buffer, contentType: string, as: string = NIP.adminBkpsdm, query = '') {
  const body = multipart(filename, content, contentType);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/impor/${jenis}${query}`,
    headers: { ...KLIEN, cookie: await t.login(as), 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function pegawaiCount(): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pegawai)
    .innerJoin(instansi, eq(instansi.id, pegawai.instansiId))
    .where(eq(instansi.kode, 'KOTA-CONTOH'));
  return row?.n ?? 0;
}

interface PegawaiItem {
  id: string;
  nip: string;
  nama: string;
  golongan: string;
  jabatanNama: string;
  unitNama: string;
  perangkatDaerahNama: string | null;
  status: string;
}
async function findPegawai(nip: string): Promise<PegawaiItem[]> {
  const res = await t.api('GET', `/api/v1/pegawai?q=${nip}`, { as: NIP.adminBkpsdm });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: PegawaiItem[] }>().items;
}

describe('templates', () => {
  it('downloads an XLSX template with the header row and instructions', async () => {
    const res = await t.api('GET', '/api/v1/impor/pegawai/templat', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="templat-pegawai.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['pegawai', 'Petunjuk']);
    const header = (wb.worksheets[0]!.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['nip', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_asn', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'status', 'email']);
    // The example NIP is text, so its 18 digits survive.
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe('199001152015032004');
  });

  it('downloads a CSV template', async () => {
    const res = await t.api('GET', '/api/v1/impor/unit/templat?format=csv', { as: NIP.adminSistem });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="templat-unit.csv"');
    const [header, example] = res.body.trim().split('\n');
    expect(header).toBe('kode,nama,jenis,kode_induk,perangkat_daerah,alamat');
    expect(example).toContain('DINKES.PKM-09');
  });

  it('refuses an unknown kind and a plain pegawai', async () => {
    const bad = await t.api('GET', '/api/v1/impor/gaji/templat', { as: NIP.adminBkpsdm });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation_failed', fields: { jenis: expect.any(String) } });
    const res = await t.api('GET', '/api/v1/impor/pegawai/templat', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden', message: 'Anda tidak berwenang mengimpor data.' });
  });
});

describe('import', () => {
  it('rejects the whole file listing every bad row, and saves nothing', async () => {
    const before = await pegawaiCount();
    const csv = [
      'nip,nama,jenis_asn,golongan,kode_jabatan',
      '199001012015011009,Andi Wijaya,PNS,II/b,DINKES.UMPEG.PENGADM',
      '19900101201501100,Bayu Pratama,PNS,II/b,DINKES.UMPEG.PENGADM',
      '199002022015011008,Citra Lestari,PNS,II/b,TIDAK.ADA',
    ].join('\n');
    const res = await upload('pegawai', 'pegawai.csv', Buffer.from(csv), 'text/csv');
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string; details: { problems: ImportProblem[] } }>();
    expect(body.error).toBe('impor_ditolak');
    expect(body.message).toBe('Berkas ditolak: 2 kesalahan. Tidak ada data yang disimpan.');
    expect(body.details.problems).toEqual(
      expect.arrayContaining([
        { baris: 3, kolom: 'nip', pesan: 'NIP harus 18 digit (saat ini 17)' },
        { baris: 4, kolom: 'kode_jabatan', pesan: 'jabatan "TIDAK.ADA" tidak ditemukan' },
      ]),
    );
    expect(body.details.problems).toHaveLength(2);
    // The valid row 2 was not half-imported.
    expect(await pegawaiCount()).toBe(before);
    expect(await findPegawai('199001012015011009')).toEqual([]);
  });

  it('names a missing required column', async () => {
    const res = await upload('pegawai', 'p.csv', Buffer.from('nip,nama\n199001012015011009,Andi\n'), 'text/csv');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'impor_ditolak', fields: { kolom: 'jenis_asn, golongan, kode_jabatan' } });
  });

  it('imports units, then jabatan, then pegawai from XLSX; re-importing updates', async () => {
    const before = await pegawaiCount();
    const units = await xlsx([
      ['kode', 'nama', 'jenis', 'kode_induk', 'perangkat_daerah', 'alamat'],
      ['DINKES.PKM-99', 'UPT Puskesmas Sukamaju', 'PUSKESMAS', 'DINKES', 'tidak', 'Jl. Melati No. 1'],
    ]);
    const u = await upload('unit', 'unit.xlsx', units, XLSX);
    expect(u.statusCode).toBe(200);
    expect(u.json()).toEqual({ baru: 1, diperbarui: 0, total: 1, pratinjau: false, perubahan: [], tanpaAkun: null });

    const jabatan = await xlsx([
      ['kode', 'nama', 'jenis', 'jenjang', 'kode_unit', 'kepala_unit', 'kelas'],
      ['DINKES.PKM-99.KAPUS', 'Kepala UPT Puskesmas Sukamaju', 'PENGAWAS', '', 'DINKES.PKM-99', 'ya', 9],
      ['DINKES.PKM-99.PERAWAT-AP', 'Perawat Ahli Pertama', 'FUNGSIONAL', 'AHLI_PERTAMA', 'DINKES.PKM-99', 'tidak', 8],
    ]);
    const j = await upload('jabatan', 'jabatan.xlsx', jabatan, XLSX);
    expect(j.statusCode).toBe(200);
    expect(j.json()).toEqual({ baru: 2, diperbarui: 0, total: 2, pratinjau: false, perubahan: [], tanpaAkun: null });

    const rows = (golongan: string) => [
      ['nip', 'nama', 'gelar_depan', 'gelar_belakang', 'jenis_asn', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'status', 'email'],
      ['198203032008011005', 'Teguh Prasetyo', 'dr.', '', 'PNS', 'III/d', 'DINKES.PKM-99.KAPUS', '2024-01-02', 'AKTIF', 'teguh@contoh.go.id'],
      ['199707072021012002', 'Lina Marlina', '', 'S.Kep., Ners', 'PNS', golongan, 'DINKES.PKM-99.PERAWAT-AP', '', '', ''],
    ];
    const first = await upload('pegawai', 'pegawai.xlsx', await xlsx(rows('III/a')), XLSX);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ baru: 2, diperbarui: 0, total: 2, pratinjau: false, perubahan: [], tanpaAkun: 2 });
    expect(await pegawaiCount()).toBe(before + 2);

    const [lina] = await findPegawai('199707072021012002');
    expect(lina).toMatchObject({
      nama: 'Lina Marlina',
      golongan: 'III/a',
      jabatanNama: 'Perawat Ahli Pertama',
      unitNama: 'UPT Puskesmas Sukamaju',
      perangkatDaerahNama: 'Dinas Kesehatan',
      status: 'AKTIF',
    });
    // The imported head is the new perawat's pejabat penilai.
    const atasan = await t.api('GET', `/api/v1/pegawai/${lina!.id}/atasan`, { as: NIP.adminBkpsdm });
    expect(atasan.json()).toMatchObject({ pejabatPenilai: { nip: '198203032008011005', namaLengkap: 'dr. Teguh Prasetyo' }, atasanPejabatPenilai: { nip: NIP.kadis } });

    const again = await upload('pegawai', 'pegawai.xlsx', await xlsx(rows('III/b')), XLSX);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({
      baru: 0,
      diperbarui: 2,
      total: 2,
      pratinjau: false,
      perubahan: [{ baris: 3, nip: '199707072021012002', nama: 'Lina Marlina', kolom: [{ kolom: 'golongan', lama: 'III/a', baru: 'III/b' }] }],
      tanpaAkun: 2,
    });
    expect(await pegawaiCount()).toBe(before + 2);
    expect(await findPegawai('199707072021012002')).toEqual([expect.objectContaining({ golongan: 'III/b' })]);

    const audit = await t.api('GET', '/api/v1/audit?action=import&entityType=pegawai', { as: NIP.adminBkpsdm });
    const items = audit.json<{ items: Array<{ summary: string; actorNip: string; after: { baru: number; diperbarui: number } }> }>().items;
    expect(items[0]).toMatchObject({ summary: 'Impor pegawai dari pegawai.xlsx: 0 baru, 2 diperbarui', actorNip: NIP.adminBkpsdm, after: { baru: 0, diperbarui: 2 } });
    expect(items[1]).toMatchObject({ after: { baru: 2, diperbarui: 0 } });
  });

  it('previews a pegawai file: lists each changed pegawai with old and new values, writes nothing; the import then writes it', async () => {
    // The demo pelaksana (who has an account) as stored, and a new pegawai (who has none).
    const [ada] = await t.database.db
      .select({ nama: pegawai.nama, golongan: pegawai.golongan, email: pegawai.email, status: pegawai.status, tmt: pegawai.tmtJabatan, kode: jabatan.kode })
      .from(pegawai)
      .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
      .where(eq(pegawai.nip, NIP.pelaksana));
    expect(ada).toBeDefined();
    const golonganBaru = ada!.golongan === 'III/b' ? 'III/c' : 'III/b';
    const csv = [
      'nip,nama,jenis_asn,golongan,kode_jabatan,tmt_jabatan,status,email',
      `${NIP.pelaksana},${ada!.nama},PNS,${golonganBaru},${ada!.kode},${ada!.tmt ?? ''},${ada!.status},pelaksana.baru@contoh.go.id`,
      '199606062020121003,Fajar Nugroho,PNS,III/a,DINKES.UMPEG.PENGADM,,AKTIF,',
    ].join('\n');
    const before = await pegawaiCount();
    const auditBefore = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvent);

    const preview = await upload('pegawai', 'pegawai.csv', Buffer.from(csv), 'text/csv', NIP.adminBkpsdm, '?pratinjau=true');
    expect(preview.statusCode).toBe(200);
    const perubahan = [
      {
        baris: 2,
        nip: NIP.pelaksana,
        nama: ada!.nama,
        kolom: [
          { kolom: 'golongan', lama: ada!.golongan, baru: golonganBaru },
          { kolom: 'email', lama: ada!.email, baru: 'pelaksana.baru@contoh.go.id' },
        ],
      },
    ];
    expect(preview.json()).toEqual({ baru: 1, diperbarui: 1, total: 2, pratinjau: true, perubahan, tanpaAkun: 1 });
    // Nothing written: no new pegawai, the existing one unchanged, no audit event.
    expect(await pegawaiCount()).toBe(before);
    expect(await findPegawai('199606062020121003')).toEqual([]);
    expect(await findPegawai(NIP.pelaksana)).toEqual([expect.objectContaining({ golongan: ada!.golongan })]);
    expect(await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvent)).toEqual(auditBefore);

    // A preview of a bad file is refused the same way as the import.
    const bad = await upload('pegawai', 'p.csv', Buffer.from('nip,nama,jenis_asn,golongan,kode_jabatan\n19900101201501100,Bayu,PNS,II/b,DINKES.UMPEG.PENGADM\n'), 'text/csv', NIP.adminBkpsdm, '?pratinjau=true');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'impor_ditolak', details: { problems: [{ baris: 2, kolom: 'nip' }] } });

    // The import itself: the same answer, written and audited.
    const res = await upload('pegawai', 'pegawai.csv', Buffer.from(csv), 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ baru: 1, diperbarui: 1, total: 2, pratinjau: false, perubahan, tanpaAkun: 1 });
    expect(await pegawaiCount()).toBe(before + 1);
    expect(await findPegawai(NIP.pelaksana)).toEqual([expect.objectContaining({ golongan: golonganBaru })]);
    const audit = await t.api('GET', '/api/v1/audit?action=import&entityType=pegawai', { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string }> }>().items[0]).toMatchObject({ summary: 'Impor pegawai dari pegawai.csv: 1 baru, 1 diperbarui' });
  });

  it('refuses a pratinjau flag that is not true or false', async () => {
    const csv = 'nip,nama,jenis_asn,golongan,kode_jabatan\n199001012015011009,Andi Wijaya,PNS,II/b,DINKES.UMPEG.PENGADM\n';
    const res = await upload('pegawai', 'p.csv', Buffer.from(csv), 'text/csv', NIP.adminBkpsdm, '?pratinjau=ya');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { pratinjau: expect.any(String) } });
    expect(await findPegawai('199001012015011009')).toEqual([]);
  });

  it('refuses a unit file that would put a unit under its own sub-unit', async () => {
    const csv = [
      'kode,nama,jenis,kode_induk,perangkat_daerah',
      'DINKES,Dinas Kesehatan,DINAS,DINKES.SEKR,ya',
      'LOOP-A,Unit A,BIDANG,LOOP-B,tidak',
      'LOOP-B,Unit B,BIDANG,LOOP-A,tidak',
    ].join('\n');
    const res = await upload('unit', 'unit.csv', Buffer.from(csv), 'text/csv');
    expect(res.statusCode).toBe(400);
    const problems = res.json<{ error: string; details: { problems: ImportProblem[] } }>().details.problems;
    expect(problems.map((p) => [p.baris, p.kolom])).toEqual([
      [2, 'kode_induk'],
      [3, 'kode_induk'],
      [4, 'kode_induk'],
    ]);
    // The tree is intact: the atasan chain still resolves.
    const units = await t.api('GET', '/api/v1/unit-kerja', { as: NIP.adminBkpsdm });
    const list = units.json<Array<{ id: string; kode: string; parentId: string | null }>>();
    const setda = list.find((u) => u.kode === 'SETDA');
    expect(list.find((u) => u.kode === 'DINKES')?.parentId).toBe(setda?.id);
    expect(list.some((u) => u.kode === 'LOOP-A')).toBe(false);
  });

  it('points at NIPs that a spreadsheet turned into numbers', async () => {
    const file = await xlsx([
      ['nip', 'nama', 'jenis_asn', 'golongan', 'kode_jabatan'],
      [199808082022031004, 'Angka Saja', 'PNS', 'II/a', 'DINKES.UMPEG.PENGADM'],
    ]);
    const res = await upload('pegawai', 'angka.xlsx', file, XLSX);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { problems: ImportProblem[] } }>().details.problems).toEqual([
      { baris: 2, kolom: 'nip', pesan: 'NIP terbaca sebagai angka dan digitnya hilang; ketik NIP sebagai teks' },
    ]);
  });

  it('reads a semicolon-separated CSV', async () => {
    const csv = 'NIP;Nama;Jenis ASN;Golongan;Kode Jabatan\r\n199808082022031004;Dimas Saputra;PNS;II/a;DINKES.UMPEG.PENGADM\r\n';
    const res = await upload('pegawai', 'titik-koma.csv', Buffer.from(`\uFEFF${csv}`), 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ baru: 1, diperbarui: 0, total: 1 });
    expect(await findPegawai('199808082022031004')).toEqual([
      expect.objectContaining({ nama: 'Dimas Saputra', golongan: 'II/a', unitNama: 'Subbagian Umum dan Kepegawaian' }),
    ]);
  });

  it('forbids a plain pegawai', async () => {
    const csv = 'nip,nama,jenis_asn,golongan,kode_jabatan\n199001012015011009,Andi Wijaya,PNS,II/b,DINKES.UMPEG.PENGADM\n';
    const res = await upload('pegawai', 'p.csv', Buffer.from(csv), 'text/csv', NIP.pelaksana);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'forbidden' });
    expect(await findPegawai('199001012015011009')).toEqual([]);
  });

  it('refuses a binary file that is neither CSV nor XLSX', async () => {
    const res = await upload('pegawai', 'foto.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff]), 'image/png');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'unreadable_file', message: 'Berkas tidak dapat dibaca. Gunakan format XLSX atau CSV sesuai templat.' });
    // A broken ZIP (starts like an XLSX) is unreadable too.
    const zip = await upload('pegawai', 'rusak.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(64)]), XLSX);
    expect(zip.statusCode).toBe(400);
    expect(zip.json()).toMatchObject({ error: 'unreadable_file' });
  });

  it('refuses a compression bomb at once with 413, naming the limit, and stores nothing', async () => {
    const before = await pegawaiCount();
    await t.login(NIP.adminBkpsdm); // the session first: the time measured is the file's
    const bom = bomXlsx({ mbTerurai: 100, bentuk: 'baris' });
    const t0 = performance.now();
    const res = await upload('pegawai', 'bom.xlsx', bom, XLSX);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'spreadsheet_melampaui_batas', message: 'Berkas ditolak: isi XLSX lebih dari 60 MB setelah diurai. Bagi data menjadi beberapa berkas.' });
    expect(await pegawaiCount()).toBe(before);
  });

  it('asks for a file when the request is not multipart', async () => {
    const res = await t.api('POST', '/api/v1/impor/pegawai', { as: NIP.adminBkpsdm, body: { nip: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { berkas: 'kirim berkas sebagai multipart/form-data' } });
  });
});
