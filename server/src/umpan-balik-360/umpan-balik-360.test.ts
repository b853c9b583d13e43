import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BERAKHLAK_KODE } from '@capaian/domain';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { evaluasi, periodePenilaian } from '../db/schema.js';
import type { Kuesioner, NominasiItem, Ringkasan } from '@capaian/contract/umpan-balik-360';

// 11 March 2026, 09:00 WIB: every test starts there; the one that needs another day moves the clock itself.
const HARI_UJI = '2026-03-11T02:00:00Z';
let now = new Date(HARI_UJI);
const t = await createTestContext({ clock: () => now });
function pada(iso: string) {
  now = new Date(iso);
  t.forgetSessions();
}

type Res = { statusCode: number; body: string; json<U>(): U };
async function ok<T>(res: Res, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}
const skor = (n: number | number[]) => Object.fromEntries(BERAKHLAK_KODE.map((k, i) => [k, Array.isArray(n) ? n[i % n.length] : n]));
const notifikasi = async (nip: string) =>
  (await t.api('GET', '/api/v1/notifikasi', { as: nip })).json<{ items: Array<{ jenis: string; judul: string; pesan: string; tautan: string | null }> }>().items;

let instansiId = '';
let periodeId = '';
let periodeDitutupId = '';
let budiId = '';
let yulianaId = '';
/** Budi's peers (same unit, same pejabat penilai), with their NIPs. */
let rekan: Array<{ id: string; nip: string; nama: string }> = [];

