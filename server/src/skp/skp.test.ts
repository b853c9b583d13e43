import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';

import { createTestContext, NIP } from '../../test/context.js';

import type { SkpDetail } from '@capaian/contract/skp';
import { readPdf } from '../../test/pdf.js';

// Early January: the pengelola kinerja may not set SKPs yet (from the 15th by default). Every test
// starts there, with no SKP at all (as in the template); a test that needs another day moves the clock.
const HARI_UJI = '2026-01-10T03:00:00Z';
let now = new Date(HARI_UJI);
const t = await createTestContext({ clock: () => now });
/** Moves the clock (everyone signs in again). */
function pada(iso: string) {
  now = new Date(iso);
  t.forgetSessions();
}
beforeEach(async () => {
  if (now.getTime() !== new Date(HARI_UJI).getTime()) pada(HARI_UJI);
  // Their RHK, indicators, ekspektasi and dialogue go with them.
  await t.database.db.execute(sql`DELETE FROM skp`);
});

async function ok(res: { statusCode: number; body: string; json<U>(): U }): Promise<SkpDetail> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SkpDetail>();
}

const indikator = (uraian: string) => ({ aspek: 'KUANTITAS', uraian, targetNilai: '100', targetSatuan: 'persen', targetTeks: null });
const rhkBody = (rowVersion: number, uraian: string, rhkAtasanId: string | null = null) => ({
  rowVersion,
  jenis: 'UTAMA',
  uraian,
  rhkAtasanId,
  indikator: [indikator(`Persentase ${uraian.toLowerCase()}`), { aspek: 'WAKTU', uraian: 'Tepat waktu', targetNilai: '12', targetSatuan: 'bulan', targetTeks: null }],
});

async function skpOf(nip: string) {
  const res = await t.api('POST', '/api/v1/skp', { as: nip, body: { tahun: 2026 } });
  expect(res.statusCode).toBe(201);
  return res.json<SkpDetail>();
}

/** Budi's draft with one RHK not linked yet; Yuliana's draft has no RHK yet. */
async function budiDenganRhk() {
  const yuliana = await skpOf(NIP.pengawas);
  const budi = await skpOf(NIP.pelaksana);
  return { yuliana, budi: await ok(await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, { as: NIP.pelaksana, body: rhkBody(budi.rowVersion, 'Layanan administrasi kepegawaian') })) };
}

/** Budi's draft with his RHK linked to Yuliana's "Tata kelola kepegawaian Dinas Kesehatan". */
async function budiTerhubung(): Promise<SkpDetail> {
  const { yuliana, budi } = await budiDenganRhk();
  await ok(await t.api('POST', `/api/v1/skp/${yuliana.id}/rhk`, { as: NIP.pengawas, body: rhkBody(yuliana.rowVersion, 'Tata kelola kepegawaian Dinas Kesehatan') }));
  const sekarang = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
  const rhk = sekarang.hasilKerja[0]!;
  return ok(await t.api('PUT', `/api/v1/skp/${budi.id}/rhk/${rhk.id}`, { as: NIP.pelaksana, body: rhkBody(sekarang.rowVersion, rhk.uraian, sekarang.pilihanRhkAtasan[0]!.id) }));
}

/** The same, submitted and approved by Yuliana with an ekspektasi for AKUNTABEL. */
async function budiDisetujui(): Promise<SkpDetail> {
  let budi = await budiTerhubung();
  budi = await ok(await t.api('POST', `/api/v1/skp/${budi.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } }));
  budi = await ok(await t.api('PUT', `/api/v1/skp/${budi.id}/ekspektasi`, { as: NIP.pengawas, body: { rowVersion: budi.rowVersion, ekspektasi: { AKUNTABEL: 'Laporan kepegawaian tepat waktu tiap bulan' } } }));
  return ok(await t.api('POST', `/api/v1/skp/${budi.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: budi.rowVersion } }));
}

/** The approved SKP revised mid-year: version 2, approved too. */
async function budiVersi2(): Promise<SkpDetail> {
  const v1 = await budiDisetujui();
  let v2 = await ok(await t.api('POST', `/api/v1/skp/${v1.id}/revisi`, { as: NIP.pelaksana, body: { alasan: 'Mutasi tugas ke pengelolaan data' } }));
  v2 = await ok(await t.api('POST', `/api/v1/skp/${v2.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: v2.rowVersion } }));
  return ok(await t.api('POST', `/api/v1/skp/${v2.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: v2.rowVersion } }));
}

