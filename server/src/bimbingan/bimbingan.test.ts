import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { tindakLanjutJatuhTempo } from './repository.js';
import type { Bimbingan, TindakLanjutItem } from '@capaian/contract/bimbingan';

// 10 March 2026, 10:00 WIB: every test starts there, with no coaching session at all (the lists
// below are checked exactly); a test that needs another day moves the clock itself.
const HARI_UJI = '2026-03-10T03:00:00Z';
let now = new Date(HARI_UJI);
const t = await createTestContext({ clock: () => now });
const setNow = (iso: string) => {
  now = new Date(iso);
  t.forgetSessions();
};
beforeEach(async () => {
  if (now.getTime() !== new Date(HARI_UJI).getTime()) setNow(HARI_UJI);
  // Their tindak lanjut go with them.
  await t.database.db.execute(sql`DELETE FROM bimbingan`);
});

async function ok<T>(res: { statusCode: number; body: string; json<U>(): U }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
}
const notifikasi = async (nip: string) =>
  (await t.api('GET', '/api/v1/notifikasi', { as: nip })).json<{ items: Array<{ jenis: string; judul: string; pesan: string; tautan: string | null }> }>().items;
const nilai = (skor: number) => Array.from({ length: 9 }, (_, i) => ({ nomor: i + 1, skor }));

