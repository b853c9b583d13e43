import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, ne, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { instansi, notifikasi, pegawai, unitKerja } from '../db/schema.js';
import { unitSubtreeIds } from '../organisasi/repository.js';
import type { SkpDetail } from '@capaian/contract/skp';
import type { MonitoringResult } from '@capaian/contract/skp-monitoring';

// After the SKP deadline (31 January) of 2026: late counts apply and the pengelola may set SKPs.
const t = await createTestContext({ clock: () => new Date('2026-02-05T03:00:00Z') });

const indikator = (uraian: string) => ({ aspek: 'KUANTITAS', uraian, targetNilai: '100', targetSatuan: 'persen', targetTeks: null });

interface Ids {
  instansiId: string;
  dinkes: string;
  disdik: string;
  otherUnit: string;
  budi: string;
  yuliana: string;
  perawat: string;
}
const ids = {} as Ids;
let budiSkp: SkpDetail;

async function pegawaiRow(nip: string) {
  const [row] = await t.database.db.select({ id: pegawai.id, instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.nip, nip));
  return row!;
}
async function unitId(instansiId: string, kode: string) {
  const [row] = await t.database.db.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.kode, kode)));
  return row!.id;
}

/** The reference count, written independently of the feature: active pegawai of a unit's subtree. */
async function activeInSubtree(rootId: string) {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
         WHERE p.instansi_id = ${ids.instansiId} AND p.status NOT IN ('PENSIUN', 'NONAKTIF')
           AND j.unit_id IN ${unitSubtreeIds(ids.instansiId, [rootId])}`,
  );
  return row!.n;
}

beforeAll(async () => {
  const budi = await pegawaiRow(NIP.pelaksana);
  ids.instansiId = budi.instansiId;
  ids.budi = budi.id;
  ids.yuliana = (await pegawaiRow(NIP.pengawas)).id;
  ids.perawat = (await pegawaiRow(NIP.perawat)).id;
  ids.dinkes = await unitId(ids.instansiId, 'DINKES');
  ids.disdik = await unitId(ids.instansiId, 'DISDIK');
  const [other] = await t.database.db
    .select({ id: unitKerja.id })
    .from(unitKerja)
    .innerJoin(instansi, eq(instansi.id, unitKerja.instansiId))
    .where(eq(instansi.kode, 'KAB-LAIN'))
    .limit(1);
  ids.otherUnit = other!.id;

  // Yuliana (pengawas): a draft with one RHK. Budi (her subordinate): submitted, linked to her RHK.
  let res = await t.api('POST', '/api/v1/skp', { as: NIP.pengawas, body: { tahun: 2026 } });
  let y = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${y.id}/rhk`, { as: NIP.pengawas, body: { rowVersion: y.rowVersion, jenis: 'UTAMA', uraian: 'Tata kelola kepegawaian', indikator: [indikator('Persentase layanan kepegawaian')] } });
  y = res.json<SkpDetail>();
  res = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } });
  budiSkp = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${budiSkp.id}/rhk`, {
    as: NIP.pelaksana,
    body: { rowVersion: budiSkp.rowVersion, jenis: 'UTAMA', uraian: 'Layanan administrasi', rhkAtasanId: y.hasilKerja[0]!.id, indikator: [indikator('Berkas selesai'), { aspek: 'WAKTU', uraian: 'Tepat waktu', targetNilai: '12', targetSatuan: 'bulan', targetTeks: null }] },
  });
  budiSkp = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${budiSkp.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budiSkp.rowVersion } });
  expect(res.statusCode).toBe(200);
  budiSkp = res.json<SkpDetail>();
  // The perawat's draft is set by the pengelola kinerja after the deadline (audited by the SKP feature).
  res = await t.api('POST', '/api/v1/skp', { as: NIP.perawat, body: { tahun: 2026 } });
  const p = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${p.id}/tetapkan`, { as: NIP.pengelola, body: { rowVersion: p.rowVersion } });
  expect(res.json<SkpDetail>().status).toBe('DISETUJUI');
});

