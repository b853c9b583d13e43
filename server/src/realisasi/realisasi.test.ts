import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { evaluasi, instansi, periodePenilaian, unitKerja } from '../db/schema.js';
import type { SkpDetail } from '@capaian/contract/skp';
import type { Bukti, RealisasiBeranda, RealisasiItem, RencanaAksi } from '@capaian/contract/realisasi';
import { parseTanggal } from './impor.js';
import { namaBerkas } from './service.js';
import { realisasiRepository } from './repository.js';
import { auditDalamPernyataan } from '../audit/service.js';
import { publishDalamPernyataan } from '../core/events.js';

// Monday 16 March 2026, 10:00 WIB. Evidence files up to 1 MB in this file.
const now = new Date('2026-03-16T03:00:00Z');
const t = await createTestContext({ clock: () => now, env: { UPLOAD_MAX_MB: '1' } });
const db = t.database.db;
const HARI_INI = '2026-03-16';

let demoId = '';
const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, q))[0]!.n;
const entri = (pegawaiId: string) => count(sql`SELECT count(*)::int AS n FROM realisasi WHERE pegawai_id = ${pegawaiId}`);

// --- Making approved SKPs through the API -----------------------------------------------------

const rhkBody = (rowVersion: number, uraian: string, rhkAtasanId: string | null, jenis = 'UTAMA') => ({
  rowVersion,
  jenis,
  uraian,
  rhkAtasanId,
  indikator: [
    { aspek: 'KUANTITAS', uraian: `Jumlah ${uraian.toLowerCase()}`, targetNilai: '120', targetSatuan: 'dokumen', targetTeks: null },
    { aspek: 'WAKTU', uraian: 'Tepat waktu', targetNilai: '12', targetSatuan: 'bulan', targetTeks: null },
  ],
});

async function skpSaya(nip: string): Promise<SkpDetail> {
  const list = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: nip })).json<Array<{ id: string }>>();
  const res = list[0] ? await t.api('GET', `/api/v1/skp/${list[0].id}`, { as: nip }) : await t.api('POST', '/api/v1/skp', { as: nip, body: { tahun: 2026 } });
  return res.json<SkpDetail>();
}

/** A draft SKP of `nip` with two RHK linked to the pejabat penilai's RHK; approved unless `draft`. */
async function skpDengan(nip: string, o: { draft?: boolean } = {}): Promise<SkpDetail> {
  const atasan = await t.services.organisasi.atasanOf(demoId, await t.pegawaiId(nip));
  const penilaiNip = atasan.pejabatPenilai!.nip;
  let pen = await skpSaya(penilaiNip);
  if (pen.hasilKerja.length === 0)
    pen = (await t.api('POST', `/api/v1/skp/${pen.id}/rhk`, { as: penilaiNip, body: rhkBody(pen.rowVersion, 'Tata kelola unit', null) })).json<SkpDetail>();
  const link = pen.hasilKerja[0]!.id;
  let s = await skpSaya(nip);
  s = (await t.api('POST', `/api/v1/skp/${s.id}/rhk`, { as: nip, body: rhkBody(s.rowVersion, 'Layanan administrasi', link) })).json<SkpDetail>();
  s = (await t.api('POST', `/api/v1/skp/${s.id}/rhk`, { as: nip, body: rhkBody(s.rowVersion, 'Laporan kegiatan', link, 'TAMBAHAN') })).json<SkpDetail>();
  if (o.draft) return s;
  s = (await t.api('POST', `/api/v1/skp/${s.id}/ajukan`, { as: nip, body: { rowVersion: s.rowVersion } })).json<SkpDetail>();
  const ok = await t.api('POST', `/api/v1/skp/${s.id}/setujui`, { as: penilaiNip, body: { rowVersion: s.rowVersion } });
  expect(ok.statusCode, ok.body).toBe(200);
  return ok.json<SkpDetail>();
}

// --- Multipart ---------------------------------------------------------------------------------

type Part = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };
function multipart(parts: Part[]) {
  const boundary = `----capaian${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ('data' in p) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type}\r\n\r\n`), p.data, Buffer.from('\r\n'));
    } else chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
async function upload(nip: string | null, url: string, parts: Part[]) {
  const mp = multipart(parts);
  const headers: Record<string, string> = { ...mp.headers, ...KLIEN };
  if (nip) headers.cookie = await t.login(nip);
  return t.app.inject({ method: 'POST', url, headers, payload: mp.payload });
}
const unggah = (nip: string, realisasiId: string, id: string, filename: string, type: string, data: Buffer) =>
  upload(nip, `/api/v1/realisasi/${realisasiId}/bukti`, [{ name: 'id', value: id }, { name: 'file', filename, type, data }]);

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const CFB = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
async function xlsxBuffer(rows: Array<Record<string, string | number>>, columns: string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Realisasi');
  ws.columns = columns.map((c) => ({ header: c, key: c }));
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

// --- Fixtures ----------------------------------------------------------------------------------

// Shared by every test and changed by none: the approved SKPs of Budi and of the nurse, the
// teacher's draft, and Budi's March plan with one entry recorded on it. Anything a test changes
// (entries, evidence, plans, locks) it makes for itself.
let budi: SkpDetail;
let perawat: SkpDetail;
let guruDraft: SkpDetail;
let budiId = '';
let rhkUtama = '';
let rhkTambahan = '';
let indKuantitas = '';
let raMaret: RencanaAksi;

const catat = (as: string, body: Record<string, unknown>) =>
  t.api('POST', '/api/v1/realisasi', { as, body: { id: randomUUID(), rhkId: rhkUtama, tanggal: '2026-03-10', uraian: 'Mengolah usulan kenaikan pangkat', jumlah: 3, ...body } });

/** A fresh entry of Budi (10 March, main RHK). */
async function entriBaru(uraian: string): Promise<RealisasiItem> {
  const res = await catat(NIP.pelaksana, { uraian });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RealisasiItem>();
}

beforeAll(async () => {
  const [row] = await db.select().from(instansi).where(eq(instansi.kode, 'KOTA-CONTOH'));
  demoId = row!.id;
  budiId = await t.pegawaiId(NIP.pelaksana);
  budi = await skpDengan(NIP.pelaksana);
  perawat = await skpDengan(NIP.perawat);
  guruDraft = await skpDengan(NIP.guru, { draft: true });
  rhkUtama = budi.hasilKerja.find((r) => r.jenis === 'UTAMA')!.id;
  rhkTambahan = budi.hasilKerja.find((r) => r.jenis === 'TAMBAHAN')!.id;
  indKuantitas = budi.hasilKerja.find((r) => r.jenis === 'UTAMA')!.indikator.find((i) => i.aspek === 'KUANTITAS')!.id;
  const ra = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, {
    as: NIP.pelaksana,
    body: { rhkId: rhkUtama, indikatorId: indKuantitas, periode: 3, uraian: 'Verifikasi berkas kenaikan pangkat', target: 10, satuan: 'berkas' },
  });
  expect(ra.statusCode, ra.body).toBe(201);
  raMaret = ra.json<RencanaAksi>();
  expect((await catat(NIP.pelaksana, { rencanaAksiId: raMaret.id, tanggal: '2026-03-02', uraian: 'Memverifikasi 2 berkas', jumlah: 2 })).statusCode).toBe(201);
});