describe('SKP dialogue between a pegawai and the pejabat penilai', () => {
  it('starts a draft for the year with the period preset, once', async () => {
    const budi = await skpOf(NIP.pelaksana);
    expect(budi).toMatchObject({ tahun: 2026, versi: 1, status: 'DRAFT', periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', pendekatan: 'KUANTITATIF' });
    expect(budi.pegawai).toMatchObject({ nip: NIP.pelaksana, namaLengkap: 'Budi Santoso' });
    expect(budi.pejabatPenilai).toMatchObject({ nip: NIP.pengawas });
    expect(budi.perilaku.map((p) => p.kode)).toEqual(['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF']);
    expect(budi.can).toMatchObject({ ubah: true, ajukan: true, setujui: false });
    const again = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'skp_exists' });
  });

  it('lets the pegawai draft before the superior has RHK, but not submit unlinked RHK', async () => {
    await skpOf(NIP.pengawas);
    let budi = await skpOf(NIP.pelaksana);
    expect(budi.pilihanRhkAtasan).toEqual([]);
    const res = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, { as: NIP.pelaksana, body: rhkBody(budi.rowVersion, 'Layanan administrasi kepegawaian') });
    expect(res.statusCode).toBe(200);
    budi = res.json<SkpDetail>();
    expect(budi.hasilKerja).toHaveLength(1);
    expect(budi.hasilKerja[0]?.indikator).toHaveLength(2);
    expect(budi.hasilKerja[0]?.terhubung).toBe(false);
    const submit = await t.api('POST', `/api/v1/skp/${budi.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } });
    expect(submit.statusCode).toBe(400);
    expect(submit.json()).toMatchObject({ error: 'validation_failed', fields: { rhkAtasanId: '1 RHK belum dihubungkan dengan RHK atasan yang diintervensi' } });
  });

  it('refuses bad RHK input naming the field', async () => {
    const budi = await skpOf(NIP.pelaksana);
    const empty = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, { as: NIP.pelaksana, body: { ...rhkBody(budi.rowVersion, ''), uraian: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toMatchObject({ uraian: 'wajib diisi' });
    const noTarget = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, {
      as: NIP.pelaksana,
      body: { ...rhkBody(budi.rowVersion, 'X'), indikator: [{ aspek: 'KUALITAS', uraian: 'Mutu', targetNilai: null, targetSatuan: null, targetTeks: null }] },
    });
    expect(noTarget.json().fields).toMatchObject({ 'indikator.0.targetNilai': 'target wajib diisi (nilai dan satuan, atau uraian kualitatif)' });
    const tahun = await t.api('POST', '/api/v1/skp', { as: NIP.perawat, body: { tahun: 1999 } });
    expect(tahun.json().fields).toMatchObject({ tahun: 'tahun paling awal 2020' });
  });

  it('cascades: the pegawai links to the superior RHK; an RHK of someone else is refused', async () => {
    let { yuliana, budi } = await budiDenganRhk();
    const y = await t.api('POST', `/api/v1/skp/${yuliana.id}/rhk`, { as: NIP.pengawas, body: rhkBody(yuliana.rowVersion, 'Tata kelola kepegawaian Dinas Kesehatan') });
    yuliana = y.json<SkpDetail>();
    const perawat = await skpOf(NIP.perawat);
    const p = await t.api('POST', `/api/v1/skp/${perawat.id}/rhk`, { as: NIP.perawat, body: rhkBody(perawat.rowVersion, 'Asuhan keperawatan') });
    const foreignRhk = p.json<SkpDetail>().hasilKerja[0]!.id;

    budi = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
    expect(budi.pilihanRhkAtasan.map((o) => o.uraian)).toEqual(['Tata kelola kepegawaian Dinas Kesehatan']);
    const rhkId = budi.hasilKerja[0]!.id;
    const wrong = await t.api('PUT', `/api/v1/skp/${budi.id}/rhk/${rhkId}`, { as: NIP.pelaksana, body: rhkBody(budi.rowVersion, 'Layanan administrasi kepegawaian', foreignRhk) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual({ rhkAtasanId: 'bukan RHK pejabat penilai Anda pada tahun ini' });
    const ok = await t.api('PUT', `/api/v1/skp/${budi.id}/rhk/${rhkId}`, {
      as: NIP.pelaksana,
      body: rhkBody(budi.rowVersion, 'Layanan administrasi kepegawaian', budi.pilihanRhkAtasan[0]!.id),
    });
    expect(ok.statusCode).toBe(200);
    budi = ok.json<SkpDetail>();
    expect(budi.hasilKerja[0]).toMatchObject({ rhkAtasanUraian: 'Tata kelola kepegawaian Dinas Kesehatan' });
  });

  it('detects a concurrent edit instead of overwriting it', async () => {
    const { budi } = await budiDenganRhk();
    const stale = budi.rowVersion - 1;
    const res = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, { as: NIP.pelaksana, body: rhkBody(stale, 'Tambahan') });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'version_conflict', fields: { rowVersion: 'versi data sudah berubah' } });
  });

  it('submit → the superior returns with a comment on one indicator → revise → resubmit → approve', async () => {
    let budi = await budiTerhubung();
    let res = await t.api('POST', `/api/v1/skp/${budi.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } });
    expect(res.statusCode).toBe(200);
    budi = res.json<SkpDetail>();
    expect(budi).toMatchObject({ status: 'DIAJUKAN', can: { ubah: false, tarik: true } });

    // Only the pejabat penilai approves or returns.
    expect((await t.api('POST', `/api/v1/skp/${budi.id}/setujui`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } })).statusCode).toBe(403);
    expect((await t.api('POST', `/api/v1/skp/${budi.id}/setujui`, { as: NIP.administrator, body: { rowVersion: budi.rowVersion } })).statusCode).toBe(403);

    const asPenilai = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pengawas })).json<SkpDetail>();
    expect(asPenilai.can).toMatchObject({ setujui: true, kembalikan: true, ekspektasi: true, ubah: false });
    const indikatorId = asPenilai.hasilKerja[0]!.indikator[0]!.id;
    res = await t.api('POST', `/api/v1/skp/${budi.id}/kembalikan`, {
      as: NIP.pengawas,
      body: { rowVersion: asPenilai.rowVersion, catatan: 'Perbaiki target', komentar: [{ targetJenis: 'INDIKATOR', targetId: indikatorId, pesan: 'Target 100% terlalu tinggi untuk triwulan I' }] },
    });
    expect(res.statusCode).toBe(200);
    budi = res.json<SkpDetail>();
    expect(budi.status).toBe('DIKEMBALIKAN');
    expect(budi.dialog.map((d) => [d.jenis, d.targetJenis])).toEqual([
      ['AJUKAN', 'SKP'],
      ['KEMBALIKAN', 'SKP'],
      ['KOMENTAR', 'INDIKATOR'],
    ]);
    expect(budi.dialog[2]).toMatchObject({ targetId: indikatorId, penulis: 'Yuliana Sari' });
    // The reason it was returned is on the SKP itself, for Budi as for the penilai.
    expect(budi.catatanPengembalian).toEqual({ pesan: 'Perbaiki target', penulis: 'Yuliana Sari', waktu: budi.dialog[1]!.waktu });
    const olehBudi = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
    expect(olehBudi.catatanPengembalian).toMatchObject({ pesan: 'Perbaiki target', penulis: 'Yuliana Sari' });
    // The penilai was told about the submission, and Budi about the return (bell and e-mail outbox).
    const bellPenilai = (await t.api('GET', '/api/v1/notifikasi', { as: NIP.pengawas })).json<{ items: Array<{ jenis: string; tautan: string }> }>();
    expect(bellPenilai.items).toContainEqual(expect.objectContaining({ jenis: 'SKP_DIAJUKAN', tautan: `/skp/${budi.id}` }));
    const bellBudi = (await t.api('GET', '/api/v1/notifikasi', { as: NIP.pelaksana })).json<{ items: Array<{ jenis: string; pesan: string }> }>();
    expect(bellBudi.items).toContainEqual(expect.objectContaining({ jenis: 'SKP_DIKEMBALIKAN', pesan: 'Yuliana Sari: Perbaiki target' }));

    const rhk = budi.hasilKerja[0]!;
    res = await t.api('PUT', `/api/v1/skp/${budi.id}/rhk/${rhk.id}`, {
      as: NIP.pelaksana,
      body: { ...rhkBody(budi.rowVersion, rhk.uraian, rhk.rhkAtasanId), indikator: [indikator('Persentase layanan selesai'), { aspek: 'KUALITAS', uraian: 'Tanpa keluhan', targetNilai: null, targetSatuan: null, targetTeks: 'Tidak ada keluhan tertulis' }] },
    });
    budi = res.json<SkpDetail>();
    res = await t.api('POST', `/api/v1/skp/${budi.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } });
    budi = res.json<SkpDetail>();
    // Resubmitted: no longer returned, so no return note.
    expect(budi.catatanPengembalian).toBeNull();
    res = await t.api('PUT', `/api/v1/skp/${budi.id}/ekspektasi`, { as: NIP.pengawas, body: { rowVersion: budi.rowVersion, ekspektasi: { AKUNTABEL: 'Laporan kepegawaian tepat waktu tiap bulan' } } });
    budi = res.json<SkpDetail>();
    expect(budi.perilaku.find((p) => p.kode === 'AKUNTABEL')?.ekspektasi).toBe('Laporan kepegawaian tepat waktu tiap bulan');
    res = await t.api('POST', `/api/v1/skp/${budi.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: budi.rowVersion } });
    expect(res.statusCode).toBe(200);
    budi = res.json<SkpDetail>();
    expect(budi.status).toBe('DISETUJUI');
    expect(budi.dokumenHash).toMatch(/^[0-9a-f]{64}$/);

    // An approved version is frozen.
    const late = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, { as: NIP.pelaksana, body: rhkBody(budi.rowVersion, 'Terlambat') });
    expect(late.statusCode).toBe(403);

    const audit = await t.api('GET', `/api/v1/audit?entityType=skp&entityId=${budi.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string }> }>().items.map((i) => i.summary)).toEqual(
      expect.arrayContaining(['SKP diajukan ke pejabat penilai', 'SKP dikembalikan untuk diperbaiki', 'SKP disetujui pejabat penilai']),
    );
  });

  it('a mid-year revision makes a new version and keeps the old one until it is approved', async () => {
    const budi = await budiDisetujui();
    let res = await t.api('POST', `/api/v1/skp/${budi.id}/revisi`, { as: NIP.pelaksana, body: { alasan: 'Mutasi tugas ke pengelolaan data' } });
    expect(res.statusCode).toBe(200);
    const v2 = res.json<SkpDetail>();
    expect(v2).toMatchObject({ versi: 2, status: 'DRAFT' });
    expect(v2.hasilKerja.map((r) => r.uraian)).toEqual(budi.hasilKerja.map((r) => r.uraian));
    expect(v2.perilaku.find((p) => p.kode === 'AKUNTABEL')?.ekspektasi).toBe('Laporan kepegawaian tepat waktu tiap bulan');
    const v1 = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
    expect(v1.status).toBe('DALAM_REVISI');

    res = await t.api('POST', `/api/v1/skp/${v2.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: v2.rowVersion } });
    res = await t.api('POST', `/api/v1/skp/${v2.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: res.json<SkpDetail>().rowVersion } });
    expect(res.json<SkpDetail>().status).toBe('DISETUJUI');
    const old = (await t.api('GET', `/api/v1/skp/${budi.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
    expect(old.status).toBe('DIGANTIKAN');
    const list = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: NIP.pelaksana })).json<Array<{ versi: number; status: string }>>();
    expect(list.map((s) => [s.versi, s.status])).toEqual([
      [2, 'DISETUJUI'],
      [1, 'DIGANTIKAN'],
    ]);
  });
});