let budiId = '';
let yulianaId = '';
let instansiId = '';
beforeAll(async () => {
  budiId = await t.pegawaiId(NIP.pelaksana);
  yulianaId = await t.pegawaiId(NIP.pengawas);
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM instansi WHERE kode = 'KOTA-CONTOH'`);
  instansiId = row!.id;
});

async function jadwalkan(as: string, body: Record<string, unknown>): Promise<Bimbingan> {
  return ok<Bimbingan>(await t.api('POST', '/api/v1/bimbingan', { as, body: { pegawaiId: budiId, ...body } }), 201);
}
/** Budi's coaching with Yuliana on 12 March, 09:00 WIB, as he schedules it. */
const sesiCoaching = () => jadwalkan(NIP.pelaksana, { jenis: 'COACHING', jadwal: '2026-03-12T09:00:00+07:00', tempat: 'Ruang rapat Umpeg', topik: 'Capaian triwulan I' });
/** The mentoring Yuliana schedules for Budi on 20 March. */
const sesiMentoring = () => jadwalkan(NIP.pengawas, { jenis: 'MENTORING', jadwal: '2026-03-20T08:30:00+07:00', topik: 'Pengelolaan arsip digital' });

const catatanCoaching = {
  catatan: 'Capaian sesuai rencana; kendala pada kelengkapan bukti dukung.',
  tindakLanjut: [
    { uraian: 'Melengkapi bukti dukung dengan foto kegiatan', jatuhTempo: '2026-03-20' },
    { uraian: 'Mengikuti pelatihan arsip digital', jatuhTempo: '2026-04-30' },
  ],
};
/** The coaching, held: Yuliana records its notes and two tindak lanjut at 12:00 WIB that day (the clock stays there). */
async function coachingSelesai(): Promise<Bimbingan> {
  const b = await sesiCoaching();
  setNow('2026-03-12T05:00:00Z');
  return ok<Bimbingan>(await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body: { rowVersion: b.rowVersion, ...catatanCoaching } }));
}
/** The held coaching with Budi's feedback sheet filled in. */
async function coachingDenganLembar(): Promise<Bimbingan> {
  const b = await coachingSelesai();
  const body = { rowVersion: b.rowVersion, jawaban: [...nilai(3)].reverse(), komentar: ' Sangat membantu. ' };
  return ok<Bimbingan>(await t.api('PUT', `/api/v1/bimbingan/${b.id}/lembar-umpan-balik`, { as: NIP.pelaksana, body }));
}

describe('scheduling', () => {
  it('the pegawai schedules coaching with their own atasan as pembimbing; the atasan is notified', async () => {
    const res = await t.api('POST', '/api/v1/bimbingan', {
      as: NIP.pelaksana,
      body: { pegawaiId: budiId, jenis: 'COACHING', jadwal: '2026-03-12T09:00:00+07:00', tempat: 'Ruang rapat Umpeg', topik: 'Capaian triwulan I' },
    });
    const b = await ok<Bimbingan>(res, 201);
    expect(b).toMatchObject({
      pegawai: { id: budiId, nip: NIP.pelaksana, nama: 'Budi Santoso' },
      pembimbing: { id: yulianaId, nip: NIP.pengawas },
      jenis: 'COACHING',
      jadwal: '2026-03-12T02:00:00.000Z',
      tempat: 'Ruang rapat Umpeg',
      topik: 'Capaian triwulan I',
      status: 'DIJADWALKAN',
      catatan: null,
      lembarUmpanBalik: null,
      evaluasiKompetensi: null,
      tindakLanjut: [],
      rowVersion: 1,
      can: { catat: false, isiLembarUmpanBalik: false, isiEvaluasiKompetensi: false, batalkan: true },
    });
    expect((await notifikasi(NIP.pengawas))[0]).toMatchObject({
      jenis: 'BIMBINGAN',
      judul: 'Coaching dijadwalkan',
      pesan: expect.stringContaining('12 Maret 2026'),
      tautan: `/bimbingan/${b.id}`,
    });
    const asPembimbing = await ok<Bimbingan>(await t.api('GET', `/api/v1/bimbingan/${b.id}`, { as: NIP.pengawas }));
    expect(asPembimbing.can).toEqual({ catat: true, isiLembarUmpanBalik: false, isiEvaluasiKompetensi: false, batalkan: true });
  });

  it('the atasan schedules for a bawahan (the pegawai is notified), never for someone else’s', async () => {
    const res = await t.api('POST', '/api/v1/bimbingan', { as: NIP.pengawas, body: { pegawaiId: budiId, jenis: 'MENTORING', jadwal: '2026-03-20T08:30:00+07:00', topik: 'Pengelolaan arsip digital' } });
    expect(await ok<Bimbingan>(res, 201)).toMatchObject({ jenis: 'MENTORING', tempat: null, pembimbing: { id: yulianaId } });
    expect((await notifikasi(NIP.pelaksana))[0]).toMatchObject({ jenis: 'BIMBINGAN', judul: 'Mentoring dijadwalkan' });

    const body = { pegawaiId: await t.pegawaiId(NIP.perawat), jenis: 'KONSELING', jadwal: '2026-03-20T08:30:00+07:00', topik: 'Beban kerja' };
    expect((await t.api('POST', '/api/v1/bimbingan', { as: NIP.pengawas, body })).statusCode).toBe(403);
    expect((await t.api('POST', '/api/v1/bimbingan', { as: NIP.pelaksana, body })).statusCode).toBe(403);
    // The atasan of the pejabat penilai does not schedule in their place.
    expect((await t.api('POST', '/api/v1/bimbingan', { as: NIP.administrator, body: { ...body, pegawaiId: budiId } })).statusCode).toBe(403);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('POST', '/api/v1/bimbingan', { as: other.nip, body: { ...body, pegawaiId: budiId } })).statusCode).toBe(404);
  });

  it('refuses a bad kind, a time in the past, a topic missing, naming the fields', async () => {
    const res = await t.api('POST', '/api/v1/bimbingan', { as: NIP.pelaksana, body: { pegawaiId: budiId, jenis: 'RAPAT', jadwal: '2026-03-12 09:00', topik: ' ' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json<{ fields: object }>().fields).sort()).toEqual(['jadwal', 'jenis', 'topik']);
    const past = await t.api('POST', '/api/v1/bimbingan', { as: NIP.pelaksana, body: { pegawaiId: budiId, jenis: 'COACHING', jadwal: '2026-03-09T16:59:00Z', topik: 'Kemarin' } });
    expect(past.json()).toMatchObject({ error: 'validation_failed', fields: { jadwal: 'tidak boleh sebelum hari ini' } });
    // Earlier today (in WIB) is fine: a session that just happened can be recorded.
    const today = await t.api('POST', '/api/v1/bimbingan', { as: NIP.pengawas, body: { pegawaiId: budiId, jenis: 'KONSELING', jadwal: '2026-03-09T17:30:00Z', topik: 'Tadi pagi' } });
    expect(today.statusCode).toBe(201);
    const far = await t.api('POST', '/api/v1/bimbingan', { as: NIP.pelaksana, body: { pegawaiId: budiId, jenis: 'COACHING', jadwal: '2027-06-01T09:00:00+07:00', topik: 'Jauh' } });
    expect(far.json()).toMatchObject({ fields: { jadwal: 'paling lambat satu tahun ke depan' } });
  });
});

describe('a session from notes to the two sheets', () => {
  it('lists sessions for the pegawai (saya) and for the pembimbing (tim)', async () => {
    await sesiCoaching();
    await sesiMentoring();
    await jadwalkan(NIP.pengawas, { jenis: 'KONSELING', jadwal: '2026-03-09T17:30:00Z', topik: 'Tadi pagi' });
    const saya = await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?peran=saya', { as: NIP.pelaksana }));
    expect(saya.items.map((x) => x.jenis).sort()).toEqual(['COACHING', 'KONSELING', 'MENTORING']);
    expect(saya.items.map((x) => x.jadwal)).toEqual([...saya.items.map((x) => x.jadwal)].sort().reverse());
    const tim = await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?peran=tim', { as: NIP.pengawas }));
    expect(tim.items.map((x) => x.pegawai.id)).toEqual([budiId, budiId, budiId]);
    expect((await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?peran=saya', { as: NIP.pengawas }))).items).toEqual([]);
    expect((await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan', { as: NIP.pengawas }))).items).toHaveLength(3);
    expect((await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?peran=tim', { as: NIP.perawat }))).items).toEqual([]);
    expect((await t.api('GET', '/api/v1/bimbingan?peran=semua', { as: NIP.pelaksana })).json()).toMatchObject({ fields: { peran: 'harus saya atau tim' } });
  });

  it('nobody else reads a session: 404 for a colleague, the atasan of the penilai, BKPSDM and another pemda', async () => {
    const b = await sesiCoaching();
    for (const nip of [NIP.perawat, NIP.pengelola, NIP.administrator, NIP.adminBkpsdm]) expect((await t.api('GET', `/api/v1/bimbingan/${b.id}`, { as: nip })).statusCode, nip).toBe(404);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', `/api/v1/bimbingan/${b.id}`, { as: other.nip })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/bimbingan/${randomUUID()}`, { as: NIP.pelaksana })).statusCode).toBe(404);
  });

  it('the sheets wait until the session is done', async () => {
    const b = await sesiCoaching();
    const lembar = await t.api('PUT', `/api/v1/bimbingan/${b.id}/lembar-umpan-balik`, { as: NIP.pelaksana, body: { jawaban: nilai(4) } });
    expect(lembar.statusCode).toBe(409);
    expect(lembar.json()).toMatchObject({ error: 'status_bimbingan' });
    const evaluasi = await t.api('PUT', `/api/v1/bimbingan/${b.id}/evaluasi-kompetensi`, { as: NIP.pengawas, body: { items: [{ kompetensi: 'Komunikasi', skor: 4, alasan: 'Jelas.' }] } });
    expect(evaluasi.statusCode).toBe(409);
  });

  it('only the pembimbing records notes; a stale version is refused; due dates not before the session', async () => {
    let b = await sesiCoaching();
    const body = { rowVersion: b.rowVersion, ...catatanCoaching };
    expect((await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pelaksana, body })).statusCode).toBe(403);
    expect((await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.perawat, body })).statusCode).toBe(404);
    const stale = await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body: { ...body, rowVersion: b.rowVersion + 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'version_conflict', fields: { rowVersion: 'versi data sudah berubah' } });
    const early = await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body: { ...body, tindakLanjut: [{ uraian: 'X', jatuhTempo: '2026-03-11' }] } });
    expect(early.json()).toMatchObject({ fields: { 'tindakLanjut.0.jatuhTempo': 'tidak boleh sebelum tanggal bimbingan (2026-03-12)' } });
    const badDate = await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body: { ...body, tindakLanjut: [{ uraian: '', jatuhTempo: '2026-02-30' }] } });
    expect(Object.keys(badDate.json<{ fields: object }>().fields).sort()).toEqual(['tindakLanjut.0.jatuhTempo', 'tindakLanjut.0.uraian']);

    setNow('2026-03-12T05:00:00Z');
    const res = await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body });
    b = await ok<Bimbingan>(res);
    expect(b).toMatchObject({ status: 'SELESAI', catatan: body.catatan, rowVersion: 2, can: { catat: false, isiEvaluasiKompetensi: true, batalkan: false } });
    expect(b.tindakLanjut.map((x) => [x.uraian, x.jatuhTempo, x.selesaiAt])).toEqual([
      ['Melengkapi bukti dukung dengan foto kegiatan', '2026-03-20', null],
      ['Mengikuti pelatihan arsip digital', '2026-04-30', null],
    ]);
    expect((await notifikasi(NIP.pelaksana))[0]).toMatchObject({ jenis: 'BIMBINGAN', judul: 'Catatan coaching telah direkam', tautan: `/bimbingan/${b.id}` });
    const again = await t.api('PUT', `/api/v1/bimbingan/${b.id}/catatan`, { as: NIP.pengawas, body: { ...body, rowVersion: b.rowVersion } });
    expect(again.json()).toMatchObject({ error: 'status_bimbingan' });
    const batal = await t.api('POST', `/api/v1/bimbingan/${b.id}/batal`, { as: NIP.pelaksana });
    expect(batal.statusCode, batal.body).toBe(409);
  });

  it('the pegawai fills the nine-statement feedback sheet (1–4)', async () => {
    let b = await coachingSelesai();
    const url = `/api/v1/bimbingan/${b.id}/lembar-umpan-balik`;
    expect((await t.api('PUT', url, { as: NIP.pengawas, body: { jawaban: nilai(4) } })).statusCode).toBe(403);
    const short = await t.api('PUT', url, { as: NIP.pelaksana, body: { jawaban: nilai(4).slice(0, 8) } });
    expect(short.json()).toMatchObject({ error: 'validation_failed', fields: { jawaban: 'harus menjawab 9 pernyataan (terisi 8)' } });
    const five = await t.api('PUT', url, { as: NIP.pelaksana, body: { jawaban: [{ nomor: 1, skor: 5 }, ...nilai(3).slice(1)] } });
    expect(five.json()).toMatchObject({ fields: { 'jawaban.0.skor': 'skor harus 1 (Sangat Tidak Setuju) sampai 4 (Sangat Setuju)' } });
    const stale = await t.api('PUT', url, { as: NIP.pelaksana, body: { rowVersion: 1, jawaban: nilai(3) } });
    expect(stale.json()).toMatchObject({ error: 'version_conflict' });

    const res = await t.api('PUT', url, { as: NIP.pelaksana, body: { rowVersion: b.rowVersion, jawaban: [...nilai(3)].reverse(), komentar: ' Sangat membantu. ' } });
    b = await ok<Bimbingan>(res);
    expect(b.lembarUmpanBalik).toEqual({ jawaban: nilai(3), komentar: 'Sangat membantu.', diisiAt: '2026-03-12T05:00:00.000Z' });
    expect(b.rowVersion).toBe(3);
  });

  it('the pembimbing fills the competence evaluation (1–5, a reason for each)', async () => {
    let b = await coachingDenganLembar();
    const url = `/api/v1/bimbingan/${b.id}/evaluasi-kompetensi`;
    const items = [
      { kompetensi: 'Komunikasi', skor: 4, alasan: 'Menyampaikan kendala dengan jelas.' },
      { kompetensi: 'Penguasaan tugas teknis', skor: 3, alasan: 'Perlu latihan aplikasi kepegawaian.' },
    ];
    expect((await t.api('PUT', url, { as: NIP.pelaksana, body: { items } })).statusCode).toBe(403);
    const noReason = await t.api('PUT', url, { as: NIP.pengawas, body: { items: [{ kompetensi: 'Komunikasi', skor: 6 }] } });
    expect(noReason.json()).toMatchObject({
      fields: { 'items.0.alasan': 'alasan wajib diisi', 'items.0.skor': 'skor harus 1 (Sangat Kurang) sampai 5 (Sangat Baik)' },
    });
    expect((await t.api('PUT', url, { as: NIP.pengawas, body: { items: [] } })).json()).toMatchObject({ fields: { items: 'paling sedikit satu kompetensi dinilai' } });
    b = await ok<Bimbingan>(await t.api('PUT', url, { as: NIP.pengawas, body: { items } }));
    expect(b.evaluasiKompetensi).toEqual({ items, diisiAt: '2026-03-12T05:00:00.000Z' });
    expect(b.rowVersion).toBe(4);

    const audit = await t.api('GET', `/api/v1/audit?entityType=bimbingan&entityId=${b.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: Array<{ summary: string }> }>().items.map((i) => i.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Coaching dijadwalkan 12 Maret 2026/),
        'Catatan bimbingan direkam (2 tindak lanjut); bimbingan selesai',
        'Lembar umpan balik bimbingan diisi',
        'Evaluasi kompetensi diisi (2 kompetensi)',
      ]),
    );
  });

  it('either side cancels a scheduled session; the other side is told', async () => {
    await sesiMentoring();
    const mentoring = (await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?peran=saya&status=DIJADWALKAN', { as: NIP.pelaksana }))).items.find(
      (x) => x.jenis === 'MENTORING',
    )!;
    expect((await t.api('POST', `/api/v1/bimbingan/${mentoring.id}/batal`, { as: NIP.perawat })).statusCode).toBe(404);
    const res = await t.api('POST', `/api/v1/bimbingan/${mentoring.id}/batal`, { as: NIP.pelaksana, body: { alasan: 'Dinas luar' } });
    expect(await ok<Bimbingan>(res)).toMatchObject({ status: 'DIBATALKAN', can: { catat: false, batalkan: false } });
    expect((await notifikasi(NIP.pengawas))[0]).toMatchObject({ judul: 'Mentoring dibatalkan', pesan: 'Budi Santoso membatalkan bimbingan "Pengelolaan arsip digital": Dinas luar' });
    expect((await t.api('POST', `/api/v1/bimbingan/${mentoring.id}/batal`, { as: NIP.pengawas })).json()).toMatchObject({ error: 'status_bimbingan' });
    const dibatalkan = await ok<{ items: Bimbingan[] }>(await t.api('GET', '/api/v1/bimbingan?status=DIBATALKAN', { as: NIP.pengawas }));
    expect(dibatalkan.items.map((x) => x.id)).toEqual([mentoring.id]);
  });
});

describe('tindak lanjut', () => {
  it('shows on both dashboards, late ones flagged against today', async () => {
    await coachingSelesai();
    setNow('2026-03-21T03:00:00Z');
    const mine = await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut', { as: NIP.pelaksana }));
    expect(mine.items.map((i) => [i.uraian, i.jatuhTempo, i.terlambat, i.can.selesaikan])).toEqual([
      ['Melengkapi bukti dukung dengan foto kegiatan', '2026-03-20', true, true],
      ['Mengikuti pelatihan arsip digital', '2026-04-30', false, true],
    ]);
    expect(mine.items[0]?.pegawai).toEqual({ id: budiId, nama: 'Budi Santoso' });
    const team = await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut?status=terbuka', { as: NIP.pengawas }));
    expect(team.items.map((i) => i.id)).toEqual(mine.items.map((i) => i.id));
    expect(team.items.every((i) => i.can.selesaikan)).toBe(true);
    expect((await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut', { as: NIP.perawat }))).items).toEqual([]);
    expect((await t.api('GET', '/api/v1/tindak-lanjut?status=lain', { as: NIP.perawat })).statusCode).toBe(400);
  });

  it('the pegawai or the pembimbing marks one done (twice is harmless); others cannot', async () => {
    await coachingSelesai();
    setNow('2026-03-21T03:00:00Z');
    const [first, second] = (await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut', { as: NIP.pelaksana }))).items;
    for (const nip of [NIP.perawat, NIP.administrator]) expect((await t.api('POST', `/api/v1/tindak-lanjut/${first!.id}/selesai`, { as: nip })).statusCode, nip).toBe(404);
    const other = await t.otherPemdaAdmin();
    expect((await t.api('POST', `/api/v1/tindak-lanjut/${first!.id}/selesai`, { as: other.nip })).statusCode).toBe(404);

    const done = await ok<TindakLanjutItem>(await t.api('POST', `/api/v1/tindak-lanjut/${first!.id}/selesai`, { as: NIP.pelaksana }));
    expect(done).toMatchObject({ id: first!.id, selesaiAt: '2026-03-21T03:00:00.000Z', terlambat: false, can: { selesaikan: false } });
    setNow('2026-03-22T03:00:00Z');
    const twice = await ok<TindakLanjutItem>(await t.api('POST', `/api/v1/tindak-lanjut/${first!.id}/selesai`, { as: NIP.pengawas }));
    expect(twice.selesaiAt).toBe('2026-03-21T03:00:00.000Z');
    expect(await ok<TindakLanjutItem>(await t.api('POST', `/api/v1/tindak-lanjut/${second!.id}/selesai`, { as: NIP.pengawas }))).toMatchObject({ selesaiAt: '2026-03-22T03:00:00.000Z' });

    expect((await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut', { as: NIP.pelaksana }))).items).toEqual([]);
    const semua = await ok<{ items: TindakLanjutItem[] }>(await t.api('GET', '/api/v1/tindak-lanjut?status=semua', { as: NIP.pelaksana }));
    expect(semua.items.map((i) => i.id).sort()).toEqual([first!.id, second!.id].sort());
    const audit = await t.api('GET', `/api/v1/audit?entityType=tindak_lanjut&entityId=${first!.id}`, { as: NIP.adminBkpsdm });
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('a reminder query finds open actions due within three days', async () => {
    setNow('2026-03-22T03:00:00Z');
    const s = await ok<Bimbingan>(
      await t.api('POST', '/api/v1/bimbingan', { as: NIP.pengawas, body: { pegawaiId: budiId, jenis: 'COACHING', jadwal: '2026-03-22T09:00:00+07:00', topik: 'Tindak lanjut' } }),
      201,
    );
    await ok(
      await t.api('PUT', `/api/v1/bimbingan/${s.id}/catatan`, {
        as: NIP.pengawas,
        body: {
          rowVersion: s.rowVersion,
          catatan: 'Disepakati tiga langkah.',
          tindakLanjut: [
            { uraian: 'Hari ini', jatuhTempo: '2026-03-22' },
            { uraian: 'Tiga hari lagi', jatuhTempo: '2026-03-25' },
            { uraian: 'Empat hari lagi', jatuhTempo: '2026-03-26' },
          ],
        },
      }),
    );
    const due = await tindakLanjutJatuhTempo(t.database.db, instansiId, '2026-03-22');
    expect(due.map((d) => [d.uraian, d.jatuhTempo, d.pegawaiId, d.pembimbingId])).toEqual([
      ['Hari ini', '2026-03-22', budiId, yulianaId],
      ['Tiga hari lagi', '2026-03-25', budiId, yulianaId],
    ]);
    const other = await t.otherPemdaAdmin();
    expect(await tindakLanjutJatuhTempo(t.database.db, other.instansiId, '2026-03-22')).toEqual([]);
  });
});