describe('rencana aksi', () => {
  it('is planned per period on an approved SKP, with the dates computed by the server', async () => {
    expect(budi.status).toBe('DISETUJUI');
    const res = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, {
      as: NIP.pelaksana,
      body: { rhkId: rhkUtama, indikatorId: indKuantitas, periode: 3, uraian: 'Verifikasi berkas mutasi', target: 10, satuan: 'berkas' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ra = res.json<RencanaAksi>();
    expect(ra).toMatchObject({ rhkId: rhkUtama, indikatorId: indKuantitas, periode: 3, periodeMulai: '2026-03-01', periodeSelesai: '2026-03-31', target: 10, satuan: 'berkas', realisasiJumlah: 0, jumlahEntri: 0, can: { ubah: true, hapus: true } });
    const list = (await t.api('GET', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana })).json<{ items: RencanaAksi[] }>();
    expect(list.items.map((i) => i.id)).toContain(ra.id);
  });

  it('refuses a draft SKP, a period outside the instansi setting and an RHK of another SKP', async () => {
    const draft = guruDraft;
    const onDraft = await t.api('POST', `/api/v1/skp/${draft.id}/rencana-aksi`, { as: NIP.guru, body: { rhkId: draft.hasilKerja[0]!.id, periode: 1, uraian: 'X' } });
    expect(onDraft.statusCode).toBe(409);
    expect(onDraft.json()).toMatchObject({ error: 'skp_belum_disetujui' });

    const bad = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: perawat.hasilKerja[0]!.id, periode: 13, uraian: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject({ periode: 'periode paling besar 12', uraian: 'wajib diisi' });
    const foreignRhk = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: perawat.hasilKerja[0]!.id, periode: 2, uraian: 'X', indikatorId: indKuantitas } });
    expect(foreignRhk.json().fields).toEqual({ rhkId: 'bukan RHK SKP ini' });
    const foreignInd = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: rhkTambahan, periode: 2, uraian: 'X', indikatorId: indKuantitas } });
    expect(foreignInd.json().fields).toEqual({ indikatorId: 'bukan indikator RHK ini' });

    // Changed in the row directly: the settings cached in the process are forgotten with it (both ways).
    await db.update(instansi).set({ periodeKinerja: 'TRIWULANAN' }).where(eq(instansi.id, demoId));
    t.services.pengaturan.lupakan(demoId);
    try {
      const q5 = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: rhkUtama, periode: 5, uraian: 'X' } });
      expect(q5.statusCode).toBe(400);
      expect(q5.json().fields).toEqual({ periode: 'periode kinerja instansi triwulanan (1–4)' });
      const q2 = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: rhkTambahan, periode: 2, uraian: 'Laporan triwulan II' } });
      expect(q2.json()).toMatchObject({ periode: 2, periodeMulai: '2026-04-01', periodeSelesai: '2026-06-30' });
      expect((await t.api('DELETE', `/api/v1/rencana-aksi/${q2.json<RencanaAksi>().id}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    } finally {
      await db.update(instansi).set({ periodeKinerja: 'BULANAN' }).where(eq(instansi.id, demoId));
      t.services.pengaturan.lupakan(demoId);
    }
  });

  it('superiors in the chain may plan; the pengelola and others may not (others do not even see it)', async () => {
    const body = { rhkId: rhkTambahan, periode: 4, uraian: 'Laporan bulanan April' };
    const byPenilai = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pengawas, body });
    expect(byPenilai.statusCode).toBe(201);
    const byAtasanPenilai = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.administrator, body: { ...body, periode: 5 } });
    expect(byAtasanPenilai.statusCode).toBe(201);
    const byPengelola = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pengelola, body });
    expect(byPengelola.statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pengelola })).statusCode).toBe(200);
    for (const nip of [NIP.perawat, NIP.kapus, NIP.guru]) {
      expect((await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: nip, body })).statusCode).toBe(404);
      expect((await t.api('GET', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: nip })).statusCode).toBe(404);
    }
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: other.nip })).statusCode).toBe(404);
    // Edit and delete, audited.
    const id = byPenilai.json<RencanaAksi>().id;
    const put = await t.api('PUT', `/api/v1/rencana-aksi/${id}`, { as: NIP.pelaksana, body: { uraian: 'Laporan kegiatan April', target: 1, satuan: 'laporan' } });
    expect(put.json()).toMatchObject({ uraian: 'Laporan kegiatan April', target: 1, satuan: 'laporan', periode: 4 });
    expect((await t.api('PUT', `/api/v1/rencana-aksi/${id}`, { as: NIP.perawat, body: { uraian: 'X' } })).statusCode).toBe(404);
    expect((await t.api('DELETE', `/api/v1/rencana-aksi/${id}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    const audit = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_event WHERE entity_type = 'rencana_aksi' AND entity_id = ${id} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('recording progress', () => {
  it('creates an entry once per client id: the same id again answers 200 with the same entry', async () => {
    const id = randomUUID();
    const body = { id, rhkId: rhkUtama, rencanaAksiId: raMaret.id, tanggal: '2026-03-12', uraian: 'Memverifikasi 4 berkas', jumlah: 4 };
    const first = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body });
    expect(first.statusCode, first.body).toBe(201);
    const item = first.json<RealisasiItem>();
    expect(item).toMatchObject({
      id,
      pegawaiId: budiId,
      pegawaiNama: 'Budi Santoso',
      skpId: budi.id,
      rhkUraian: 'Layanan administrasi',
      rencanaAksiUraian: 'Verifikasi berkas kenaikan pangkat',
      // The plan's indicator, since the entry names none.
      indikatorId: indKuantitas,
      tanggal: '2026-03-12',
      jumlah: 4,
      rowVersion: 1,
      bukti: [],
      jumlahUmpanBalik: 0,
      can: { ubah: true, hapus: true, tambahBukti: true, beriUmpanBalik: false },
    });
    const again = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(item);
    // The same id with other content is not a re-send: refused, so the client does not believe it was stored.
    const lain = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: { ...body, uraian: 'kiriman ulang' } });
    expect(lain.statusCode).toBe(409);
    expect(lain.json()).toMatchObject({ error: 'id_dipakai' });
    expect(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE id = ${id}`)).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'realisasi' AND entity_id = ${id}`)).toBe(1);
  });

  it('a concurrent double POST creates one entry', async () => {
    const id = randomUUID();
    const body = { id, rhkId: rhkUtama, tanggal: '2026-03-13', uraian: 'Ketuk dua kali', jumlah: 1 };
    const [a, b] = await Promise.all([
      t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body }),
      t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json<RealisasiItem>().id).toBe(b.json<RealisasiItem>().id);
    expect(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE id = ${id}`)).toBe(1);
  });

  it("refuses an id that is another pegawai's entry (409)", async () => {
    const mine = await catat(NIP.pelaksana, {});
    expect(mine.statusCode).toBe(201);
    const stolen = await t.api('POST', '/api/v1/realisasi', {
      as: NIP.perawat,
      body: { id: mine.json<RealisasiItem>().id, rhkId: perawat.hasilKerja[0]!.id, tanggal: '2026-03-10', uraian: 'X' },
    });
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json()).toMatchObject({ error: 'id_dipakai' });
  });

  it('checks the date: inside the SKP period, not in the future (instansi zone), inside the plan period', async () => {
    const fields = async (body: Record<string, unknown>) => {
      const res = await catat(NIP.pelaksana, body);
      expect(res.statusCode).toBe(400);
      return res.json<{ fields: Record<string, string> }>().fields;
    };
    expect(await fields({ tanggal: '2026-03-17' })).toEqual({ tanggal: `tidak boleh melewati hari ini (${HARI_INI})` });
    expect(await fields({ tanggal: '2025-12-31' })).toEqual({ tanggal: 'harus dalam periode SKP (2026-01-01 s.d. 2026-12-31)' });
    expect(await fields({ tanggal: '2026-02-10', rencanaAksiId: raMaret.id })).toEqual({ tanggal: 'harus dalam periode rencana aksi (2026-03-01 s.d. 2026-03-31)' });
    expect(await fields({ tanggal: '2026-02-30' })).toMatchObject({ tanggal: 'harus berupa tanggal TTTT-BB-HH' });
    // Today is allowed; 23:30 WIB is still today there although UTC is on the same day too.
    expect((await catat(NIP.pelaksana, { tanggal: HARI_INI })).statusCode).toBe(201);
  });

  it('refuses an RHK of a draft or of someone else, and a plan or indicator of another RHK', async () => {
    const draft = guruDraft;
    expect(await catat(NIP.guru, { rhkId: draft.hasilKerja[0]!.id }).then((r) => r.json().fields)).toEqual({ rhkId: 'SKP untuk RHK ini belum disetujui' });
    expect(await catat(NIP.pelaksana, { rhkId: perawat.hasilKerja[0]!.id }).then((r) => r.json().fields)).toEqual({ rhkId: 'bukan RHK pada SKP Anda' });
    expect(await catat(NIP.pelaksana, { rhkId: rhkTambahan, rencanaAksiId: raMaret.id, indikatorId: indKuantitas }).then((r) => r.json().fields)).toEqual({
      rencanaAksiId: 'bukan rencana aksi RHK ini',
      indikatorId: 'bukan indikator RHK ini',
    });
    const noBody = await t.api('POST', '/api/v1/realisasi', { as: NIP.pelaksana, body: { id: 'x', jumlah: -1 } });
    expect(noBody.json().fields).toMatchObject({ id: 'harus berupa id (UUID) buatan aplikasi', jumlah: 'tidak boleh negatif', uraian: expect.any(String) });
  });

  it('a pengelola kinerja enters for a pegawai of their perangkat daerah only; a superior may not enter', async () => {
    const res = await catat(NIP.pengelola, { pegawaiId: budiId, uraian: 'Dicatat pengelola' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ pegawaiId: budiId, can: { ubah: true } });
    const [row] = await queryRows<{ dicatat_oleh: string }>(db, sql`SELECT dicatat_oleh FROM realisasi WHERE id = ${res.json<RealisasiItem>().id}`);
    expect(row!.dicatat_oleh).toBe(await t.pegawaiId(NIP.pengelola));
    const guruId = await t.pegawaiId(NIP.guru);
    expect(await catat(NIP.pengelola, { pegawaiId: guruId }).then((r) => [r.statusCode, r.json().fields])).toEqual([400, { pegawaiId: 'pegawai tidak ditemukan' }]);
    expect((await catat(NIP.pengawas, { pegawaiId: budiId })).statusCode).toBe(403);
    expect((await catat(NIP.perawat, { pegawaiId: budiId })).statusCode).toBe(400);
  });

  // PGlite exposes LISTEN directly; on PostgreSQL the same statement is delivered (the event bus's own tests).
  it.runIf(t.kind === 'pglite')('publishes a live event when the transaction commits', async () => {
    const got: string[] = [];
    const unlisten = await t.database.pglite!.listen('capaian_live', (payload) => got.push(payload));
    const res = await catat(NIP.pelaksana, { uraian: 'Terpantau langsung' });
    const event = { jenis: 'realisasi', instansiId: demoId, pegawaiId: budiId, realisasiId: res.json<RealisasiItem>().id };
    await expect.poll(() => got.map((g) => JSON.parse(g) as Record<string, string>)).toContainEqual(event);
    await unlisten();
  });
});

describe('who sees and changes an entry', () => {
  let item: RealisasiItem;
  beforeAll(async () => {
    item = (await catat(NIP.pelaksana, { uraian: 'Entri untuk uji akses' })).json<RealisasiItem>();
  });

  it('the pegawai, the whole chain above, the pengelola of the unit and BKPSDM see it, with their own `can`', async () => {
    const can = async (nip: string) => {
      const res = await t.api('GET', `/api/v1/realisasi/${item.id}`, { as: nip });
      expect(res.statusCode, nip).toBe(200);
      return res.json<RealisasiItem>().can;
    };
    expect(await can(NIP.pelaksana)).toEqual({ ubah: true, hapus: true, tambahBukti: true, beriUmpanBalik: false });
    expect(await can(NIP.pengawas)).toEqual({ ubah: false, hapus: false, tambahBukti: false, beriUmpanBalik: true });
    expect(await can(NIP.administrator)).toEqual({ ubah: false, hapus: false, tambahBukti: false, beriUmpanBalik: false });
    expect(await can(NIP.kadis)).toEqual({ ubah: false, hapus: false, tambahBukti: false, beriUmpanBalik: false });
    expect(await can(NIP.pengelola)).toEqual({ ubah: true, hapus: true, tambahBukti: true, beriUmpanBalik: false });
    expect(await can(NIP.adminBkpsdm)).toEqual({ ubah: false, hapus: false, tambahBukti: false, beriUmpanBalik: false });
  });

  it('refuses another pegawai, a non-superior, another pemda (404) and anonymous callers (401)', async () => {
    for (const nip of [NIP.perawat, NIP.kapus, NIP.guru, NIP.kasek]) {
      expect((await t.api('GET', `/api/v1/realisasi/${item.id}`, { as: nip })).statusCode, nip).toBe(404);
      expect((await t.api('GET', `/api/v1/realisasi?pegawaiId=${budiId}`, { as: nip })).statusCode, nip).toBe(404);
      expect((await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: nip, body: { rowVersion: 1, tanggal: '2026-03-10', uraian: 'X' } })).statusCode).toBe(404);
      expect((await t.api('DELETE', `/api/v1/realisasi/${item.id}`, { as: nip })).statusCode).toBe(404);
    }
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/realisasi/${item.id}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/realisasi?pegawaiId=${budiId}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/realisasi/${item.id}`, { as: null })).statusCode).toBe(401);
    expect((await t.api('GET', '/api/v1/realisasi/saya', { as: null })).statusCode).toBe(401);
    // A superior reads but does not edit.
    expect((await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: NIP.pengawas, body: { rowVersion: 1, tanggal: '2026-03-10', uraian: 'X' } })).statusCode).toBe(403);
    expect((await t.api('DELETE', `/api/v1/realisasi/${item.id}`, { as: NIP.pengawas })).statusCode).toBe(403);
  });

  it('lists a pegawai’s entries for their superior, filtered and paged; own by default', async () => {
    const res = await t.api('GET', `/api/v1/realisasi?pegawaiId=${budiId}&dari=2026-03-01&sampai=2026-03-31&rhkId=${rhkUtama}`, { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const list = res.json<{ items: RealisasiItem[]; total: number }>();
    expect(list.total).toBe(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE pegawai_id = ${budiId} AND rhk_id = ${rhkUtama}`));
    expect(list.items.every((i) => i.pegawaiId === budiId && i.can.beriUmpanBalik && !i.can.ubah)).toBe(true);
    const own = (await t.api('GET', '/api/v1/realisasi', { as: NIP.pelaksana })).json<{ items: RealisasiItem[]; total: number }>();
    expect(own.total).toBeGreaterThanOrEqual(list.total);
    expect(own.items[0]!.tanggal >= own.items.at(-1)!.tanggal).toBe(true);
  });

  it('edits with the row version: a stale version is refused with 409 version_conflict', async () => {
    const item = await entriBaru('Entri untuk uji ubah');
    const body = { rowVersion: item.rowVersion, tanggal: '2026-03-11', uraian: 'Diperbarui', jumlah: 5, rencanaAksiId: raMaret.id };
    const ok = await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: NIP.pelaksana, body });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ rowVersion: item.rowVersion + 1, tanggal: '2026-03-11', uraian: 'Diperbarui', jumlah: 5, rencanaAksiId: raMaret.id, indikatorId: indKuantitas });
    const stale = await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: NIP.pelaksana, body: { ...body, uraian: 'Dari HP lama' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'version_conflict', fields: { rowVersion: 'versi data sudah berubah' } });
    const future = await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: NIP.pelaksana, body: { ...body, rowVersion: item.rowVersion + 1, tanggal: '2026-04-01' } });
    expect(future.json().fields).toEqual({ tanggal: `tidak boleh melewati hari ini (${HARI_INI})` });
    // The pengelola of the unit may correct it too.
    const byPengelola = await t.api('PUT', `/api/v1/realisasi/${item.id}`, { as: NIP.pengelola, body: { ...body, rowVersion: item.rowVersion + 1, uraian: 'Dikoreksi pengelola' } });
    expect(byPengelola.json()).toMatchObject({ rowVersion: item.rowVersion + 2, uraian: 'Dikoreksi pengelola' });
  });

  it('a plan with progress cannot be deleted', async () => {
    const plan = await t.api('POST', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana, body: { rhkId: rhkUtama, periode: 3, uraian: 'Rekap usulan pensiun', target: 5, satuan: 'berkas' } });
    expect(plan.statusCode, plan.body).toBe(201);
    const rencana = plan.json<RencanaAksi>();
    expect((await catat(NIP.pelaksana, { rencanaAksiId: rencana.id, uraian: 'Merekap 2 usulan pensiun', jumlah: 2 })).statusCode).toBe(201);
    const res = await t.api('DELETE', `/api/v1/rencana-aksi/${rencana.id}`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'rencana_aksi_dipakai' });
    const list = (await t.api('GET', `/api/v1/skp/${budi.id}/rencana-aksi`, { as: NIP.pelaksana })).json<{ items: RencanaAksi[] }>();
    const ra = list.items.find((i) => i.id === rencana.id)!;
    expect(ra.jumlahEntri).toBeGreaterThan(0);
    expect(ra.can).toEqual({ ubah: true, hapus: false });
  });

  it('deletes (audited), after which the entry is gone', async () => {
    const e = (await catat(NIP.pelaksana, { uraian: 'Akan dihapus' })).json<RealisasiItem>();
    expect((await t.api('DELETE', `/api/v1/realisasi/${e.id}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    expect((await t.api('GET', `/api/v1/realisasi/${e.id}`, { as: NIP.pelaksana })).statusCode).toBe(404);
    const audit = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_event WHERE entity_type = 'realisasi' AND entity_id = ${e.id} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });
});

describe('an assessed period', () => {
  it('locks progress in a period once the pegawai has been rated there: no new entry, no edit, no delete', async () => {
    // On the additional RHK: the lists of the main RHK's entries elsewhere stay within March.
    const feb = (await catat(NIP.pelaksana, { rhkId: rhkTambahan, tanggal: '2026-02-10', uraian: 'Sebelum dinilai' })).json<RealisasiItem>();
    const maret = (await catat(NIP.pelaksana, { tanggal: '2026-03-10', uraian: 'Bulan berjalan' })).json<RealisasiItem>();
    expect(feb.can.ubah).toBe(true);
    const [unit] = await queryRows<{ unit_id: string }>(db, sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.id = ${budiId}`);
    const [periode] = await db
      .insert(periodePenilaian)
      .values({ instansiId: demoId, jenis: 'BULANAN', tahun: 2026, nomor: 2, mulai: '2026-02-01', selesai: '2026-02-28', batasPenilaian: '2026-03-31' })
      .returning({ id: periodePenilaian.id });
    await db.insert(evaluasi).values({ instansiId: demoId, periodeId: periode!.id, pegawaiId: budiId, skpId: budi.id, unitId: unit!.unit_id, status: 'DINILAI', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });

    const locked = (await t.api('GET', `/api/v1/realisasi/${feb.id}`, { as: NIP.pelaksana })).json<RealisasiItem>();
    expect(locked.can).toMatchObject({ ubah: false, hapus: false });
    const put = await t.api('PUT', `/api/v1/realisasi/${feb.id}`, { as: NIP.pelaksana, body: { rowVersion: feb.rowVersion, tanggal: feb.tanggal, uraian: 'Diubah sesudah dinilai' } });
    expect(put.statusCode).toBe(409);
    expect(put.json()).toMatchObject({ error: 'periode_sudah_dinilai' });
    expect((await t.api('DELETE', `/api/v1/realisasi/${feb.id}`, { as: NIP.pelaksana })).statusCode).toBe(409);
    expect((await catat(NIP.pelaksana, { tanggal: '2026-02-12', uraian: 'Terlambat dicatat' })).statusCode).toBe(409);
    // The month that has not been assessed stays open.
    expect((await t.api('GET', `/api/v1/realisasi/${maret.id}`, { as: NIP.pelaksana })).json<RealisasiItem>().can.ubah).toBe(true);
  });

  it('the writing statement itself refuses a date in an assessed period (a rating saved between the check and the write)', async () => {
    const id = randomUUID();
    const values = { instansiId: demoId, id, pegawaiId: budiId, skpId: budi.id, rhkId: rhkUtama, rencanaAksiId: null, indikatorId: null, tanggal: '2026-02-13', uraian: 'Balapan', jumlah: 1, dicatatOleh: budiId };
    const row = await realisasiRepository.simpanBaru(
      db,
      values,
      auditDalamPernyataan(null, demoId, { action: 'create', entityType: 'realisasi', entityId: id, summary: 'uji', after: values }, 'baru'),
      publishDalamPernyataan({ jenis: 'realisasi', instansiId: demoId, pegawaiId: budiId, realisasiId: id }, 'baru'),
    );
    expect(row).toBeNull();
    expect(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE id = ${id}`)).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'realisasi' AND entity_id = ${id}`)).toBe(0);
    // The same statement for an open month writes the entry and its one audit event.
    const maret = { ...values, id: randomUUID(), tanggal: '2026-03-13' };
    const ok = await realisasiRepository.simpanBaru(
      db,
      maret,
      auditDalamPernyataan(null, demoId, { action: 'create', entityType: 'realisasi', entityId: maret.id, summary: 'uji', after: maret }, 'baru'),
      publishDalamPernyataan({ jenis: 'realisasi', instansiId: demoId, pegawaiId: budiId, realisasiId: maret.id }, 'baru'),
    );
    expect(ok).toMatchObject({ id: maret.id, row_version: 1 });
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'realisasi' AND entity_id = ${maret.id}`)).toBe(1);
  });
});