describe('the monitoring table', () => {
  it('counts the pegawai of each perangkat daerah by SKP status against the deadline, matching a direct count', async () => {
    const res = await t.api('GET', '/api/v1/skp-monitoring?tahun=2026', { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    const body = res.json<MonitoringResult>();
    expect(body).toMatchObject({ tahun: 2026, batasWaktu: '2026-01-31', terlambat: true, unit: null });
    expect(body.items.every((r) => r.perangkatDaerah && !r.langsung)).toBe(true);
    const dinkes = body.items.find((r) => r.unitId === ids.dinkes)!;
    const total = await activeInSubtree(ids.dinkes);
    expect(total).toBeGreaterThan(10);
    expect(dinkes).toMatchObject({
      kode: 'DINKES',
      total,
      jumlah: { BELUM_DIBUAT: total - 3, DRAFT: 1, DIAJUKAN: 1, DIKEMBALIKAN: 0, DISETUJUI: 1 },
      jumlahTerlambat: total - 1,
      persenDisetujui: Math.round((1 / total) * 1000) / 10,
    });
    expect(body.items.find((r) => r.unitId === ids.disdik)).toMatchObject({ total: await activeInSubtree(ids.disdik), jumlah: { DISETUJUI: 0 } });
    // Every active pegawai is counted exactly once across the perangkat daerah (Setda sits above the dinas).
    const [all] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM pegawai WHERE instansi_id = ${ids.instansiId} AND status NOT IN ('PENSIUN', 'NONAKTIF')`);
    expect(body.ringkasan.total).toBe(all!.n);
    expect(body.items.reduce((s, r) => s + r.total, 0)).toBe(all!.n);
  });

  it('drills into a unit: its own pegawai first, then one row per child unit with its whole subtree', async () => {
    const res = await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.dinkes}`, { as: NIP.adminBkpsdm });
    const body = res.json<MonitoringResult>();
    expect(body.unit).toMatchObject({ id: ids.dinkes, kode: 'DINKES' });
    expect(body.items[0]).toMatchObject({ unitId: ids.dinkes, langsung: true, jumlahSubUnit: 0 });
    expect(body.items.length).toBeGreaterThan(3);
    expect(body.ringkasan.total).toBe(await activeInSubtree(ids.dinkes));
    for (const r of body.items.slice(1)) expect(r.total).toBe(await activeInSubtree(r.unitId));
  });

  it('the pengelola kinerja sees only their perangkat daerah; a plain pegawai is refused; another pemda’s unit is not found', async () => {
    const own = (await t.api('GET', '/api/v1/skp-monitoring?tahun=2026', { as: NIP.pengelola })).json<MonitoringResult>();
    expect(own.items.map((r) => r.kode)).toEqual(['DINKES']);
    expect((await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.disdik}`, { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.otherUnit}`, { as: NIP.pengelola })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.otherUnit}`, { as: NIP.adminBkpsdm })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/skp-monitoring?tahun=2026', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/skp-monitoring/pegawai?tahun=2026', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('POST', '/api/v1/skp-monitoring/pengingat', { as: NIP.pelaksana, body: { tahun: 2026 } })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/skp-monitoring/ekspor.xlsx?tahun=2026', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/skp-monitoring?tahun=2026')).statusCode).toBe(401);
    // The head of a dinas holds PIMPINAN: every perangkat daerah; a pejabat penilai without a role is refused.
    expect((await t.api('GET', '/api/v1/skp-monitoring', { as: NIP.kadis })).json<MonitoringResult>().items.length).toBeGreaterThan(1);
    expect((await t.api('GET', '/api/v1/skp-monitoring', { as: NIP.pengawas })).statusCode).toBe(403);
  });

  it('lists the pegawai behind a cell, paged', async () => {
    type Page = { items: Array<{ nip: string; status: string; skpId: string | null; terlambat: boolean; jabatanNama: string; unitNama: string }>; total: number };
    const diajukan = (await t.api('GET', `/api/v1/skp-monitoring/pegawai?tahun=2026&unitId=${ids.dinkes}&status=DIAJUKAN`, { as: NIP.pengelola })).json<Page>();
    expect(diajukan.total).toBe(1);
    expect(diajukan.items[0]).toMatchObject({ nip: NIP.pelaksana, status: 'DIAJUKAN', skpId: budiSkp.id, terlambat: true });
    expect(diajukan.items[0]!.jabatanNama).not.toBe('');
    const belum = (await t.api('GET', `/api/v1/skp-monitoring/pegawai?tahun=2026&unitId=${ids.dinkes}&status=BELUM_DIBUAT&pageSize=5&page=2`, { as: NIP.pengelola })).json<Page>();
    expect(belum.total).toBe((await activeInSubtree(ids.dinkes)) - 3);
    expect(belum.items).toHaveLength(5);
    expect(belum.items.every((i) => i.status === 'BELUM_DIBUAT' && i.skpId === null)).toBe(true);
    const all = (await t.api('GET', '/api/v1/skp-monitoring/pegawai?tahun=2026&pageSize=100', { as: NIP.pengelola })).json<Page>();
    expect(all.total).toBe(await activeInSubtree(ids.dinkes));
    const bad = await t.api('GET', '/api/v1/skp-monitoring/pegawai?tahun=2026&pageSize=101&status=X', { as: NIP.pengelola });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ fields: Record<string, string> }>().fields).sort()).toEqual(['pageSize', 'status']);
  });
});

describe('reminders and the bell', () => {
  let budiNotif = '';

  it('notifies everyone not approved and the pejabat penilai with SKPs waiting, once a day, audited', async () => {
    const total = await activeInSubtree(ids.dinkes);
    const res = await t.api('POST', '/api/v1/skp-monitoring/pengingat', { as: NIP.pengelola, body: { tahun: 2026 } });
    expect(res.statusCode).toBe(200);
    // Everyone but the approved perawat; Yuliana (draft and a waiting penilai) gets one notification.
    expect(res.json()).toEqual({ dikirim: total - 1 });
    const rows = await t.database.db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, ids.instansiId), eq(notifikasi.jenis, 'PENGINGAT_SKP')));
    expect(rows).toHaveLength(total - 1);
    expect(rows.some((r) => r.pegawaiId === ids.perawat)).toBe(false);
    const budi = rows.find((r) => r.pegawaiId === ids.budi)!;
    expect(budi).toMatchObject({ judul: 'Pengingat SKP 2026', tautan: '/skp' });
    expect(budi.pesan).toContain('31 Januari 2026');
    const yuliana = rows.filter((r) => r.pegawaiId === ids.yuliana);
    expect(yuliana).toHaveLength(1);
    expect(yuliana[0]!.pesan).toContain('1 SKP bawahan menunggu persetujuan Anda');
    expect(yuliana[0]!.pesan).toContain('SKP tahun 2026 Anda belum disetujui');
    budiNotif = budi.id;

    const again = await t.api('POST', '/api/v1/skp-monitoring/pengingat', { as: NIP.adminBkpsdm, body: { tahun: 2026, unitId: ids.dinkes } });
    expect(again.json()).toEqual({ dikirim: 0 });
    const audit = (await t.api('GET', '/api/v1/audit?entityType=notifikasi', { as: NIP.adminBkpsdm })).json<{ items: Array<{ summary: string }> }>();
    expect(audit.items.map((i) => i.summary)).toEqual(
      expect.arrayContaining([`Pengingat SKP 2026 dikirim kepada ${total - 1} pegawai (semua unit dalam cakupan)`, 'Pengingat SKP 2026 dikirim kepada 0 pegawai (Dinas Kesehatan)']),
    );
    // Another perangkat daerah is untouched.
    const [disdik] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM notifikasi n JOIN pegawai p ON p.instansi_id = n.instansi_id AND p.id = n.pegawai_id
            JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
           WHERE n.instansi_id = ${ids.instansiId} AND j.unit_id IN ${unitSubtreeIds(ids.instansiId, [ids.disdik])}`,
    );
    expect(disdik!.n).toBe(0);
  });

  it('the notified pegawai sees the bell count and marks it read; another user cannot', async () => {
    type Bell = { items: Array<{ id: string; jenis: string; judul: string; tautan: string | null; dibacaAt: string | null }>; jumlahBelumDibaca: number };
    let bell = (await t.api('GET', '/api/v1/notifikasi?belumDibaca=true', { as: NIP.pelaksana })).json<Bell>();
    expect(bell.jumlahBelumDibaca).toBe(1);
    expect(bell.items).toEqual([expect.objectContaining({ id: budiNotif, judul: 'Pengingat SKP 2026', tautan: '/skp', dibacaAt: null })]);

    expect((await t.api('POST', `/api/v1/notifikasi/${budiNotif}/baca`, { as: NIP.perawat })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/notifikasi', { as: NIP.perawat })).json<Bell>().items.some((i) => i.id === budiNotif)).toBe(false);
    expect((await t.api('POST', `/api/v1/notifikasi/${crypto.randomUUID()}/baca`, { as: NIP.pelaksana })).statusCode).toBe(404);

    const read = await t.api('POST', `/api/v1/notifikasi/${budiNotif}/baca`, { as: NIP.pelaksana });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: budiNotif, dibacaAt: '2026-02-05T03:00:00.000Z' });
    bell = (await t.api('GET', '/api/v1/notifikasi?belumDibaca=true', { as: NIP.pelaksana })).json<Bell>();
    expect(bell).toEqual({ items: [], jumlahBelumDibaca: 0 });
    expect((await t.api('GET', '/api/v1/notifikasi', { as: NIP.pelaksana })).json<Bell>().items).toHaveLength(1);

    // Yuliana has the reminder and the notice of Budi's submission.
    const bellYuliana = (await t.api('GET', '/api/v1/notifikasi', { as: NIP.pengawas })).json<Bell>();
    expect(bellYuliana.items.map((i) => i.jenis).sort()).toEqual(['PENGINGAT_SKP', 'SKP_DIAJUKAN']);
    expect(bellYuliana.jumlahBelumDibaca).toBe(2);
    expect((await t.api('POST', '/api/v1/notifikasi/baca-semua', { as: NIP.pengawas })).json()).toEqual({ diperbarui: 2 });
    expect((await t.api('GET', '/api/v1/notifikasi', { as: NIP.pengawas })).json<Bell>().jumlahBelumDibaca).toBe(0);
    // Budi's notification was not touched by someone else's "read all".
    const [row] = await t.database.db.select().from(notifikasi).where(and(eq(notifikasi.id, budiNotif), ne(notifikasi.pegawaiId, ids.yuliana)));
    expect(row?.pegawaiId).toBe(ids.budi);
  });
});

