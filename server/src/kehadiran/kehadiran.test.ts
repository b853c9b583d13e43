import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { kehadiran } from '../db/schema.js';

// 31 March 2026, 10:00 WIB.
const t = await createTestContext({ clock: () => new Date('2026-03-31T03:00:00Z') });

function multipart(filename: string, content: Buffer, field = 'file') {
  const boundary = `----capaian${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(filename: string, content: Buffer | string, as: string = NIP.adminBkpsdm, field = 'file') {
  const body = multipart(filename, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), field);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/kehadiran/impor',
    headers: { ...KLIEN, cookie: await t.login(as), 'content-type': body.contentType },
    payload: body.payload,
  });
}

const csv = (...lines: string[]) => ['tanggal,nip,jam_masuk,jam_pulang,status', ...lines].join('\n');
const count = async () => (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM kehadiran`))[0]!.n;

type Ringkasan = { hadir: number; izin: number; sakit: number; cuti: number; dinasLuar: number; tanpaKeterangan: number; terlambatKali: number; terlambatMenit: number; hariKerja: number };
type Rekap = { pegawai: { id: string; nip: string; nama: string; jabatan: string }; tahun: number; bulan: number; hari: Array<{ tanggal: string; status: string; jamMasuk: string | null; jamPulang: string | null; terlambatMenit: number }>; ringkasan: Ringkasan };
type Problem = { baris: number; kolom: string; alasan: string };

let budi = '';

beforeAll(async () => {
  budi = await t.pegawaiId(NIP.pelaksana);
});

