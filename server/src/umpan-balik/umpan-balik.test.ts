import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, NIP } from '../../test/context.js';
import { LIVE_CHANNEL, type LiveEvent } from '../core/events.js';
import { queryRows } from '../db/client.js';
import { realisasi } from '../db/schema.js';
import type { UmpanBalikItem } from '@capaian/contract/umpan-balik';

// 20:00 UTC on 10 March is already 11 March in WIB: the feedback is dated in the instansi's zone.
let now = new Date('2026-03-10T20:00:00Z');
const t = await createTestContext({ clock: () => now });

interface SkpView {
  id: string;
  rowVersion: number;
  hasilKerja: Array<{ id: string }>;
  pilihanRhkAtasan: Array<{ id: string }>;
}
const rhkBody = (rowVersion: number, uraian: string, rhkAtasanId: string | null = null) => ({
  rowVersion,
  jenis: 'UTAMA',
  uraian,
  rhkAtasanId,
  indikator: [{ aspek: 'KUANTITAS', uraian: `Jumlah ${uraian.toLowerCase()}`, targetNilai: '100', targetSatuan: 'dokumen', targetTeks: null }],
});

async function ok<T>(res: { statusCode: number; body: string; json<U>(): U }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}

/** An SKP with one RHK (linked to the superior's when given), approved by the pejabat penilai when `penilai` is set. */
async function skpWithRhk(nip: string, uraian: string, penilai?: string) {
  let s = await ok<SkpView>(await t.api('POST', '/api/v1/skp', { as: nip, body: { tahun: 2026 } }), 201);
  s = await ok<SkpView>(await t.api('POST', `/api/v1/skp/${s.id}/rhk`, { as: nip, body: rhkBody(s.rowVersion, uraian, s.pilihanRhkAtasan[0]?.id ?? null) }));
  if (penilai) {
    s = await ok<SkpView>(await t.api('POST', `/api/v1/skp/${s.id}/ajukan`, { as: nip, body: { rowVersion: s.rowVersion } }));
    s = await ok<SkpView & { status: string }>(await t.api('POST', `/api/v1/skp/${s.id}/setujui`, { as: penilai, body: { rowVersion: s.rowVersion } }));
  }
  return { skpId: s.id, rhkId: s.hasilKerja[0]!.id };
}

/** Progress entries are written by another feature: insert them directly. */
async function realisasiOf(nip: string, skp: { skpId: string; rhkId: string }, tanggal: string, uraian: string) {
  const pegawaiId = await t.pegawaiId(nip);
  const [row] = await queryRows<{ instansi_id: string }>(t.database.db, sql`SELECT instansi_id FROM pegawai WHERE id = ${pegawaiId}`);
  const id = randomUUID();
  await t.database.db.insert(realisasi).values({ instansiId: row!.instansi_id, id, pegawaiId, skpId: skp.skpId, rhkId: skp.rhkId, tanggal, uraian, jumlah: 2, dicatatOleh: pegawaiId });
  return id;
}