describe('who sees an SKP', () => {
  it('the chain of superiors, the pengelola of the perangkat daerah and BKPSDM read it; others get 404', async () => {
    const id = (await skpOf(NIP.guru)).id;
    expect((await t.api('GET', `/api/v1/skp/${id}`, { as: NIP.kasek })).statusCode).toBe(200);
    expect((await t.api('GET', `/api/v1/skp/${id}`, { as: NIP.adminBkpsdm })).statusCode).toBe(200);
    expect((await t.api('GET', `/api/v1/skp/${id}`, { as: NIP.perawat })).statusCode).toBe(404);
    // The pengelola kinerja of Dinas Kesehatan does not see a teacher of Dinas Pendidikan.
    expect((await t.api('GET', `/api/v1/skp/${id}`, { as: NIP.pengelola })).statusCode).toBe(404);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/skp/${id}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/skp/${id}`)).statusCode).toBe(401);
  });

  it('the pengelola kinerja reads the SKPs of their perangkat daerah, and may set one only after mid-January', async () => {
    const s = await skpOf(NIP.kapus);
    let view = (await t.api('GET', `/api/v1/skp/${s.id}`, { as: NIP.pengelola })).json<SkpDetail>();
    expect(view.can).toMatchObject({ read: true, ubah: false, tetapkan: false });
    expect((await t.api('POST', `/api/v1/skp/${s.id}/tetapkan`, { as: NIP.pengelola, body: { rowVersion: s.rowVersion } })).statusCode).toBe(403);
    pada('2026-02-02T03:00:00Z');
    view = (await t.api('GET', `/api/v1/skp/${s.id}`, { as: NIP.pengelola })).json<SkpDetail>();
    expect(view.can).toMatchObject({ ubah: true, tetapkan: true });
    const res = await t.api('POST', `/api/v1/skp/${s.id}/tetapkan`, { as: NIP.pengelola, body: { rowVersion: view.rowVersion } });
    expect(res.statusCode).toBe(200);
    expect(res.json<SkpDetail>().status).toBe('DISETUJUI');
  });
});

describe('team view of the pejabat penilai', () => {
  it('lists every subordinate with the status of their SKP, including those not started', async () => {
    await budiDisetujui();
    const res = await t.api('GET', '/api/v1/skp/tim?tahun=2026', { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const items = res.json<Array<{ nip: string; status: string; skp: { jumlahRhk: number } | null }>>();
    const budi = items.find((i) => i.nip === NIP.pelaksana);
    expect(budi).toMatchObject({ status: 'DISETUJUI', skp: { jumlahRhk: 1 } });
    expect(items.find((i) => i.nip === NIP.pengelola)).toMatchObject({ status: 'BELUM_DIBUAT', skp: null });
    expect(items.every((i) => i.nip !== NIP.pengawas)).toBe(true);
  });
});

describe('the approved SKP as an official document', () => {
  it('downloads as a PDF with the NIP, an RHK and the superior, and its QR code verifies it publicly', async () => {
    await budiVersi2();
    const list = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: NIP.pelaksana })).json<Array<{ id: string; status: string }>>();
    const approved = list.find((s) => s.status === 'DISETUJUI')!;
    const res = await t.api('GET', `/api/v1/skp/${approved.id}/dokumen.pdf`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`SKP-2026-v2-${NIP.pelaksana}`);
    const { text } = await readPdf(res.rawPayload);
    expect(text).toContain('19900317 201503 1 001');
    expect(text).toContain('Layanan administrasi kepegawaian');
    expect(text).toContain('Yuliana Sari');
    expect(text).toContain('Tata kelola kepegawaian Dinas Kesehatan');
    expect(text).not.toContain('BELUM DISETUJUI');

    const detail = (await t.api('GET', `/api/v1/skp/${approved.id}`, { as: NIP.pelaksana })).json<SkpDetail>();
    const ok = await t.api('GET', `/api/v1/verifikasi/skp/${approved.id}?h=${detail.dokumenHash}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      valid: true,
      status: 'VALID',
      fakta: expect.arrayContaining([{ label: 'Versi', nilai: '2' }, { label: 'Pegawai', nilai: 'Budi Santoso' }, { label: 'NIP', nilai: NIP.pelaksana }, { label: 'Status', nilai: 'Disetujui' }]),
    });
    const forged = await t.api('GET', `/api/v1/verifikasi/skp/${approved.id}?h=${'0'.repeat(64)}`);
    expect(forged.json()).toMatchObject({ valid: false, status: 'TIDAK_VALID', fakta: [] });
    expect((await t.api('GET', `/api/v1/verifikasi/skp/${crypto.randomUUID()}?h=${detail.dokumenHash}`)).json()).toMatchObject({ valid: false, status: 'TIDAK_VALID' });
  });

  it('prints a draft with the watermark, and refuses the document to someone who may not read the SKP', async () => {
    const perawat = await skpOf(NIP.perawat);
    await ok(await t.api('POST', `/api/v1/skp/${perawat.id}/rhk`, { as: NIP.perawat, body: rhkBody(perawat.rowVersion, 'Asuhan keperawatan') }));
    const mine = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: NIP.perawat })).json<Array<{ id: string; status: string }>>()[0]!;
    const res = await t.api('GET', `/api/v1/skp/${mine.id}/dokumen.pdf`, { as: NIP.perawat });
    expect((await readPdf(res.rawPayload)).text).toContain('BELUM DISETUJUI');
    expect((await t.api('GET', `/api/v1/skp/${mine.id}/dokumen.pdf`, { as: NIP.pelaksana })).statusCode).toBe(404);
  });
});