describe('template', () => {
  it('is an XLSX or a CSV with the columns, for BKPSDM only', async () => {
    const xlsx = await t.api('GET', '/api/v1/kehadiran/templat', { as: NIP.adminBkpsdm });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, 'tanggal', 'nip', 'jam_masuk', 'jam_pulang', 'status']);
    const c = await t.api('GET', '/api/v1/kehadiran/templat?format=csv', { as: NIP.adminBkpsdm });
    expect(c.body.split('\n')[0]).toBe('tanggal,nip,jam_masuk,jam_pulang,status');
    expect((await t.api('GET', '/api/v1/kehadiran/templat', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/kehadiran/templat?format=pdf', { as: NIP.adminBkpsdm })).statusCode).toBe(400);
  });
});

describe('import', () => {
  it('imports a CSV with labels and codes in any case, and an XLSX; re-importing a day replaces it; one audit event each', async () => {
    const res = await upload(
      'maret.csv',
      csv(
        `2026-03-02,${NIP.pelaksana},07:20,16:00,hadir`,
        `03/03/2026,${NIP.pelaksana},7:45,16.10,HADIR`,
        `2026-03-04,${NIP.pelaksana},,,I`,
        `2026-03-05,${NIP.pelaksana},,,Dinas Luar`,
        `2026-03-06,${NIP.pelaksana},,,tk`,
        `2026-03-02,${NIP.perawat},07:29,16:00,H`,
      ),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ diimpor: 6, diperbarui: 0 });

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('kehadiran');
    ws.addRow(['tanggal', 'nip', 'jam_masuk', 'jam_pulang', 'status']);
    ws.addRow([new Date(Date.UTC(2026, 2, 9)), NIP.pelaksana, 0.3333333333, '16:00', 'hadir']); // a date cell and a plain-number time (08:00)
    ws.addRow(['2026-03-10', NIP.pelaksana, null, null, 'sakit']);
    ws.addRow(['2026-03-02', NIP.pelaksana, '07:40', '16:00', 'hadir']); // replaces 2 March
    // Attendance machines export time-formatted cells: a time on Excel's day zero.
    const jam = ws.addRow(['2026-03-11', NIP.guru, new Date(Date.UTC(1899, 11, 30, 7, 45)), new Date(Date.UTC(1899, 11, 30, 16, 5)), 'hadir']);
    jam.getCell(3).numFmt = 'hh:mm';
    jam.getCell(4).numFmt = 'hh:mm';
    const x = await upload('maret.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(x.statusCode).toBe(200);
    expect(x.json()).toEqual({ diimpor: 3, diperbarui: 1 });

    const rows = await t.database.db.select().from(kehadiran).where(and(eq(kehadiran.pegawaiId, budi), eq(kehadiran.tanggal, '2026-03-09')));
    expect(rows[0]).toMatchObject({ status: 'HADIR', jamMasuk: '08:00', jamPulang: '16:00' });
    const [timeCells] = await t.database.db.select().from(kehadiran).where(and(eq(kehadiran.pegawaiId, await t.pegawaiId(NIP.guru)), eq(kehadiran.tanggal, '2026-03-11')));
    expect(timeCells).toMatchObject({ jamMasuk: '07:45', jamPulang: '16:05' });
    const audit = (await t.api('GET', '/api/v1/audit?entityType=kehadiran', { as: NIP.adminBkpsdm })).json<{ items: Array<{ summary: string; action: string }> }>();
    expect(audit.items.map((a) => a.summary)).toEqual([
      'Impor kehadiran dari maret.xlsx: 3 baru, 1 diperbarui (2026-03-02 s.d. 2026-03-11)',
      'Impor kehadiran dari maret.csv: 6 baru, 0 diperbarui (2026-03-02 s.d. 2026-03-06)',
    ]);
  });

  it('refuses the whole file listing every bad row, and writes nothing', async () => {
    const before = await count();
    const other = await queryRows<{ nip: string }>(
      t.database.db,
      sql`SELECT p.nip FROM pegawai p JOIN instansi i ON i.id = p.instansi_id WHERE i.kode = 'KAB-LAIN' LIMIT 1`,
    );
    const res = await upload(
      'salah.csv',
      csv(
        `2026-03-11,${NIP.pelaksana},07:30,16:00,hadir`,
        `2026-02-30,${NIP.pelaksana},07:30,16:00,hadir`,
        `2026-03-12,199999999999999999,07:30,16:00,hadir`,
        `2026-03-12,${other[0]!.nip},07:30,16:00,hadir`,
        `2026-03-12,${NIP.perawat},07:30,16:00,libur`,
        `2026-03-13,${NIP.perawat},25:00,pagi,hadir`,
        `2026-03-16,${NIP.perawat},16:00,07:30,hadir`,
        `2026-04-01,${NIP.perawat},07:30,16:00,hadir`,
        `2026-03-11,${NIP.pelaksana},07:35,16:00,hadir`,
        `,,,,`.replace(/^/, ' '),
        `2026-03-17,,07:30,16:00,`,
      ),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string; details: { baris: Problem[] } }>();
    expect(body.error).toBe('impor_ditolak');
    expect(body.details.baris).toEqual([
      { baris: 3, kolom: 'tanggal', alasan: 'harus berupa tanggal TTTT-BB-HH atau DD/MM/YYYY yang valid' },
      { baris: 4, kolom: 'nip', alasan: 'NIP 199999999999999999 tidak terdaftar di instansi ini' },
      { baris: 5, kolom: 'nip', alasan: `NIP ${other[0]!.nip} tidak terdaftar di instansi ini` },
      { baris: 6, kolom: 'status', alasan: '"libur" tidak dikenal; gunakan hadir, izin, sakit, cuti, dinas luar, tanpa keterangan atau kode H, I, S, C, DL, TK' },
      { baris: 7, kolom: 'jam_masuk', alasan: '"25:00" bukan jam; tulis HH:MM, misalnya 07:30 (ketik sebagai teks)' },
      { baris: 7, kolom: 'jam_pulang', alasan: '"pagi" bukan jam; tulis HH:MM, misalnya 07:30 (ketik sebagai teks)' },
      { baris: 8, kolom: 'jam_pulang', alasan: 'lebih awal dari jam_masuk' },
      { baris: 9, kolom: 'tanggal', alasan: 'tidak boleh setelah hari ini' },
      { baris: 10, kolom: 'tanggal', alasan: `NIP ${NIP.pelaksana} pada tanggal 2026-03-11 sudah ada di baris 2` },
      { baris: 12, kolom: 'nip', alasan: 'wajib diisi' },
      { baris: 12, kolom: 'status', alasan: 'wajib diisi' },
    ]);
    expect(body.message).toContain('Berkas ditolak (11 kesalahan); tidak ada data yang disimpan. baris 3, tanggal: harus berupa tanggal');
    expect(await count()).toBe(before);
  });

  it('refuses a file without the required columns, an unreadable file, a request without a file, and anyone but BKPSDM', async () => {
    const missing = await upload('x.csv', 'tanggal,nip\n2026-03-02,199003172015031001');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: 'impor_ditolak', message: 'Kolom wajib tidak ada: status. Gunakan templat impor kehadiran.', details: { baris: [{ baris: 1, kolom: 'status' }] } });
    const binary = await upload('x.xlsx', Buffer.from([0, 1, 2, 3, 0]));
    expect(binary.json()).toMatchObject({ error: 'impor_ditolak', details: { baris: [] } });
    expect((await upload('x.csv', 'tanggal,nip,status\n')).json()).toMatchObject({ error: 'impor_ditolak', message: 'Berkas tidak berisi baris data.' });
    const noFile = await t.api('POST', '/api/v1/kehadiran/impor', { as: NIP.adminBkpsdm, body: { nip: 'x' } });
    expect(noFile.json()).toMatchObject({ error: 'validation_failed', fields: { file: 'kirim berkas sebagai multipart/form-data' } });
    expect((await upload('x.csv', csv(`2026-03-02,${NIP.pelaksana},,,hadir`), NIP.adminBkpsdm, 'berkas')).json()).toMatchObject({ fields: { file: 'wajib diunggah (field "file")' } });
    for (const nip of [NIP.pelaksana, NIP.pengelola, NIP.kadis]) expect((await upload('x.csv', csv(`2026-03-02,${NIP.pelaksana},,,hadir`), nip)).statusCode).toBe(403);
  });
});