/** Listens to the live channel the way the server's event bus does. */
async function listenLive() {
  const events: LiveEvent[] = [];
  if (t.kind === 'pglite') {
    const stop = await t.database.pglite!.listen(LIVE_CHANNEL, (p) => events.push(JSON.parse(p) as LiveEvent));
    return { events, stop };
  }
  // Drizzle's node-postgres handle carries its pool: hold one connection for LISTEN.
  const pool = (t.database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  client.on('notification', (n) => events.push(JSON.parse(n.payload ?? '{}') as LiveEvent));
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return {
    events,
    stop: async () => {
      await client.query('UNLISTEN *');
      client.release();
    },
  };
}

const notifikasi = async (nip: string) =>
  (await t.api('GET', '/api/v1/notifikasi', { as: nip })).json<{ items: Array<{ jenis: string; judul: string; pesan: string; tautan: string | null }> }>().items;

let budiId = '';
let realisasiBudi = '';
let realisasiYuliana = '';

beforeAll(async () => {
  budiId = await t.pegawaiId(NIP.pelaksana);
  const yuliana = await skpWithRhk(NIP.pengawas, 'Tata kelola kepegawaian Dinas Kesehatan');
  const budi = await skpWithRhk(NIP.pelaksana, 'Layanan administrasi kepegawaian', NIP.pengawas);
  realisasiBudi = await realisasiOf(NIP.pelaksana, budi, '2026-03-09', 'Memutakhirkan data pegawai');
  realisasiYuliana = await realisasiOf(NIP.pengawas, yuliana, '2026-03-09', 'Rapat koordinasi');
});

describe('feedback from the pejabat penilai', () => {
  let thread: UmpanBalikItem;
  const live = { events: [] as LiveEvent[], stop: async () => {} };
  afterAll(() => live.stop());

  it('writes feedback on a progress entry, dated today in the instansi zone; the pegawai is notified live', async () => {
    Object.assign(live, await listenLive());
    const res = await t.api('POST', '/api/v1/umpan-balik', {
      as: NIP.pengawas,
      body: { pegawaiId: budiId, realisasiId: realisasiBudi, pesan: 'Bagus, lampirkan foto kegiatan berikutnya.' },
    });
    thread = await ok<UmpanBalikItem>(res, 201);
    expect(thread).toMatchObject({
      pegawaiId: budiId,
      penulis: { nama: 'Yuliana Sari, S.Kom.' },
      realisasiId: realisasiBudi,
      perilakuKode: null,
      indukId: null,
      tanggal: '2026-03-11',
      pesan: 'Bagus, lampirkan foto kegiatan berikutnya.',
      balasan: [],
      can: { balas: true },
    });
    const bell = await notifikasi(NIP.pelaksana);
    expect(bell[0]).toMatchObject({ jenis: 'UMPAN_BALIK', judul: 'Umpan balik dari Yuliana Sari', pesan: 'Bagus, lampirkan foto kegiatan berikutnya.', tautan: `/realisasi/${realisasiBudi}` });
    await vi.waitFor(() => expect(live.events).toContainEqual(expect.objectContaining({ jenis: 'umpan-balik', pegawaiId: budiId, umpanBalikId: thread.id })));
    const audit = await t.api('GET', `/api/v1/audit?entityType=umpan_balik&entityId=${thread.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string; actorNama: string }> }>().items).toEqual([
      expect.objectContaining({ summary: 'Umpan balik ditulis pada realisasi', actorNama: 'Yuliana Sari' }),
    ]);
  });

  it('writes feedback on behaviour, by BerAKHLAK value only', async () => {
    const res = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, perilakuKode: 'KOLABORATIF', pesan: 'Aktif membantu seksi lain.' } });
    expect(await ok<UmpanBalikItem>(res, 201)).toMatchObject({ perilakuKode: 'KOLABORATIF', realisasiId: null });
    expect((await notifikasi(NIP.pelaksana))[0]?.tautan).toBe(`/umpan-balik?pegawaiId=${budiId}`);
    const bad = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, perilakuKode: 'JUJUR', pesan: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation_failed', fields: { perilakuKode: 'bukan nilai BerAKHLAK' } });
    const empty = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, pesan: '   ' } });
    expect(empty.json()).toMatchObject({ fields: { pesan: 'wajib diisi' } });
  });

  it("refuses a progress entry of someone else, naming the field", async () => {
    for (const realisasiId of [realisasiYuliana, randomUUID()]) {
      const res = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, realisasiId, pesan: 'Salah alamat' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'validation_failed', fields: { realisasiId: 'bukan realisasi milik pegawai ini' } });
    }
  });

  it('only the pejabat penilai in office starts feedback: not the pegawai, the atasan of the penilai, a colleague; another pemda gets 404', async () => {
    const body = { pegawaiId: budiId, realisasiId: realisasiBudi, pesan: 'Komentar' };
    for (const nip of [NIP.pelaksana, NIP.administrator, NIP.pengelola, NIP.adminBkpsdm]) {
      const res = await t.api('POST', '/api/v1/umpan-balik', { as: nip, body });
      expect(res.statusCode, nip).toBe(403);
    }
    const other = await t.otherPemdaAdmin();
    const res = await t.api('POST', '/api/v1/umpan-balik', { as: other.nip, body });
    expect(res.statusCode).toBe(404);
    expect((await t.api('POST', '/api/v1/umpan-balik', { body })).statusCode).toBe(401);
  });

  it('the pegawai replies (the superior is notified), the superior answers; replies are one level deep', async () => {
    const reply = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pelaksana, body: { pegawaiId: budiId, indukId: thread.id, pesan: 'Siap, akan saya lengkapi.' } });
    const balasan = await ok<UmpanBalikItem>(reply, 201);
    expect(balasan).toMatchObject({ indukId: thread.id, realisasiId: realisasiBudi, penulis: { nama: 'Budi Santoso' }, can: { balas: false } });
    expect((await notifikasi(NIP.pengawas))[0]).toMatchObject({ jenis: 'UMPAN_BALIK', judul: 'Balasan umpan balik dari Budi Santoso', pesan: 'Siap, akan saya lengkapi.' });

    const answer = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, indukId: thread.id, pesan: 'Terima kasih.' } });
    expect(answer.statusCode).toBe(201);
    expect((await notifikasi(NIP.pelaksana))[0]).toMatchObject({ judul: 'Balasan umpan balik dari Yuliana Sari' });

    const deeper = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pelaksana, body: { pegawaiId: budiId, indukId: balasan.id, pesan: 'x' } });
    expect(deeper.statusCode).toBe(400);
    expect(deeper.json()).toMatchObject({ fields: { indukId: 'balasan tidak dapat dibalas lagi; balas umpan balik utamanya' } });
    const otherContext = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pelaksana, body: { pegawaiId: budiId, indukId: thread.id, perilakuKode: 'LOYAL', pesan: 'x' } });
    expect(otherContext.json()).toMatchObject({ fields: { perilakuKode: 'balasan mengikuti perilaku umpan balik utamanya' } });
    const wrongPegawai = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: await t.pegawaiId(NIP.pengelola), indukId: thread.id, pesan: 'x' } });
    expect(wrongPegawai.json()).toMatchObject({ fields: { indukId: 'bukan umpan balik tentang pegawai ini' } });
    const outsider = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengelola, body: { pegawaiId: budiId, indukId: thread.id, pesan: 'x' } });
    expect(outsider.statusCode).toBe(403);
  });
});

describe('who reads feedback', () => {
  it('the pegawai sees the threads about themselves with their replies, newest first', async () => {
    const res = await t.api('GET', '/api/v1/umpan-balik', { as: NIP.pelaksana });
    const { items } = await ok<{ items: UmpanBalikItem[] }>(res);
    expect(items.map((i) => i.pesan)).toEqual(['Aktif membantu seksi lain.', 'Bagus, lampirkan foto kegiatan berikutnya.']);
    expect(items[1]?.balasan.map((b) => [b.penulis.nama, b.pesan])).toEqual([
      ['Budi Santoso', 'Siap, akan saya lengkapi.'],
      ['Yuliana Sari, S.Kom.', 'Terima kasih.'],
    ]);
    expect(items.every((i) => i.can.balas)).toBe(true);
  });

  it('filters by progress entry (the owner is implied) and by date range', async () => {
    const byEntry = await ok<{ items: UmpanBalikItem[] }>(await t.api('GET', `/api/v1/umpan-balik?realisasiId=${realisasiBudi}`, { as: NIP.pengawas }));
    expect(byEntry.items.map((i) => i.realisasiId)).toEqual([realisasiBudi]);

    // A month later, more feedback; the assessment of March asks for March only.
    now = new Date('2026-04-14T02:00:00Z');
    t.forgetSessions();
    await ok(await t.api('POST', '/api/v1/umpan-balik', { as: NIP.pengawas, body: { pegawaiId: budiId, perilakuKode: 'AKUNTABEL', pesan: 'Laporan April tepat waktu.' } }), 201);
    const maret = await ok<{ items: UmpanBalikItem[] }>(await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}&dari=2026-03-01&sampai=2026-03-31`, { as: NIP.pengawas }));
    expect(maret.items.map((i) => i.tanggal)).toEqual(['2026-03-11', '2026-03-11']);
    const april = await ok<{ items: UmpanBalikItem[] }>(await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}&dari=2026-04-01`, { as: NIP.pelaksana }));
    expect(april.items.map((i) => [i.tanggal, i.perilakuKode])).toEqual([['2026-04-14', 'AKUNTABEL']]);
    const bad = await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}&dari=2026-04-01&sampai=2026-03-01`, { as: NIP.pengawas });
    expect(bad.json()).toMatchObject({ fields: { sampai: 'tidak boleh sebelum tanggal dari' } });
    const badDate = await t.api('GET', `/api/v1/umpan-balik?dari=2026-13-01`, { as: NIP.pengawas });
    expect(badDate.statusCode).toBe(400);
    expect(Object.keys(badDate.json<{ fields: object }>().fields)).toEqual(['dari']);
    const mismatch = await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${await t.pegawaiId(NIP.pengawas)}&realisasiId=${realisasiBudi}`, { as: NIP.pengawas });
    expect(mismatch.json()).toMatchObject({ fields: { realisasiId: 'bukan realisasi milik pegawai ini' } });
  });

  it('superiors up the chain read (without starting threads); others get 403, another pemda 404', async () => {
    for (const nip of [NIP.administrator, NIP.kadis, NIP.sekda]) {
      const res = await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}`, { as: nip });
      expect(res.statusCode, nip).toBe(200);
      const items = res.json<{ items: UmpanBalikItem[] }>().items;
      expect(items.length).toBe(3);
      expect(items.every((i) => !i.can.balas)).toBe(true);
    }
    for (const nip of [NIP.perawat, NIP.pengelola, NIP.adminBkpsdm, NIP.kapus]) {
      const res = await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}`, { as: nip });
      expect(res.statusCode, nip).toBe(403);
      expect((await t.api('GET', `/api/v1/umpan-balik?realisasiId=${realisasiBudi}`, { as: nip })).statusCode).toBe(403);
    }
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/umpan-balik?pegawaiId=${budiId}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/umpan-balik?realisasiId=${realisasiBudi}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/umpan-balik')).statusCode).toBe(401);
  });
});

describe('a Plt in the head seat', () => {
  it('gives feedback to the staff of the unit they act for, and the definitive superior above does not', async () => {
    // Agus Setiawan is Plt head of Bidang Pelayanan Kesehatan in the seed (2026-01-01 … 2027-06-30).
    const [staff] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT p.id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
            JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id
           WHERE u.kode = 'DINKES.YANKES' AND NOT j.kepala_unit AND p.status = 'AKTIF' ORDER BY p.nip LIMIT 1`,
    );
    if (!staff) throw new Error('no staff in DINKES.YANKES');
    const atasan = await t.services.organisasi.atasanOf(await instansiId(), staff.id);
    expect(atasan.pejabatPenilai).toMatchObject({ nip: NIP.administrator, sebagai: 'PLT' });
    const res = await t.api('POST', '/api/v1/umpan-balik', { as: NIP.administrator, body: { pegawaiId: staff.id, perilakuKode: 'ADAPTIF', pesan: 'Cepat beradaptasi.' } });
    expect(res.statusCode).toBe(201);
    expect((await t.api('POST', '/api/v1/umpan-balik', { as: NIP.kadis, body: { pegawaiId: staff.id, pesan: 'x' } })).statusCode).toBe(403);
  });
});

async function instansiId() {
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM instansi WHERE kode = 'KOTA-CONTOH'`);
  return row!.id;
}