describe('the XLSX export', () => {
  it('has the Rekap sheet and one SKP row per RHK indicator, NIP as text', async () => {
    const res = await t.api('GET', `/api/v1/skp-monitoring/ekspor.xlsx?tahun=2026&unitId=${ids.dinkes}`, { as: NIP.pengelola });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="Monitoring-SKP-2026-DINKES.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap', 'SKP']);

    const table = (await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.dinkes}`, { as: NIP.pengelola })).json<MonitoringResult>();
    const rekap = wb.getWorksheet('Rekap')!;
    expect(rekap.getRow(1).values).toEqual([undefined, 'Kode', 'Unit kerja', 'Jumlah pegawai', 'Belum dibuat', 'Draf', 'Diajukan', 'Dikembalikan', 'Disetujui', '% disetujui', 'Terlambat']);
    expect(rekap.getRow(2).getCell(2).value).toBe('Dinas Kesehatan (langsung)');
    const jumlah = rekap.getRow(table.items.length + 2);
    expect(jumlah.getCell(2).value).toBe('Jumlah');
    expect(jumlah.getCell(3).value).toBe(table.ringkasan.total);
    expect(jumlah.getCell(8).value).toBe(1);

    const skp = wb.getWorksheet('SKP')!;
    expect(skp.getRow(1).values).toEqual([undefined, 'Unit kerja', 'NIP', 'Nama', 'Jabatan', 'Status', 'Versi', 'Jenis RHK', 'RHK', 'RHK atasan', 'Aspek', 'Indikator', 'Target']);
    // Budi: 2 indicators, Yuliana: 1, everyone else (no RHK): one row each.
    expect(skp.actualRowCount - 1).toBe(table.ringkasan.total + 1);
    const budiRows: ExcelJS.Row[] = [];
    skp.eachRow((row, n) => {
      if (n > 1 && row.getCell(2).value === NIP.pelaksana) budiRows.push(row);
    });
    expect(budiRows).toHaveLength(2);
    expect(budiRows[0]!.getCell(2).value).toBe(NIP.pelaksana);
    expect(budiRows.map((r) => [r.getCell(5).value, r.getCell(6).value, r.getCell(7).value, r.getCell(8).value, r.getCell(9).value, r.getCell(10).value, r.getCell(11).value, r.getCell(12).value])).toEqual([
      ['Diajukan', 1, 'Utama', 'Layanan administrasi', 'Tata kelola kepegawaian', 'Kuantitas', 'Berkas selesai', '100 persen'],
      ['Diajukan', 1, 'Utama', 'Layanan administrasi', 'Tata kelola kepegawaian', 'Waktu', 'Tepat waktu', '12 bulan'],
    ]);
  });
});