describe('monthly rekap', () => {
  const expected: Ringkasan = { hadir: 3, izin: 1, sakit: 1, cuti: 0, dinasLuar: 1, tanpaKeterangan: 1, terlambatKali: 3, terlambatMenit: 55, hariKerja: 22 };

  it('summarises the month per status with late arrivals after 07:30 and the working days; the current month by default', async () => {
    const res = await t.api('GET', '/api/v1/kehadiran/rekap?tahun=2026&bulan=3', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    const r = res.json<Rekap>();
    expect(r.pegawai).toMatchObject({ id: budi, nip: NIP.pelaksana, nama: 'Budi Santoso' });
    expect(r.hari.map((h) => [h.tanggal, h.status, h.terlambatMenit])).toEqual([
      ['2026-03-02', 'HADIR', 10],
      ['2026-03-03', 'HADIR', 15],
      ['2026-03-04', 'IZIN', 0],
      ['2026-03-05', 'DINAS_LUAR', 0],
      ['2026-03-06', 'TANPA_KETERANGAN', 0],
      ['2026-03-09', 'HADIR', 30],
      ['2026-03-10', 'SAKIT', 0],
    ]);
    expect(r.hari[1]).toMatchObject({ jamMasuk: '07:45', jamPulang: '16:10' });
    expect(r.ringkasan).toEqual(expected);
    expect((await t.api('GET', '/api/v1/kehadiran/rekap', { as: NIP.pelaksana })).json<Rekap>()).toMatchObject({ tahun: 2026, bulan: 3, ringkasan: expected });
    expect((await t.api('GET', '/api/v1/kehadiran/rekap?tahun=2026&bulan=2', { as: NIP.pelaksana })).json<Rekap>()).toMatchObject({ hari: [], ringkasan: { hadir: 0, hariKerja: 20 } });
    expect((await t.api('GET', '/api/v1/kehadiran/rekap?bulan=13', { as: NIP.pelaksana })).json()).toMatchObject({ fields: { bulan: 'bulan 1 sampai 12' } });
  });

  it("shows a pegawai's rekap to their superiors up the chain, the pengelola kinerja and BKPSDM; refuses anyone else", async () => {
    for (const nip of [NIP.pengawas, NIP.administrator, NIP.kadis, NIP.pengelola, NIP.adminBkpsdm]) {
      const res = await t.api('GET', `/api/v1/kehadiran/rekap?pegawaiId=${budi}&tahun=2026&bulan=3`, { as: nip });
      expect(res.statusCode, nip).toBe(200);
      expect(res.json<Rekap>().ringkasan).toEqual(expected);
    }
    for (const nip of [NIP.perawat, NIP.guru, NIP.kasek]) {
      const res = await t.api('GET', `/api/v1/kehadiran/rekap?pegawaiId=${budi}&tahun=2026&bulan=3`, { as: nip });
      expect(res.statusCode, nip).toBe(403);
    }
    // Budi does not see his superior's.
    const yuliana = await t.pegawaiId(NIP.pengawas);
    expect((await t.api('GET', `/api/v1/kehadiran/rekap?pegawaiId=${yuliana}`, { as: NIP.pelaksana })).statusCode).toBe(403);
    // Another pemda: not found.
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/kehadiran/rekap?pegawaiId=${budi}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/kehadiran/rekap')).statusCode).toBe(401);
  });

  it("summarises the caller's team; someone without a team gets an empty list", async () => {
    const res = await t.api('GET', '/api/v1/kehadiran/rekap-tim?tahun=2026&bulan=3', { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: Array<{ pegawai: { id: string; nama: string }; ringkasan: Ringkasan }> }>().items;
    expect(items.find((i) => i.pegawai.id === budi)?.ringkasan).toEqual(expected);
    const [me] = await queryRows<{ id: string; instansi_id: string }>(t.database.db, sql`SELECT id, instansi_id FROM pegawai WHERE nip = ${NIP.pengawas}`);
    const bawahan = await t.services.organisasi.bawahanOf(me!.instansi_id, me!.id, '2026-03-31');
    expect(items.map((i) => i.pegawai.id).sort()).toEqual([...bawahan].sort());
    expect(items.filter((i) => i.pegawai.id !== budi).every((i) => i.ringkasan.hadir === 0)).toBe(true);
    expect((await t.api('GET', '/api/v1/kehadiran/rekap-tim', { as: NIP.pelaksana })).json()).toEqual({ items: [] });
  });
});