describe('matriks peran hasil', () => {
  it('shows the cascade under the superior RHK, the RHK no one carries, and subordinates not yet linked', async () => {
    await budiDisetujui();
    const mine = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: NIP.pengawas })).json<Array<{ id: string }>>()[0]!;
    const res = await t.api('GET', `/api/v1/skp/${mine.id}/matriks`, { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const m = res.json<{ rhk: Array<{ uraian: string; anak: Array<{ uraian: string; pegawai: { nip: string } }> }>; rhkTanpaPelaksana: number; bawahanBelumTerhubung: Array<{ nama: string }> }>();
    const root = m.rhk.find((r) => r.uraian === 'Tata kelola kepegawaian Dinas Kesehatan')!;
    expect(root.anak.map((a) => a.pegawai.nip)).toContain(NIP.pelaksana);
    expect(root.anak.find((a) => a.pegawai.nip === NIP.pelaksana)?.uraian).toBe('Layanan administrasi kepegawaian');
    expect(m.rhkTanpaPelaksana).toBe(m.rhk.filter((r) => r.anak.length === 0).length);
    // The pengelola kinerja in the same subbagian has no SKP yet: not linked.
    expect(m.bawahanBelumTerhubung.map((b) => b.nama)).toContain('Fitri Handayani');
    // Only those who may read the SKP see its matriks.
    expect((await t.api('GET', `/api/v1/skp/${mine.id}/matriks`, { as: NIP.perawat })).statusCode).toBe(404);
  });
});