beforeAll(async () => {
  const [ins] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM instansi WHERE kode = 'KOTA-CONTOH'`);
  instansiId = ins!.id;
  budiId = await t.pegawaiId(NIP.pelaksana);
  yulianaId = await t.pegawaiId(NIP.pengawas);
  const [p1, p2] = await t.database.db
    .insert(periodePenilaian)
    .values([
      { instansiId, jenis: 'TRIWULANAN', tahun: 2026, nomor: 1, mulai: '2026-01-01', selesai: '2026-03-31', batasPenilaian: '2026-04-15' },
      { instansiId, jenis: 'TRIWULANAN', tahun: 2025, nomor: 4, mulai: '2025-10-01', selesai: '2025-12-31', batasPenilaian: '2026-01-15', status: 'DITUTUP' },
    ])
    .returning({ id: periodePenilaian.id });
  periodeId = p1!.id;
  periodeDitutupId = p2!.id;
  const bawahan = await t.services.organisasi.bawahanOf(instansiId, yulianaId);
  rekan = await queryRows<{ id: string; nip: string; nama: string }>(
    t.database.db,
    sql`SELECT id, nip, nama FROM pegawai WHERE instansi_id = ${instansiId} AND status = 'AKTIF'
          AND id = ANY(${`{${bawahan.join(',')}}`}::uuid[]) AND id <> ${budiId} ORDER BY nip LIMIT 5`,
  );
  expect(rekan.length).toBe(5);
});

// Every test starts from the open first quarter without any nomination, answer or notification
// (the lists, counts and "latest notification" below are checked exactly).
beforeEach(async () => {
  if (now.getTime() !== new Date(HARI_UJI).getTime()) pada(HARI_UJI);
  const db = t.database.db;
  await db.execute(sql`DELETE FROM nominasi_360`);
  await db.execute(sql`DELETE FROM jawaban_360`);
  await db.execute(sql`DELETE FROM evaluasi WHERE periode_id = ${periodeId}`);
  await db.execute(sql`DELETE FROM notifikasi`);
  await db.execute(sql`UPDATE periode_penilaian SET status = 'DIBUKA' WHERE id = ${periodeId}`);
});

const nipOf = (n: NominasiItem) => rekan.find((r) => r.id === n.penilai.id)!.nip;

/** Budi nominates his first four peers; the nominations as he sees them. */
async function nominasiRekan(): Promise<NominasiItem[]> {
  const res = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pelaksana, body: { periodeId, hubungan: 'REKAN', penilaiIds: rekan.slice(0, 4).map((r) => r.id) } });
  return (await ok<{ items: NominasiItem[] }>(res, 201)).items;
}

/** Yuliana approves the first three of Budi's nominations and rejects the fourth; all four, in the same order. */
async function nominasiDiputus(): Promise<NominasiItem[]> {
  const items = await nominasiRekan();
  for (const n of items.slice(0, 3)) await ok(await t.api('POST', `/api/v1/360/nominasi/${n.id}/setujui`, { as: NIP.pengawas }));
  await ok(await t.api('POST', `/api/v1/360/nominasi/${items[3]!.id}/tolak`, { as: NIP.pengawas }));
  return items;
}

/** Answers chosen so that the answering order is not the sorted order of the suggestions. */
const answers = [
  { skor: skor(5), saran: 'Tingkatkan ketepatan waktu laporan.' },
  { skor: skor([4, 3]), saran: 'Bagus dalam membantu rekan.' },
  { skor: skor(3), saran: 'Lebih aktif di rapat.' },
];

/** The three approved nominations of Budi, as he lists them. */
async function disetujui(): Promise<NominasiItem[]> {
  await nominasiDiputus();
  const items = (await ok<{ items: NominasiItem[] }>(await t.api('GET', `/api/v1/360/nominasi?periodeId=${periodeId}`, { as: NIP.pelaksana }))).items.filter(
    (n) => n.status === 'DISETUJUI',
  );
  expect(items).toHaveLength(3);
  return items;
}

/** The i-th approved nominee gives the i-th answer. */
async function jawab(items: NominasiItem[], i: number) {
  const res = await t.api('POST', `/api/v1/360/kuesioner/${items[i]!.id}`, { as: nipOf(items[i]!), body: answers[i] });
  expect(res.statusCode, res.body).toBe(204);
}

describe('nominations', () => {
  it('lists whom the pegawai may nominate: peers without superiors or self; bawahan for a superior', async () => {
    const peers = await ok<{ items: Array<{ id: string; namaLengkap: string; jabatanNama: string }> }>(
      await t.api('GET', `/api/v1/360/kandidat?periodeId=${periodeId}&hubungan=REKAN`, { as: NIP.pelaksana }),
    );
    const ids = new Set(peers.items.map((k) => k.id));
    for (const r of rekan) expect(ids.has(r.id)).toBe(true);
    expect(ids.has(budiId)).toBe(false);
    expect(ids.has(yulianaId)).toBe(false);
    expect(Object.keys(peers.items[0]!).sort()).toEqual(['id', 'jabatanNama', 'namaLengkap', 'nip']);
    const bawahan = await ok<{ items: Array<{ id: string }> }>(await t.api('GET', `/api/v1/360/kandidat?periodeId=${periodeId}&hubungan=BAWAHAN`, { as: NIP.pengawas }));
    expect(bawahan.items.map((k) => k.id)).toContain(budiId);
    expect((await t.api('GET', `/api/v1/360/kandidat?periodeId=${periodeId}&hubungan=BAWAHAN`, { as: NIP.pelaksana })).json()).toEqual({ items: [] });
    expect((await t.api('GET', `/api/v1/360/kandidat?periodeId=${randomUUID()}&hubungan=REKAN`, { as: NIP.pelaksana })).statusCode).toBe(400);
  });

  it('the pegawai nominates peers; the pejabat penilai is notified', async () => {
    const res = await t.api('POST', '/api/v1/360/nominasi', {
      as: NIP.pelaksana,
      body: { periodeId, hubungan: 'REKAN', penilaiIds: rekan.slice(0, 4).map((r) => r.id) },
    });
    const items = (await ok<{ items: NominasiItem[] }>(res, 201)).items;
    expect(items).toHaveLength(4);
    for (const n of items) {
      expect(n).toMatchObject({
        periodeId,
        periode: { label: 'Triwulan I 2026', status: 'DIBUKA' },
        pegawai: { id: budiId, nama: 'Budi Santoso' },
        hubungan: 'REKAN',
        status: 'DIUSULKAN',
        sudahMenjawab: null,
        can: { setujui: false, tolak: false, jawab: false },
      });
    }
    expect(new Set(items.map((n) => n.penilai.id))).toEqual(new Set(rekan.slice(0, 4).map((r) => r.id)));
    expect((await notifikasi(NIP.pengawas))[0]).toMatchObject({ jenis: 'UMPAN_BALIK_360', judul: 'Nominasi 360° dari Budi Santoso', tautan: '/360?peran=setujui' });
  });

  it('refuses, naming each bad entry: self, superiors, another unit, not a bawahan, twice, unknown', async () => {
    await nominasiRekan();
    const perawat = await t.pegawaiId(NIP.perawat);
    const res = await t.api('POST', '/api/v1/360/nominasi', {
      as: NIP.pelaksana,
      body: { periodeId, hubungan: 'REKAN', penilaiIds: [budiId, yulianaId, await t.pegawaiId(NIP.administrator), perawat, rekan[0]!.id, randomUUID()] },
    });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json<{ fields: Record<string, string> }>();
    expect(fields['penilaiIds.0']).toBe('tidak dapat menominasikan diri sendiri');
    expect(fields['penilaiIds.1']).toMatch(/adalah atasan Anda/);
    expect(fields['penilaiIds.2']).toMatch(/adalah atasan Anda/);
    expect(fields['penilaiIds.3']).toBe('Siti Nurhaliza bukan rekan satu unit kerja atau satu pejabat penilai');
    expect(fields['penilaiIds.4']).toMatch(/sudah dinominasikan pada periode ini$/);
    expect(fields['penilaiIds.5']).toBe('pegawai tidak ditemukan');
    const bawahan = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pelaksana, body: { periodeId, hubungan: 'BAWAHAN', penilaiIds: [rekan[4]!.id] } });
    expect(bawahan.json()).toMatchObject({ fields: { 'penilaiIds.0': `${rekan[4]!.nama} bukan bawahan Anda` } });
    const empty = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pelaksana, body: { periodeId, hubungan: 'REKAN', penilaiIds: [] } });
    expect(empty.json()).toMatchObject({ fields: { penilaiIds: 'pilih paling sedikit satu pegawai' } });
    const closed = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pelaksana, body: { periodeId: periodeDitutupId, hubungan: 'REKAN', penilaiIds: [rekan[4]!.id] } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ error: 'periode_ditutup' });
    const other = await t.otherPemdaAdmin();
    const foreign = await t.api('POST', '/api/v1/360/nominasi', { as: other.nip, body: { periodeId, hubungan: 'REKAN', penilaiIds: [budiId] } });
    expect(foreign.json()).toMatchObject({ fields: { periodeId: 'periode penilaian tidak ditemukan' } });
  });

  it('a superior nominates their own bawahan as BAWAHAN, not as REKAN', async () => {
    const asRekan = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pengawas, body: { periodeId, hubungan: 'REKAN', penilaiIds: [budiId] } });
    expect(asRekan.json()).toMatchObject({ fields: { 'penilaiIds.0': 'Budi Santoso adalah bawahan Anda; pilih hubungan BAWAHAN' } });
    const ok201 = await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pengawas, body: { periodeId, hubungan: 'BAWAHAN', penilaiIds: [budiId] } });
    expect((await ok<{ items: NominasiItem[] }>(ok201, 201)).items[0]).toMatchObject({ hubungan: 'BAWAHAN', penilai: { id: budiId }, pegawai: { id: yulianaId } });
  });

  it('the pejabat penilai sees the list to approve; only they approve or reject', async () => {
    const items = await nominasiRekan();
    const list = await ok<{ items: NominasiItem[] }>(await t.api('GET', `/api/v1/360/nominasi?periodeId=${periodeId}&peran=setujui`, { as: NIP.pengawas }));
    const budis = list.items.filter((n) => n.pegawai.id === budiId);
    expect(budis).toHaveLength(4);
    expect(budis.every((n) => n.can.setujui && n.can.tolak && n.sudahMenjawab === null)).toBe(true);
    const id = items[0]!.id;
    for (const nip of [NIP.pelaksana, NIP.administrator, rekan[0]!.nip, NIP.adminBkpsdm]) {
      expect((await t.api('POST', `/api/v1/360/nominasi/${id}/setujui`, { as: nip })).statusCode, nip).toBe(403);
    }
    const other = await t.otherPemdaAdmin();
    expect((await t.api('POST', `/api/v1/360/nominasi/${id}/setujui`, { as: other.nip })).statusCode).toBe(404);
  });

  it('approves three and rejects one; a rejection is only possible before approval', async () => {
    const items = await nominasiRekan();
    for (const n of items.slice(0, 3)) {
      const res = await t.api('POST', `/api/v1/360/nominasi/${n.id}/setujui`, { as: NIP.pengawas });
      expect(await ok<NominasiItem>(res)).toMatchObject({ status: 'DISETUJUI', can: { setujui: false, tolak: false } });
    }
    const tolak = await ok<NominasiItem>(await t.api('POST', `/api/v1/360/nominasi/${items[3]!.id}/tolak`, { as: NIP.pengawas }));
    expect(tolak).toMatchObject({ status: 'DITOLAK', can: { setujui: true, tolak: false } });
    expect((await notifikasi(NIP.pelaksana))[0]).toMatchObject({ judul: 'Nominasi 360° ditolak' });
    const late = await t.api('POST', `/api/v1/360/nominasi/${items[0]!.id}/tolak`, { as: NIP.pengawas });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: 'status_tidak_sesuai' });
    const again = await t.api('POST', `/api/v1/360/nominasi/${items[0]!.id}/setujui`, { as: NIP.pengawas });
    expect(again.statusCode).toBe(409);
    const nominee = items[0]!.penilai;
    const bell = await notifikasi(rekan.find((r) => r.id === nominee.id)!.nip);
    expect(bell[0]).toMatchObject({ jenis: 'UMPAN_BALIK_360', judul: 'Mohon isi umpan balik 360° untuk Budi Santoso', tautan: `/360/kuesioner/${items[0]!.id}` });
  });

  it('approved nominees see their questionnaire; the rejected one does not', async () => {
    const items = await nominasiDiputus();
    const nip = (n: NominasiItem) => rekan.find((r) => r.id === n.penilai.id)!.nip;
    const jawab = await ok<{ items: NominasiItem[] }>(await t.api('GET', `/api/v1/360/nominasi?peran=jawab`, { as: nip(items[0]!) }));
    expect(jawab.items).toEqual([expect.objectContaining({ id: items[0]!.id, sudahMenjawab: false, can: { setujui: false, tolak: false, jawab: true } })]);
    const rejected = nip(items[3]!);
    expect((await ok<{ items: NominasiItem[] }>(await t.api('GET', '/api/v1/360/nominasi?peran=jawab', { as: rejected }))).items).toEqual([]);
    expect((await t.api('GET', `/api/v1/360/kuesioner/${items[3]!.id}`, { as: rejected })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: NIP.pelaksana })).statusCode).toBe(403);
    const k = await ok<Kuesioner>(await t.api('GET', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: nip(items[0]!) }));
    expect(k).toMatchObject({ subjek: { nama: 'Budi Santoso' }, periode: { label: 'Triwulan I 2026' }, sudahMenjawab: false, can: { jawab: true } });
    expect(k.pertanyaan.map((p) => p.kode)).toEqual([...BERAKHLAK_KODE]);
    expect(k.skala).toHaveLength(5);
  });
});

describe('answers are anonymous', () => {
  it('validates the answer, naming each value', async () => {
    const items = await disetujui();
    const res = await t.api('POST', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: nipOf(items[0]!), body: { skor: { ...skor(3), AKUNTABEL: 6, LOYAL: undefined } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { 'skor.AKUNTABEL': 'paling besar 5', 'skor.LOYAL': 'wajib diisi dengan angka 1–5' } });
    const long = await t.api('POST', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: nipOf(items[0]!), body: { skor: skor(3), saran: 'x'.repeat(1001) } });
    expect(long.json()).toMatchObject({ fields: { saran: 'paling banyak 1000 karakter' } });
    expect((await t.api('POST', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: NIP.pengawas, body: { skor: skor(3) } })).statusCode).toBe(403);
  });

  it('stores the answer without the respondent, once; with two answers nothing is shown', async () => {
    const items = await disetujui();
    const notifYuliana = (await notifikasi(NIP.pengawas)).length;
    const notifBudi = (await notifikasi(NIP.pelaksana)).length;
    for (const [i, a] of answers.slice(0, 2).entries()) {
      const res = await t.api('POST', `/api/v1/360/kuesioner/${items[i]!.id}`, { as: nipOf(items[i]!), body: a });
      expect(res.statusCode, res.body).toBe(204);
    }
    const twice = await t.api('POST', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: nipOf(items[0]!), body: answers[0] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: 'sudah_menjawab' });
    // The nominee sees that they answered; nobody else does.
    const mine = await ok<{ items: NominasiItem[] }>(await t.api('GET', '/api/v1/360/nominasi?peran=jawab', { as: nipOf(items[0]!) }));
    expect(mine.items[0]).toMatchObject({ sudahMenjawab: true, can: { jawab: false } });
    const k = await ok<Kuesioner>(await t.api('GET', `/api/v1/360/kuesioner/${items[0]!.id}`, { as: nipOf(items[0]!) }));
    expect(k).toMatchObject({ sudahMenjawab: true, can: { jawab: false } });

    // The table holds no respondent and no time of day (only the date and the batch it was filed in).
    const cols = await queryRows<{ column_name: string; data_type: string }>(
      t.database.db,
      sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'jawaban_360' ORDER BY ordinal_position`,
    );
    expect(cols.map((c) => c.column_name)).toEqual(['instansi_id', 'id', 'periode_id', 'pegawai_id', 'hubungan', 'skor', 'saran', 'tanggal', 'kelompok']);
    expect(cols.find((c) => c.column_name === 'tanggal')?.data_type).toBe('date');
    const rows = await queryRows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM jawaban_360 WHERE pegawai_id = ${budiId}`);
    expect(rows).toHaveLength(2);
    const dump = JSON.stringify(rows);
    for (const r of rekan) expect(dump).not.toContain(r.id);

    // No notification tells anyone that someone answered.
    expect((await notifikasi(NIP.pengawas)).length).toBe(notifYuliana);
    expect((await notifikasi(NIP.pelaksana)).length).toBe(notifBudi);

    for (const nip of [NIP.pengawas, NIP.administrator]) {
      const r = await ok<Ringkasan>(await t.api('GET', `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`, { as: nip }));
      expect(r).toEqual({ jumlahResponden: 2, jumlahDihitung: 0, minimumResponden: 3, rataRata: null, saran: [] });
    }
  });

  it('with three answers the penilai chain sees averages and sorted suggestions, never names; the pegawai gets 403', async () => {
    // Two answers on 11 March; the third comes the next day.
    const items = await disetujui();
    await jawab(items, 0);
    await jawab(items, 1);
    pada('2026-03-12T03:00:00Z');
    expect((await t.api('POST', `/api/v1/360/kuesioner/${items[2]!.id}`, { as: nipOf(items[2]!), body: answers[2] })).statusCode).toBe(204);
    for (const nip of [NIP.pengawas, NIP.administrator, NIP.kadis, NIP.sekda]) {
      const r = await ok<Ringkasan>(await t.api('GET', `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`, { as: nip }));
      expect(r.jumlahResponden, nip).toBe(3);
      expect(r.jumlahDihitung, nip).toBe(3);
      expect(r.rataRata).toEqual({ BERORIENTASI_PELAYANAN: 4, AKUNTABEL: 3.67, KOMPETEN: 4, HARMONIS: 3.67, LOYAL: 4, ADAPTIF: 3.67, KOLABORATIF: 4 });
      expect(r.saran).toEqual(['Bagus dalam membantu rekan.', 'Lebih aktif di rapat.', 'Tingkatkan ketepatan waktu laporan.']);
    }
    // The three were filed as one batch: the next answers are shown only once three more arrive.
    const kelompok = await queryRows<{ kelompok: number }>(t.database.db, sql`SELECT kelompok FROM jawaban_360 WHERE pegawai_id = ${budiId} AND periode_id = ${periodeId}`);
    expect(kelompok.map((k) => k.kelompok)).toEqual([0, 0, 0]);
    const self = await t.api('GET', `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`, { as: NIP.pelaksana });
    expect(self.statusCode).toBe(403);
    expect(self.json<{ message: string }>().message).toMatch(/diri sendiri/);
    for (const nip of [rekan[0]!.nip, NIP.perawat, NIP.pengelola, NIP.adminBkpsdm, NIP.kapus]) {
      expect((await t.api('GET', `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`, { as: nip })).statusCode, nip).toBe(403);
    }
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`, { as: other.nip })).statusCode).toBe(404);
  });

  it('no response of any 360 endpoint, nor the evaluation, ties a respondent to a score, an order or a time', async () => {
    // Two answers on 11 March, the third the next day.
    const items = await disetujui();
    await jawab(items, 0);
    await jawab(items, 1);
    pada('2026-03-12T03:00:00Z');
    await jawab(items, 2);
    // Everything anyone involved can read about Budi's 360°.
    const readers = [NIP.pelaksana, NIP.pengawas, NIP.administrator, NIP.kadis, ...rekan.map((r) => r.nip)];
    const responses: Array<{ who: string; url: string; body: string }> = [];
    const get = async (who: string, url: string) => {
      const res = await t.api('GET', url, { as: who });
      responses.push({ who, url, body: res.statusCode === 200 ? res.body : '' });
      return res;
    };
    for (const who of readers) {
      for (const peran of ['saya', 'setujui', 'jawab']) await get(who, `/api/v1/360/nominasi?periodeId=${periodeId}&peran=${peran}`);
      await get(who, `/api/v1/360/ringkasan?periodeId=${periodeId}&pegawaiId=${budiId}`);
      for (const n of items) await get(who, `/api/v1/360/kuesioner/${n.id}`);
    }
    // The evaluation screen (penilaian feature) reads the same answers for its umpanBalik360 field.
    const [skp] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM skp WHERE instansi_id = ${instansiId} AND pegawai_id = ${budiId} LIMIT 1`);
    let skpId = skp?.id;
    if (!skpId) skpId = (await ok<{ id: string }>(await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } }), 201)).id;
    const [unit] = await queryRows<{ unit_id: string }>(t.database.db, sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.id = ${budiId}`);
    const [ev] = await t.database.db
      .insert(evaluasi)
      .values({ instansiId, periodeId, pegawaiId: budiId, skpId, unitId: unit!.unit_id, pejabatPenilaiId: yulianaId, atasanPenilaiId: await t.pegawaiId(NIP.administrator) })
      .returning({ id: evaluasi.id });
    const evaluasiBodies: Record<string, { umpanBalik360?: { jumlahResponden: number; rataRata: Record<string, number> | null } }> = {};
    for (const who of [NIP.pelaksana, NIP.pengawas, NIP.administrator]) {
      const res = await get(who, `/api/v1/penilaian/evaluasi/${ev!.id}`);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      evaluasiBodies[who] = res.json();
    }
    expect(evaluasiBodies[NIP.pengawas]?.umpanBalik360).toMatchObject({ jumlahResponden: 3, rataRata: { AKUNTABEL: 3.67 } });
    expect(evaluasiBodies[NIP.pelaksana]?.umpanBalik360?.rataRata ?? null).toBeNull();

    const respondents = items.map((n) => rekan.find((r) => r.id === n.penilai.id)!);
    for (const { who, url, body } of responses) {
      if (!body) continue;
      const json = JSON.parse(body) as unknown;
      // 1. A response that carries scores or suggestions carries no respondent (id, NIP or name).
      if (/"(skor|rataRata|saran|umpanBalik360)"/.test(body)) {
        const scored = url.includes('/penilaian/evaluasi/') ? JSON.stringify((json as { umpanBalik360: unknown }).umpanBalik360) : body;
        for (const r of respondents) {
          expect(scored, `${who} ${url}`).not.toContain(r.id);
          expect(scored, `${who} ${url}`).not.toContain(r.nip);
          expect(scored, `${who} ${url}`).not.toContain(r.nama);
        }
        expect(scored, `${who} ${url}`).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      }
      // 2. Nobody but the nominee learns whether (hence when, or in which order) a nominee answered.
      if (url.includes('/360/nominasi')) {
        for (const n of (json as { items: NominasiItem[] }).items) {
          if (n.penilai.id !== (await t.pegawaiId(who))) expect(n.sudahMenjawab, `${who} ${url}`).toBeNull();
          expect(Object.keys(n)).not.toContain('skor');
        }
      }
      // 3. No 360 response has a time of day.
      if (url.includes('/360/')) expect(body, `${who} ${url}`).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    }
    // 4. The suggestions come sorted, not in the answering order.
    const r = responses.find((x) => x.who === NIP.pengawas && x.url.includes('/ringkasan'))!;
    const saran = (JSON.parse(r.body) as Ringkasan).saran;
    expect(saran).not.toEqual(answers.map((a) => a.saran));
    expect(saran).toEqual([...saran].sort((a, b) => a.localeCompare(b, 'id')));
    // 5. Answering left no trace in the audit log (which would pair the respondent with a moment).
    const audit = await ok<{ items: Array<{ entityType: string; entityId: string; summary: string }> }>(
      await t.api('GET', '/api/v1/audit?entityType=nominasi_360', { as: NIP.adminBkpsdm }),
    );
    expect(audit.items.length).toBeGreaterThan(0);
    expect(audit.items.every((a) => /^Nominasi 360°/.test(a.summary))).toBe(true);
    const jawabanAudit = await ok<{ items: unknown[] }>(await t.api('GET', '/api/v1/audit?entityType=jawaban_360', { as: NIP.adminBkpsdm }));
    expect(jawabanAudit.items).toEqual([]);
  });

  it('once the period is closed nothing more is answered', async () => {
    await ok(await t.api('POST', '/api/v1/360/nominasi', { as: NIP.pengawas, body: { periodeId, hubungan: 'BAWAHAN', penilaiIds: [budiId] } }), 201);
    // Yuliana's nomination of Budi (her bawahan) is approved by her own pejabat penilai.
    const usulan = (await ok<{ items: NominasiItem[] }>(await t.api('GET', `/api/v1/360/nominasi?periodeId=${periodeId}&peran=setujui`, { as: NIP.administrator }))).items;
    const forYuliana = usulan.find((n) => n.pegawai.id === yulianaId)!;
    await ok(await t.api('POST', `/api/v1/360/nominasi/${forYuliana.id}/setujui`, { as: NIP.administrator }));
    await t.database.db.execute(sql`UPDATE periode_penilaian SET status = 'DITUTUP' WHERE id = ${periodeId}`);
    const yuliana = (await ok<{ items: NominasiItem[] }>(await t.api('GET', `/api/v1/360/nominasi?periodeId=${periodeId}&peran=jawab`, { as: NIP.pelaksana }))).items[0]!;
    expect(yuliana).toMatchObject({ pegawai: { id: yulianaId }, periode: { status: 'DITUTUP' }, can: { jawab: false } });
    const k = await ok<Kuesioner>(await t.api('GET', `/api/v1/360/kuesioner/${yuliana.id}`, { as: NIP.pelaksana }));
    expect(k.can.jawab).toBe(false);
    const res = await t.api('POST', `/api/v1/360/kuesioner/${yuliana.id}`, { as: NIP.pelaksana, body: { skor: skor(4) } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'periode_ditutup' });
    await t.database.db.execute(sql`UPDATE periode_penilaian SET status = 'DIBUKA' WHERE id = ${periodeId}`);
  });
});
