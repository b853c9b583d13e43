import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, NIP, KLIEN } from '../../test/context.js';
import { penilaianFixture, type SkpFixture } from '../../test/penilaian-fixture.js';
import { auditEvent, evaluasi, evaluasiRiwayat, keberatan, notifikasi } from '../db/schema.js';
import type { Keberatan, KeberatanListItem } from '@capaian/contract/keberatan';

// 10 December 2026, 10:00 WIB: every test starts there; a test that needs another day sets it itself.
const HARI_UJI = '2026-12-10T03:00:00Z';
let now = new Date(HARI_UJI);
const t = await createTestContext({ clock: () => now });
const f = await penilaianFixture(t);
const db = f.db;
function pada(iso: string) {
  now = new Date(iso);
}
beforeEach(() => pada(HARI_UJI));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function multipart(filename: string, type: string, data: Buffer) {
  const boundary = `----capaian${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
async function unggah(nip: string, id: string, filename: string, type: string, data: Buffer) {
  const mp = multipart(filename, type, data);
  return t.app.inject({ method: 'POST', url: `/api/v1/keberatan/${id}/lampiran`, headers: { ...mp.headers, ...KLIEN, cookie: await t.login(nip) }, payload: mp.payload });
}

let budiSkp: SkpFixture;
beforeAll(async () => {
  budiSkp = await f.skpDisetujui(f.id.pelaksana);
});

/**
 * A closed monthly period of its own for every evaluation a test makes (an evaluation is unique per
 * period and pegawai): the months of 2026, then of the years before.
 */
let periodeDibuat = 0;
async function periodeBaru() {
  const tahun = 2026 - Math.floor(periodeDibuat / 12);
  const bulan = String((periodeDibuat % 12) + 1).padStart(2, '0');
  periodeDibuat += 1;
  return f.periode({ jenis: 'BULANAN', tahun, nomor: Number(bulan), mulai: `${tahun}-${bulan}-01`, selesai: `${tahun}-${bulan}-28`, status: 'DITUTUP' });
}

/** A fresh evaluation of Budi in a period of its own, rated by Yuliana with Agus as her atasan. */
async function evaluasiBudi(v: { status?: string; disampaikanAt?: Date; diterimaAt?: Date | null; atasan?: boolean; hk?: 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_BAWAH_EKSPEKTASI' } = {}) {
  return f.evaluasiFinal({
    periodeId: await periodeBaru(),
    pegawaiId: f.id.pelaksana,
    skp: budiSkp,
    penilaiId: f.id.pengawas,
    atasanId: v.atasan === false ? null : f.id.administrator,
    hk: v.hk ?? 'SESUAI_EKSPEKTASI',
    rp: 'SESUAI_EKSPEKTASI',
    status: v.status ?? 'FINAL',
    // Delivered (made final and visible) on 5 December unless a scenario says otherwise.
    disampaikanAt: v.disampaikanAt ?? new Date('2026-12-05T02:00:00Z'),
    finalAt: v.disampaikanAt ?? new Date('2026-12-05T02:00:00Z'),
    diterimaAt: v.diterimaAt === undefined ? new Date('2026-12-05T02:00:00Z') : v.diterimaAt,
  });
}

async function ajukan(evaluasiId: string, as: string = NIP.pelaksana) {
  return t.api('POST', '/api/v1/keberatan', { as, body: { evaluasiId, alasan: 'Realisasi saya melebihi target dan bukti dukung sudah lengkap.' } });
}
const notifOf = async (pegawaiId: string) => db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, pegawaiId), eq(notifikasi.jenis, 'KEBERATAN')));

/** Budi's keberatan on a fresh final result (Baik), filed and waiting for the atasan. */
async function keberatanBaru(): Promise<{ k: Keberatan; evId: string }> {
  const evId = await evaluasiBudi();
  const res = await ajukan(evId);
  expect(res.statusCode, res.body).toBe(201);
  return { k: res.json<Keberatan>(), evId };
}

/** The same, with the attachment the pegawai sends along. */
async function keberatanDenganLampiran() {
  const filed = await keberatanBaru();
  const res = await unggah(NIP.pelaksana, filed.k.id, 'bukti realisasi.png', 'image/png', PNG);
  expect(res.statusCode, res.body).toBe(200);
  return filed;
}

/** The same, upheld by the atasan pejabat penilai. */
async function keberatanDipertahankan() {
  const filed = await keberatanBaru();
  const res = await t.api('POST', `/api/v1/keberatan/${filed.k.id}/putuskan`, { as: NIP.administrator, body: { hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Penilaian sesuai bukti dukung.' } });
  expect(res.statusCode, res.body).toBe(200);
  return filed;
}

describe('filing a keberatan', () => {
  it('lets the pegawai object to a final result within 14 days; the evaluation goes to KEBERATAN and both superiors are told', async () => {
    const evId = await evaluasiBudi();
    const res = await ajukan(evId);
    expect(res.statusCode, res.body).toBe(201);
    const k = res.json<Keberatan>();
    expect(k).toMatchObject({
      status: 'DIAJUKAN',
      statusLabel: 'Diajukan',
      pegawai: { id: f.id.pelaksana, nip: NIP.pelaksana },
      pejabatPenilai: { id: f.id.pengawas, nip: NIP.pengawas },
      atasanPenilai: { id: f.id.administrator, nip: NIP.administrator },
      evaluasi: { id: evId, status: 'KEBERATAN', predikat: 'BAIK', keberatanSampai: '2026-12-19T16:59:59.999Z', riwayat: [] },
      hasil: null,
      can: { mintaKlarifikasi: false, beriKlarifikasi: false, putuskan: false, unggahLampiran: true },
    });
    const [row] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    expect(row?.status).toBe('KEBERATAN');
    expect((await notifOf(f.id.administrator)).map((n) => n.tautan)).toContain(`/keberatan/${k.id}`);
    expect((await notifOf(f.id.pengawas)).map((n) => n.tautan)).toContain(`/keberatan/${k.id}`);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'keberatan'), eq(auditEvent.entityId, k.id)));
    expect(audits.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a second keberatan on the same result, and anyone but the pegawai', async () => {
    const { evId } = await keberatanBaru();
    expect((await ajukan(evId)).json()).toMatchObject({ error: 'keberatan_sudah_ada' });
    const lain = await evaluasiBudi();
    const byPenilai = await ajukan(lain, NIP.pengawas);
    expect(byPenilai.statusCode).toBe(403);
    expect((await ajukan(lain, NIP.perawat)).statusCode).toBe(403);
    expect((await ajukan(randomUUID())).statusCode).toBe(404);
  });

  it('refuses a result that is not final yet', async () => {
    const res = await ajukan(await evaluasiBudi({ status: 'DINILAI' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'belum_final' });
  });

  it('refuses a late keberatan naming the deadline date, and accepts one on the last day', async () => {
    // Received 30 November 2026 (WIB): the window closes at the end of 14 December 2026, WIB.
    const batas = await evaluasiBudi({ disampaikanAt: new Date('2026-11-30T02:00:00Z') });
    const terlambat = await evaluasiBudi({ disampaikanAt: new Date('2026-11-30T02:00:00Z') });
    pada('2026-12-14T16:59:00Z');
    const onTime = await ajukan(batas);
    expect(onTime.statusCode, onTime.body).toBe(201);
    pada('2026-12-15T03:00:00Z');
    const late = await ajukan(terlambat);
    expect(late.statusCode).toBe(409);
    const body = late.json<{ error: string; message: string; details: { batasWaktu: string } }>();
    expect(body.error).toBe('keberatan_lewat_waktu');
    expect(body.message).toContain('Batas waktu keberatan 14 Desember 2026 sudah lewat');
    expect(body.details.batasWaktu).toBe('2026-12-14T16:59:59.999Z');
    const [row] = await db.select().from(evaluasi).where(eq(evaluasi.id, terlambat));
    expect(row?.status).toBe('FINAL');
  });

  it('counts the window from delivery: not pressing "terima" never keeps it open', async () => {
    // Delivered 3 August, never acknowledged, filed in December: refused (it used to count as received now).
    const late = await ajukan(await evaluasiBudi({ disampaikanAt: new Date('2026-08-03T02:00:00Z'), diterimaAt: null }));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: 'keberatan_lewat_waktu', details: { batasWaktu: '2026-08-17T16:59:59.999Z', disampaikanAt: '2026-08-03T02:00:00.000Z' } });
    expect(late.json<{ message: string }>().message).toContain('sejak hasil penilaian disampaikan (3 Agustus 2026)');
    // Delivered 5 December and not acknowledged: open until 19 December, and filing does not mark it received.
    const res = await ajukan(await evaluasiBudi({ diterimaAt: null }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Keberatan>().evaluasi).toMatchObject({ disampaikanAt: '2026-12-05T02:00:00.000Z', diterimaAt: null, keberatanSampai: '2026-12-19T16:59:59.999Z' });
  });

  it('keeps attachments: content-checked files by the pegawai, readable by the atasan', async () => {
    const { k } = await keberatanBaru();
    const res = await unggah(NIP.pelaksana, k.id, 'bukti realisasi.png', 'image/png', PNG);
    expect(res.statusCode, res.body).toBe(200);
    const lampiran = res.json<Keberatan>().lampiran;
    expect(lampiran).toEqual([expect.objectContaining({ nama: 'bukti realisasi.png', mime: 'image/png', ukuran: PNG.length })]);
    const file = await t.api('GET', lampiran[0]!.url, { as: NIP.administrator });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect((await t.api('GET', lampiran[0]!.url, { as: NIP.perawat })).statusCode).toBe(404);
    const html = await unggah(NIP.pelaksana, k.id, 'x.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ error: 'jenis_berkas_ditolak', fields: { file: expect.any(String) } });
    expect((await unggah(NIP.pengawas, k.id, 'bukti.png', 'image/png', PNG)).statusCode).toBe(403);
    const notJson = await t.api('POST', `/api/v1/keberatan/${k.id}/lampiran`, { as: NIP.pelaksana, body: {} });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('explanations and the decision', () => {
  it('shows both sides to the atasan, who may ask for explanations and decide', async () => {
    const { k } = await keberatanDenganLampiran();
    const list = (await t.api('GET', '/api/v1/keberatan?peran=putuskan', { as: NIP.administrator })).json<{ items: KeberatanListItem[] }>();
    expect(list.items.map((i) => i.id)).toContain(k.id);
    expect(list.items.find((i) => i.id === k.id)?.can).toMatchObject({ mintaKlarifikasi: true, putuskan: true });
    const detail = (await t.api('GET', `/api/v1/keberatan/${k.id}`, { as: NIP.administrator })).json<Keberatan>();
    expect(detail).toMatchObject({
      alasan: expect.stringContaining('melebihi target'),
      evaluasi: { umpanBalikHasilKerja: expect.any(String), ratingHasilKerja: 'SESUAI_EKSPEKTASI' },
      lampiran: [expect.objectContaining({ nama: 'bukti realisasi.png' })],
    });
    expect((await t.api('GET', '/api/v1/keberatan?peran=penilai', { as: NIP.pengawas })).json<{ items: KeberatanListItem[] }>().items.map((i) => i.id)).toContain(k.id);
    expect((await t.api('GET', `/api/v1/keberatan/${k.id}`, { as: NIP.perawat })).statusCode).toBe(404);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/keberatan/${k.id}`, { as: other.nip })).statusCode).toBe(404);
  });

  it('lets a side answer only once the atasan asked it', async () => {
    const { k } = await keberatanBaru();
    const early = await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.pengawas, body: { pesan: 'Penjelasan' } });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: 'klarifikasi_belum_diminta' });
    const ask = await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, {
      as: NIP.administrator,
      body: { pesan: 'Mohon jelaskan dasar rating hasil kerja.', kepada: 'PENILAI' },
    });
    expect(ask.statusCode, ask.body).toBe(200);
    expect(ask.json<Keberatan>()).toMatchObject({ status: 'KLARIFIKASI', klarifikasi: [{ dari: 'ATASAN', kepada: 'PENILAI', oleh: { id: f.id.administrator } }] });
    expect((await notifOf(f.id.pengawas)).some((n) => n.judul.startsWith('Klarifikasi keberatan diminta'))).toBe(true);
    // Asked of the penilai only: the pegawai waits.
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.pelaksana, body: { pesan: 'Saya juga' } })).statusCode).toBe(409);
    const asPenilai = (await t.api('GET', `/api/v1/keberatan/${k.id}`, { as: NIP.pengawas })).json<Keberatan>();
    expect(asPenilai.can).toMatchObject({ beriKlarifikasi: true, putuskan: false });
    const answer = await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.pengawas, body: { pesan: 'Dua RHK memenuhi target, tidak melebihi.' } });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json<Keberatan>().klarifikasi.map((c) => c.dari)).toEqual(['ATASAN', 'PENILAI']);
    expect((await notifOf(f.id.administrator)).some((n) => n.judul.startsWith('Klarifikasi keberatan dari'))).toBe(true);
    const both = await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.administrator, body: { pesan: 'Pegawai, tunjukkan bukti tambahan.' } });
    expect(both.json<Keberatan>()).toMatchObject({ status: 'KLARIFIKASI' });
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.pelaksana, body: { pesan: 'Terlampir.', kepada: 'PENILAI' } })).statusCode).toBe(400);
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.pelaksana, body: { pesan: 'Terlampir daftar usulan.' } })).statusCode).toBe(200);
  });

  it('lets only the atasan pejabat penilai decide', async () => {
    const { k } = await keberatanBaru();
    const body = { hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Penilaian sesuai bukti.' };
    for (const nip of [NIP.pelaksana, NIP.pengawas, NIP.adminBkpsdm]) {
      const res = await t.api('POST', `/api/v1/keberatan/${k.id}/putuskan`, { as: nip, body });
      expect(res.statusCode, nip).toBe(403);
    }
    // Higher up the chain is not the atasan pejabat penilai: the keberatan is not even visible.
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/putuskan`, { as: NIP.kadis, body })).statusCode).toBe(404);
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/putuskan`, { as: NIP.administrator, body: { ...body, ratingHasilKerja: 'DI_ATAS_EKSPEKTASI' } })).json()).toMatchObject({
      error: 'validation_failed',
      fields: { ratingHasilKerja: expect.any(String) },
    });
  });

  it('upholds a result: the evaluation is decided, its values unchanged, no history row, both sides told', async () => {
    const { k, evId } = await keberatanBaru();
    const res = await t.api('POST', `/api/v1/keberatan/${k.id}/putuskan`, { as: NIP.administrator, body: { hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Penilaian sesuai bukti dukung.' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Keberatan>()).toMatchObject({
      status: 'DIPUTUS',
      hasil: 'DIPERTAHANKAN',
      hasilLabel: 'Hasil penilaian dipertahankan',
      alasanKeputusan: 'Penilaian sesuai bukti dukung.',
      diputuskanOleh: { id: f.id.administrator },
      evaluasi: { status: 'DIPUTUS', predikat: 'BAIK', riwayat: [] },
      can: { mintaKlarifikasi: false, putuskan: false, unggahLampiran: false },
    });
    const [row] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    expect(row).toMatchObject({ status: 'DIPUTUS', ratingHasilKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
    expect(await db.select().from(evaluasiRiwayat).where(eq(evaluasiRiwayat.evaluasiId, evId))).toHaveLength(0);
    expect((await notifOf(f.id.pelaksana)).some((n) => n.judul === 'Keberatan diputus: hasil penilaian dipertahankan')).toBe(true);
    expect((await notifOf(f.id.pengawas)).some((n) => n.judul === 'Keberatan diputus: hasil penilaian dipertahankan')).toBe(true);
  });

  it('keeps a decision final: nothing changes afterwards', async () => {
    const { k, evId } = await keberatanDipertahankan();
    const again = await t.api('POST', `/api/v1/keberatan/${k.id}/putuskan`, { as: NIP.administrator, body: { hasil: 'DIUBAH', alasanKeputusan: 'Berubah pikiran', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'keberatan_diputus' });
    expect((await t.api('POST', `/api/v1/keberatan/${k.id}/klarifikasi`, { as: NIP.administrator, body: { pesan: 'Lagi' } })).json()).toMatchObject({ error: 'keberatan_diputus' });
    expect((await unggah(NIP.pelaksana, k.id, 'lagi.png', 'image/png', PNG)).json()).toMatchObject({ error: 'keberatan_diputus' });
    expect((await ajukan(evId)).statusCode).toBe(409);
    // The rating screen refuses too: only a keberatan decision changes a final result.
    const [row] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    const rerate = await t.api('PUT', `/api/v1/penilaian/evaluasi/${evId}`, {
      as: NIP.pengawas,
      body: { rowVersion: row!.rowVersion, rhk: budiSkp.rhk.map((r) => ({ rhkId: r.id, rating: 'DI_ATAS_EKSPEKTASI' })), ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', perilaku: [], ratingPerilaku: 'DI_ATAS_EKSPEKTASI' },
    });
    expect(rerate.statusCode).toBe(409);
    const [after] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    expect(after).toMatchObject({ status: 'DIPUTUS', predikat: 'BAIK' });
  });

  it('changes a result: new ratings, the predikat from the matrix, the old values kept in history', async () => {
    const evId = await evaluasiBudi();
    const filed = (await ajukan(evId)).json<Keberatan>();
    const empty = await t.api('POST', `/api/v1/keberatan/${filed.id}/putuskan`, { as: NIP.administrator, body: { hasil: 'DIUBAH', alasanKeputusan: 'Bukti baru' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ fields: { ratingHasilKerja: expect.stringContaining('rating') } });
    const same = await t.api('POST', `/api/v1/keberatan/${filed.id}/putuskan`, { as: NIP.administrator, body: { hasil: 'DIUBAH', alasanKeputusan: 'Bukti baru', ratingHasilKerja: 'SESUAI_EKSPEKTASI' } });
    expect(same.json()).toMatchObject({ fields: { ratingHasilKerja: expect.stringContaining('DIPERTAHANKAN') } });

    const res = await t.api('POST', `/api/v1/keberatan/${filed.id}/putuskan`, {
      as: NIP.administrator,
      body: { hasil: 'DIUBAH', alasanKeputusan: 'Bukti dukung menunjukkan realisasi melebihi target.', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Keberatan>()).toMatchObject({
      status: 'DIPUTUS',
      hasil: 'DIUBAH',
      evaluasi: {
        status: 'DIPUTUS',
        ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
        ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
        predikat: 'SANGAT_BAIK',
        riwayat: [{ ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK', alasan: 'Bukti dukung menunjukkan realisasi melebihi target.' }],
      },
    });
    const [row] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    expect(row).toMatchObject({ status: 'DIPUTUS', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK' });
    const [hist] = await db.select().from(evaluasiRiwayat).where(eq(evaluasiRiwayat.evaluasiId, evId));
    expect(hist?.sebelum).toMatchObject({ status: 'KEBERATAN', ratingHasilKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
    expect((await notifOf(f.id.pelaksana)).some((n) => n.pesan.includes('Baik diubah menjadi Sangat Baik'))).toBe(true);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'keberatan'), eq(auditEvent.entityId, filed.id)));
    expect(audits.map((a) => a.summary)).toEqual(expect.arrayContaining([expect.stringContaining('predikat Baik → Sangat Baik')]));
  });

  it("keeps a unit head's rating hasil kerja on the unit's result: a decision may change the behaviour rating only", async () => {
    // Yuliana heads Subbag Umum dan Kepegawaian (result Baik → Sesuai Ekspektasi); her pejabat penilai is Agus, his atasan the kepala dinas.
    const periodeId = await periodeBaru();
    const unitId = await f.unitOf(f.id.pengawas);
    await f.capaian(periodeId, unitId, 'BAIK');
    const evId = await f.evaluasiFinal({
      periodeId,
      pegawaiId: f.id.pengawas,
      skp: await f.skpDisetujui(f.id.pengawas),
      penilaiId: f.id.administrator,
      atasanId: f.id.kadis,
      hk: 'SESUAI_EKSPEKTASI',
      rp: 'DI_BAWAH_EKSPEKTASI',
      disampaikanAt: new Date('2026-12-05T02:00:00Z'),
    });
    const filed = await ajukan(evId, NIP.pengawas);
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json<Keberatan>().id;
    const moved = await t.api('POST', `/api/v1/keberatan/${id}/putuskan`, {
      as: NIP.kadis,
      body: { hasil: 'DIUBAH', alasanKeputusan: 'Hasil kerja melampaui target', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({ fields: { ratingHasilKerja: expect.stringContaining('kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi (Baik → Sesuai Ekspektasi)') } });
    const [unchanged] = await db.select().from(evaluasi).where(eq(evaluasi.id, evId));
    expect(unchanged).toMatchObject({ status: 'KEBERATAN', ratingHasilKerja: 'SESUAI_EKSPEKTASI', predikat: 'KURANG' });
    const ok = await t.api('POST', `/api/v1/keberatan/${id}/putuskan`, {
      as: NIP.kadis,
      body: { hasil: 'DIUBAH', alasanKeputusan: 'Perilaku kerja sudah sesuai ekspektasi', ratingPerilaku: 'SESUAI_EKSPEKTASI' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Keberatan>().evaluasi).toMatchObject({ status: 'DIPUTUS', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
  });

  it('lets BKPSDM record the decision when no atasan pejabat penilai is on record (the kepala daerah decides)', async () => {
    const filed = (await ajukan(await evaluasiBudi({ atasan: false }))).json<Keberatan>();
    expect(filed.atasanPenilai).toBeNull();
    expect((await t.api('GET', '/api/v1/keberatan?peran=putuskan', { as: NIP.adminBkpsdm })).json<{ items: KeberatanListItem[] }>().items.map((i) => i.id)).toContain(filed.id);
    const res = await t.api('POST', `/api/v1/keberatan/${filed.id}/putuskan`, { as: NIP.adminBkpsdm, body: { hasil: 'DIPERTAHANKAN', alasanKeputusan: 'Keputusan Wali Kota Nomor 800/12' } });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await db.select().from(keberatan).where(eq(keberatan.id, filed.id));
    expect(row).toMatchObject({ status: 'DIPUTUS', hasil: 'DIPERTAHANKAN', diputuskanOleh: f.id.adminBkpsdm });
  });
});