describe('the superior shapes the team plan', () => {
  it('proposes an RHK to a subordinate draft ("penugasan dari") and sets ekspektasi for the whole team', async () => {
    const fitri = await skpOf(NIP.pengelola);
    const body = rhkBody(fitri.rowVersion, 'Terkelolanya data kinerja pegawai Dinas Kesehatan');
    // Only the pejabat penilai proposes; the pegawai adds their own RHK the usual way.
    expect((await t.api('POST', `/api/v1/skp/${fitri.id}/usulan-rhk`, { as: NIP.pengelola, body })).statusCode).toBe(403);
    const res = await t.api('POST', `/api/v1/skp/${fitri.id}/usulan-rhk`, { as: NIP.pengawas, body });
    expect(res.statusCode).toBe(200);
    const after = res.json<SkpDetail>();
    expect(after.hasilKerja[0]).toMatchObject({ uraian: 'Terkelolanya data kinerja pegawai Dinas Kesehatan', penugasanDari: 'Yuliana Sari (pejabat penilai)' });
    expect(after.dialog.at(-1)).toMatchObject({ jenis: 'KOMENTAR', targetJenis: 'RHK' });

    const team = await t.api('PUT', '/api/v1/skp/tim/ekspektasi', { as: NIP.pengawas, body: { tahun: 2026, ekspektasi: { KOLABORATIF: 'Aktif berbagi data dengan seksi lain' } } });
    expect(team.statusCode).toBe(200);
    expect(team.json<{ diperbarui: number }>().diperbarui).toBeGreaterThanOrEqual(1);
    const view = (await t.api('GET', `/api/v1/skp/${fitri.id}`, { as: NIP.pengelola })).json<SkpDetail>();
    expect(view.perilaku.find((p) => p.kode === 'KOLABORATIF')?.ekspektasi).toBe('Aktif berbagi data dengan seksi lain');
    const bad = await t.api('PUT', '/api/v1/skp/tim/ekspektasi', { as: NIP.pengawas, body: { tahun: 2026, ekspektasi: { JUJUR: 'x' } } });
    expect(bad.json().fields).toEqual({ 'ekspektasi.JUJUR': 'bukan nilai BerAKHLAK' });
  });
});