describe('evidence (bukti dukung)', () => {
  // Each test adds evidence to an entry of its own.

  it('stores a photo by content under a server key, once per client id, with its sha256', async () => {
    const item = await entriBaru('Entri dengan bukti');
    const id = randomUUID();
    const res = await unggah(NIP.pelaksana, item.id, id, 'foto kegiatan.png', 'image/png', PNG);
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json<Bukti>();
    expect(b).toEqual({ id, jenis: 'FILE', nama: 'foto kegiatan.png', mime: 'image/png', ukuran: PNG.length, tautan: null, url: `/api/v1/bukti/${id}/unduh` });
    const again = await unggah(NIP.pelaksana, item.id, id, 'foto kegiatan.png', 'image/png', PNG);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(b);
    const [row] = await queryRows<{ kunci: string; sha256: string }>(db, sql`SELECT kunci_penyimpanan AS kunci, sha256 FROM bukti_dukung WHERE id = ${id}`);
    expect(row!.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    expect(row!.kunci).toMatch(new RegExp(`^${demoId}/2026/[0-9a-f-]{36}$`));
    expect(fs.readFileSync(path.join(t.config.storageDir, row!.kunci))).toEqual(PNG);
    expect(await count(sql`SELECT count(*)::int AS n FROM bukti_dukung WHERE realisasi_id = ${item.id}`)).toBe(1);
    const detail = (await t.api('GET', `/api/v1/realisasi/${item.id}`, { as: NIP.pengawas })).json<RealisasiItem>();
    expect(detail.bukti).toEqual([b]);
  });

  it('refuses a script renamed .jpg, SVG and HTML by content (415), whatever their name and type', async () => {
    // An entry with one photo: none of the refused files is added to it.
    const item = await entriBaru('Entri dengan bukti');
    expect((await unggah(NIP.pelaksana, item.id, randomUUID(), 'foto kegiatan.png', 'image/png', PNG)).statusCode).toBe(201);
    const tolak = [
      ['foto.jpg', 'image/jpeg', Buffer.from('#!/bin/sh\nrm -rf / --no-preserve-root\n')],
      ['gambar.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')],
      ['gambar.png', 'image/png', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
      ['laporan.html', 'text/html', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')],
      ['laporan.pdf', 'application/pdf', Buffer.from('<html><script>fetch("/api/v1/profil")</script></html>')],
      ['arsip.zip', 'application/zip', Buffer.from('504b0304140000000000', 'hex')],
      ['kosong.jpg', 'image/jpeg', Buffer.alloc(0)],
    ] as const;
    for (const [name, type, data] of tolak) {
      const res = await unggah(NIP.pelaksana, item.id, randomUUID(), name, type, data);
      expect(res.statusCode, name).toBe(415);
      expect(res.json()).toMatchObject({ error: 'jenis_berkas_ditolak' });
    }
    expect(await count(sql`SELECT count(*)::int AS n FROM bukti_dukung WHERE realisasi_id = ${item.id}`)).toBe(1);
  });

  it('refuses a file over config.uploadMaxBytes with 413 berkas_terlalu_besar', async () => {
    const item = await entriBaru('Entri dengan bukti');
    expect(t.config.uploadMaxBytes).toBe(1024 * 1024);
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1024 * 1024 + 100)]);
    const res = await unggah(NIP.pelaksana, item.id, randomUUID(), 'besar.jpg', 'image/jpeg', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'berkas_terlalu_besar' });
  });

  it('asks for the id before the file, and refuses uploads by those who may not add evidence', async () => {
    const item = await entriBaru('Entri dengan bukti');
    const noId = await upload(NIP.pelaksana, `/api/v1/realisasi/${item.id}/bukti`, [{ name: 'file', filename: 'a.png', type: 'image/png', data: PNG }]);
    expect(noId.statusCode).toBe(400);
    expect(noId.json().fields).toHaveProperty('id');
    expect((await unggah(NIP.pengawas, item.id, randomUUID(), 'a.png', 'image/png', PNG)).statusCode).toBe(403);
    expect((await unggah(NIP.perawat, item.id, randomUUID(), 'a.png', 'image/png', PNG)).statusCode).toBe(404);
    expect((await upload(null, `/api/v1/realisasi/${item.id}/bukti`, [{ name: 'id', value: randomUUID() }, { name: 'file', filename: 'a.png', type: 'image/png', data: PNG }])).statusCode).toBe(401);
  });

  it('serves files only after the read check, with safe headers (nosniff, sandbox CSP, RFC 5987 name)', async () => {
    const item = await entriBaru('Entri dengan bukti');
    const pdfId = randomUUID();
    expect((await unggah(NIP.pelaksana, item.id, pdfId, 'Laporan kegiatan — Maret.pdf', 'application/pdf', PDF)).statusCode).toBe(201);
    const res = await t.api('GET', `/api/v1/bukti/${pdfId}/unduh`, { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(res.headers['content-disposition']).toBe(`inline; filename="Laporan kegiatan _ Maret.pdf"; filename*=UTF-8''Laporan%20kegiatan%20%E2%80%94%20Maret.pdf`);
    expect(res.rawPayload).toEqual(PDF);

    // Office documents are downloaded, not shown; the legacy .doc (an OLE file) keeps its type.
    const xlsx = await xlsxBuffer([{ a: 1 }], ['a']);
    const xId = randomUUID();
    expect((await unggah(NIP.pelaksana, item.id, xId, 'rekap.xlsx', 'application/octet-stream', xlsx)).json()).toMatchObject({ mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const x = await t.api('GET', `/api/v1/bukti/${xId}/unduh`, { as: NIP.pelaksana });
    expect(x.headers['content-disposition']).toMatch(/^attachment; filename="rekap.xlsx"/);
    const dId = randomUUID();
    expect((await unggah(NIP.pelaksana, item.id, dId, 'surat lama.doc', 'application/msword', CFB)).json()).toMatchObject({ mime: 'application/msword', nama: 'surat lama.doc' });
    expect((await t.api('GET', `/api/v1/bukti/${dId}/unduh`, { as: NIP.pelaksana })).headers['content-type']).toBe('application/msword');

    for (const nip of [NIP.perawat, NIP.guru]) expect((await t.api('GET', `/api/v1/bukti/${pdfId}/unduh`, { as: nip })).statusCode).toBe(404);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/bukti/${pdfId}/unduh`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/bukti/${pdfId}/unduh`, { as: null })).statusCode).toBe(401);
  });

  it('takes links (http/https only), idempotent by id', async () => {
    const item = await entriBaru('Entri dengan bukti');
    const id = randomUUID();
    const res = await t.api('POST', `/api/v1/realisasi/${item.id}/tautan`, { as: NIP.pelaksana, body: { id, tautan: 'https://drive.example.go.id/berkas/123' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id, jenis: 'TAUTAN', nama: 'drive.example.go.id/berkas/123', mime: null, ukuran: null, tautan: 'https://drive.example.go.id/berkas/123', url: null });
    expect((await t.api('POST', `/api/v1/realisasi/${item.id}/tautan`, { as: NIP.pelaksana, body: { id, tautan: 'https://drive.example.go.id/berkas/123' } })).statusCode).toBe(200);
    expect((await t.api('POST', `/api/v1/realisasi/${item.id}/tautan`, { as: NIP.pelaksana, body: { id, tautan: 'https://lain.example' } })).json()).toMatchObject({ error: 'id_dipakai' });
    for (const tautan of ['javascript:alert(1)', 'ftp://files.example/a', 'data:text/html,<script>alert(1)</script>', 'bukan url']) {
      const bad = await t.api('POST', `/api/v1/realisasi/${item.id}/tautan`, { as: NIP.pelaksana, body: { id: randomUUID(), tautan } });
      expect(bad.statusCode, tautan).toBe(400);
      expect(bad.json().fields).toEqual({ tautan: 'harus berupa alamat http:// atau https://' });
    }
    expect((await t.api('GET', `/api/v1/bukti/${id}/unduh`, { as: NIP.pelaksana })).statusCode).toBe(404);
  });

  it('deletes evidence and its file; deleting the entry removes its files', async () => {
    const item = await entriBaru('Entri dengan bukti');
    const id = randomUUID();
    await unggah(NIP.pelaksana, item.id, id, 'hapus.png', 'image/png', PNG);
    const [row] = await queryRows<{ kunci: string }>(db, sql`SELECT kunci_penyimpanan AS kunci FROM bukti_dukung WHERE id = ${id}`);
    const file = path.join(t.config.storageDir, row!.kunci);
    expect(fs.existsSync(file)).toBe(true);
    expect((await t.api('DELETE', `/api/v1/bukti/${id}`, { as: NIP.pengawas })).statusCode).toBe(403);
    expect((await t.api('DELETE', `/api/v1/bukti/${id}`, { as: NIP.perawat })).statusCode).toBe(404);
    expect((await t.api('DELETE', `/api/v1/bukti/${id}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    expect(fs.existsSync(file)).toBe(false);

    const e = (await catat(NIP.pelaksana, { uraian: 'Entri dengan foto, dihapus' })).json<RealisasiItem>();
    await unggah(NIP.pelaksana, e.id, randomUUID(), 'x.png', 'image/png', PNG);
    const keys = await queryRows<{ kunci: string }>(db, sql`SELECT kunci_penyimpanan AS kunci FROM bukti_dukung WHERE realisasi_id = ${e.id}`);
    expect((await t.api('DELETE', `/api/v1/realisasi/${e.id}`, { as: NIP.pelaksana })).statusCode).toBe(204);
    expect(keys.length).toBe(1);
    expect(fs.existsSync(path.join(t.config.storageDir, keys[0]!.kunci))).toBe(false);
  });

  it('keeps display names safe', () => {
    expect(namaBerkas('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(namaBerkas('C:\\Users\\a\\foto.JPEG', 'jpg')).toBe('foto.JPEG');
    expect(namaBerkas('trik.html', 'jpg')).toBe('trik.html.jpg');
    expect(namaBerkas('', 'pdf')).toBe('berkas.pdf');
    expect(namaBerkas(`${'a'.repeat(300)}.pdf`, 'pdf')).toHaveLength(194);
  });
});

describe('home screen (GET /realisasi/saya)', () => {
  it('shows the approved SKP with indicator sums, plans with their progress, the latest entries and `can`', async () => {
    const res = await t.api('GET', '/api/v1/realisasi/saya?tahun=2026', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    const b = res.json<RealisasiBeranda>();
    expect(b).toMatchObject({ tahun: 2026, periodeKinerja: 'BULANAN', hariIni: HARI_INI, skp: { id: budi.id, status: 'DISETUJUI', versi: 1 }, can: { catat: true, rencanakan: true } });
    expect(b.rhk.map((r) => r.jenis)).toEqual(['UTAMA', 'TAMBAHAN']);
    const [sums] = await queryRows<{ ind: number; ra: number; n: number }>(
      db,
      sql`SELECT (SELECT COALESCE(sum(jumlah), 0)::int FROM realisasi WHERE indikator_id = ${indKuantitas}) AS ind,
                 (SELECT COALESCE(sum(jumlah), 0)::int FROM realisasi WHERE rencana_aksi_id = ${raMaret.id}) AS ra,
                 (SELECT count(*)::int FROM realisasi WHERE rencana_aksi_id = ${raMaret.id}) AS n`,
    );
    const utama = b.rhk[0]!;
    expect(utama.indikator.find((i) => i.id === indKuantitas)!.realisasiJumlah).toBe(sums!.ind);
    expect(sums!.ind).toBeGreaterThan(0);
    expect(utama.rencanaAksi.find((r) => r.id === raMaret.id)).toMatchObject({ realisasiJumlah: sums!.ra, jumlahEntri: sums!.n, can: { ubah: true, hapus: false } });
    expect(b.terakhir.length).toBe(Math.min(20, await entri(budiId)));
    expect(b.terakhir.every((i) => i.pegawaiId === budiId)).toBe(true);
  });

  it('a draft SKP: shown with its status, nothing to record yet; no SKP: null', async () => {
    const guru = (await t.api('GET', '/api/v1/realisasi/saya', { as: NIP.guru })).json<RealisasiBeranda>();
    expect(guru).toMatchObject({ tahun: 2026, skp: { status: 'DRAFT' }, can: { catat: false, rencanakan: false } });
    const none = (await t.api('GET', '/api/v1/realisasi/saya?tahun=2027', { as: NIP.pelaksana })).json<RealisasiBeranda>();
    expect(none).toMatchObject({ tahun: 2027, skp: null, rhk: [], terakhir: [], can: { catat: false, rencanakan: false } });
  });
});

describe('bulk entry (XLSX / CSV)', () => {
  it('the template is prefilled with the caller’s rencana aksi up to this period (ids hidden)', async () => {
    const res = await t.api('GET', '/api/v1/realisasi/impor/templat?tahun=2026', { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['rhk', 'periode', 'rencana_aksi', 'tanggal', 'uraian', 'jumlah', 'rencana_aksi_id', 'rhk_id']);
    expect(ws.getColumn(7).hidden).toBe(true);
    expect(ws.getColumn(8).hidden).toBe(true);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const planIds = rows.map((r) => r[7]).filter(Boolean);
    expect(planIds).toContain(raMaret.id);
    // April's plan lies in the future: not prefilled. The RHK without a plan this far has its own row.
    expect(rows.map((r) => r[2])).not.toContain('April 2026');
    expect(rows.find((r) => r[3] === 'Verifikasi berkas kenaikan pangkat')?.[2]).toBe('Maret 2026');
    expect(rows.every((r) => r[8] === rhkUtama || r[8] === rhkTambahan)).toBe(true);

    // Filled in and sent back: only the rows with content are imported.
    const filled = rows.findIndex((r) => r[7] === raMaret.id) + 2;
    ws.getRow(filled).getCell(4).value = new Date(Date.UTC(2026, 2, 9));
    ws.getRow(filled).getCell(5).value = 'Dari templat';
    ws.getRow(filled).getCell(6).value = 2;
    const back = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const before = await entri(budiId);
    const imp = await upload(NIP.pelaksana, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'templat.xlsx', type: 'application/octet-stream', data: back }]);
    expect(imp.statusCode, imp.body).toBe(200);
    expect(imp.json()).toEqual({ dibuat: 1 });
    expect(await entri(budiId)).toBe(before + 1);
    const [row] = await queryRows<{ tanggal: string; indikator_id: string }>(db, sql`SELECT to_char(tanggal, 'YYYY-MM-DD') AS tanggal, indikator_id FROM realisasi WHERE uraian = 'Dari templat'`);
    expect(row).toEqual({ tanggal: '2026-03-09', indikator_id: indKuantitas });
  });

  const TRICKY = 'Kutip "ganda", {kurung} \\ garis miring\nbaris baru; NULL';
  it('imports ~2,000 rows in one transaction, with one audit event', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      tanggal: `2026-03-${String(1 + (i % 16)).padStart(2, '0')}`,
      uraian: i === 0 ? TRICKY : `Kegiatan massal ${i + 1}`,
      jumlah: 1 + (i % 3),
      rencana_aksi_id: i % 2 ? raMaret.id : '',
      rhk_id: i % 2 ? '' : rhkTambahan,
    }));
    const file = await xlsxBuffer(rows, ['tanggal', 'uraian', 'jumlah', 'rencana_aksi_id', 'rhk_id']);
    const before = await entri(budiId);
    const auditBefore = await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'realisasi'`);
    const t0 = Date.now();
    const res = await upload(NIP.pelaksana, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'massal.xlsx', type: 'application/octet-stream', data: file }]);
    const ms = Date.now() - t0;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ dibuat: 2000 });
    expect(ms).toBeLessThan(15_000);
    expect(await entri(budiId)).toBe(before + 2000);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'realisasi'`)).toBe(auditBefore + 1);
    const [a] = await queryRows<{ action: string; summary: string }>(db, sql`SELECT action, summary FROM audit_event WHERE entity_type = 'realisasi' ORDER BY id DESC LIMIT 1`);
    expect(a).toEqual({ action: 'import', summary: 'Impor progres dari massal.xlsx: 2000 entri untuk 1 pegawai' });
    // Quotes, commas, braces, backslashes and line breaks survive the bulk insert.
    expect(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE uraian = ${TRICKY} AND pegawai_id = ${budiId}`)).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM realisasi WHERE uraian = 'NULL'`)).toBe(0);
  });

  it('refuses the whole file when any row is bad, listing each bad row in Indonesian; nothing is written', async () => {
    const csv = [
      'tanggal;uraian;jumlah;rencana_aksi_id;rhk_id;nip',
      `2026-03-02;Baik;1;${raMaret.id};;`,
      `2026-03-20;Masa depan;1;${raMaret.id};;`,
      `02/03/2026;;1;;${rhkUtama};`,
      `2026-02-10;Di luar periode rencana aksi;1;${raMaret.id};;`,
      `2026-03-03;Jumlah negatif;-2;;${rhkUtama};`,
      `2026-03-03;RHK orang lain;1;;${perawat.hasilKerja[0]!.id};`,
      `2026-03-03;Tanpa RHK;1;;;`,
      `2026-03-03;Pegawai lain;1;;${rhkUtama};${NIP.perawat}`,
      `30/02/2026;Tanggal salah;1;;${rhkUtama};`,
      `2026-03-04;Baik juga;;;${rhkUtama};${NIP.pelaksana}`,
    ].join('\n');
    const before = await entri(budiId);
    const res = await upload(NIP.pelaksana, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'progres.csv', type: 'text/csv', data: Buffer.from(csv) }]);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; message: string; details: { baris: Array<{ baris: number; kolom: string; alasan: string }> } }>();
    expect(body.error).toBe('impor_ditolak');
    expect(body.message).toBe('Berkas ditolak: 8 kesalahan. Tidak ada data yang disimpan.');
    expect(body.details.baris).toEqual([
      { baris: 3, kolom: 'tanggal', alasan: `tidak boleh melewati hari ini (${HARI_INI})` },
      { baris: 4, kolom: 'uraian', alasan: 'wajib diisi' },
      { baris: 5, kolom: 'tanggal', alasan: 'harus dalam periode rencana aksi (2026-03-01 s.d. 2026-03-31)' },
      { baris: 6, kolom: 'jumlah', alasan: 'harus bilangan bulat tidak negatif' },
      { baris: 7, kolom: 'rhk_id', alasan: 'bukan RHK pada SKP Anda' },
      { baris: 8, kolom: 'rencana_aksi_id', alasan: 'wajib diisi (atau rhk_id): salin baris dari templat' },
      { baris: 9, kolom: 'nip', alasan: 'Anda bukan pengelola kinerja unit pegawai ini' },
      { baris: 10, kolom: 'tanggal', alasan: 'harus berupa tanggal TTTT-BB-HH atau HH/BB/TTTT' },
    ]);
    expect(await entri(budiId)).toBe(before);
  });

  it('refuses a file without the required columns or that is not a table', async () => {
    const noCols = await upload(NIP.pelaksana, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'x.csv', type: 'text/csv', data: Buffer.from('a,b\n1,2\n') }]);
    expect(noCols.statusCode).toBe(400);
    expect(noCols.json()).toMatchObject({ error: 'impor_ditolak', details: { baris: [{ baris: 1, kolom: 'tanggal' }, { baris: 1, kolom: 'uraian' }, { baris: 1, kolom: 'rencana_aksi_id' }] } });
    const binary = await upload(NIP.pelaksana, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'x.png', type: 'image/png', data: PNG }]);
    expect(binary.json()).toMatchObject({ error: 'impor_ditolak' });
    const notMultipart = await t.api('POST', '/api/v1/realisasi/impor', { as: NIP.pelaksana, body: {} });
    expect(notMultipart.json()).toMatchObject({ error: 'validation_failed', fields: { file: expect.any(String) } });
  });

  it('a pengelola kinerja gets a template for their unit (NIP per row) and imports for its pegawai', async () => {
    const [dinkes] = await db.select().from(unitKerja).where(and(eq(unitKerja.instansiId, demoId), eq(unitKerja.kode, 'DINKES')));
    const [disdik] = await db.select().from(unitKerja).where(and(eq(unitKerja.instansiId, demoId), eq(unitKerja.kode, 'DISDIK')));
    expect((await t.api('GET', `/api/v1/realisasi/impor/templat?tahun=2026&unitId=${disdik!.id}`, { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/realisasi/impor/templat?tahun=2026&unitId=${dinkes!.id}`, { as: NIP.pelaksana })).statusCode).toBe(403);
    const res = await t.api('GET', `/api/v1/realisasi/impor/templat?tahun=2026&unitId=${dinkes!.id}`, { as: NIP.pengelola });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['nip', 'nama']);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    // Only pegawai with an approved SKP: Budi and the nurse of the puskesmas.
    expect([...new Set(rows.map((r) => r[1]))].sort()).toEqual([NIP.pelaksana, NIP.perawat].sort());

    const guruRhk = guruDraft.hasilKerja[0]!.id;
    const csv = ['nip,tanggal,uraian,jumlah,rhk_id', `${NIP.pelaksana},2026-03-05,Dicatat massal oleh pengelola,1,${rhkUtama}`, `${NIP.perawat},2026-03-05,Asuhan,2,${perawat.hasilKerja[0]!.id}`].join('\n');
    const ok = await upload(NIP.pengelola, '/api/v1/realisasi/impor', [{ name: 'file', filename: 'unit.csv', type: 'text/csv', data: Buffer.from(csv) }]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ dibuat: 2 });
    const outside = await upload(NIP.pengelola, '/api/v1/realisasi/impor', [
      { name: 'file', filename: 'unit.csv', type: 'text/csv', data: Buffer.from(`nip,tanggal,uraian,rhk_id\n${NIP.guru},2026-03-05,Mengajar,${guruRhk}\n999999999999999999,2026-03-05,X,${guruRhk}\n`) },
    ]);
    expect(outside.json()).toMatchObject({
      error: 'impor_ditolak',
      details: { baris: [{ baris: 2, kolom: 'nip', alasan: 'Anda bukan pengelola kinerja unit pegawai ini' }, { baris: 3, kolom: 'nip', alasan: 'pegawai dengan NIP ini tidak ditemukan' }] },
    });
  });

  it('parses dates the way spreadsheets give them', () => {
    expect(parseTanggal('2026-03-05')).toBe('2026-03-05');
    expect(parseTanggal('5/3/2026')).toBe('2026-03-05');
    expect(parseTanggal('05-03-2026')).toBe('2026-03-05');
    expect(parseTanggal('2026-02-29')).toBeNull();
    expect(parseTanggal('2028-02-29')).toBe('2028-02-29');
    expect(parseTanggal('Maret')).toBeNull();
  });
});
