import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { readPdf } from '../../test/pdf.js';
import type { Actor } from '../core/actor.js';
import { queryRows } from '../db/client.js';
import {
  auditEvent,
  buktiDukung,
  evaluasi,
  evaluasiRiwayat,
  indikatorKinerja,
  jabatan,
  jawaban360,
  notifikasi,
  pegawai,
  realisasi,
  rhk,
  skp,
  skpPerilaku,
  umpanBalik,
} from '../db/schema.js';
import type { CapaianDetail, Evaluasi, EvaluasiList, FinalisasiMassalResult, KurvaStatus, PeriodeItem, PeriodeList, UnitItem } from '@capaian/contract/penilaian';

// 10 December 2026, 10:00 WIB: the annual period of 2026 is running, Agus is Plt Kepala Bidang Yankes.
const now = new Date('2026-12-10T03:00:00Z');
const t = await createTestContext({ clock: () => now });
const db = t.database.db;

let instansiId = '';
const unit: Record<'umpeg' | 'yankes' | 'sekr', string> = { umpeg: '', yankes: '', sekr: '' };
/** The SKP, RHK and indicator made for each pegawai (by id). */
const skpOf = new Map<string, { skpId: string; rhkId: string; indikatorId: string }>();
const id: Record<string, string> = {};

async function skpDisetujui(pegawaiId: string, status = 'DISETUJUI') {
  const [s] = await db
    .insert(skp)
    .values({ instansiId, pegawaiId, tahun: 2026, status, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31', pejabatPenilaiId: null })
    .returning({ id: skp.id });
  const [r] = await db.insert(rhk).values({ instansiId, skpId: s!.id, jenis: 'UTAMA', uraian: 'Terselenggaranya layanan administrasi' }).returning({ id: rhk.id });
  const [i] = await db
    .insert(indikatorKinerja)
    .values({ instansiId, rhkId: r!.id, aspek: 'KUANTITAS', uraian: 'Jumlah dokumen layanan diselesaikan', targetNilai: '100', targetSatuan: 'dokumen' })
    .returning({ id: indikatorKinerja.id });
  await db.insert(skpPerilaku).values({ instansiId, skpId: s!.id, kode: 'AKUNTABEL', ekspektasi: 'Menyelesaikan berkas tepat waktu' });
  skpOf.set(pegawaiId, { skpId: s!.id, rhkId: r!.id, indikatorId: i!.id });
}

async function actorOf(nip: string): Promise<Actor> {
  const [row] = await queryRows<{ user_id: string; instansi_id: string; pegawai_id: string; nama: string }>(
    db,
    sql`SELECT a.id AS user_id, a.instansi_id, a.pegawai_id, p.nama FROM user_account a JOIN pegawai p ON p.instansi_id = a.instansi_id AND p.id = a.pegawai_id WHERE a.nip = ${nip}`,
  );
  return { userId: row!.user_id, instansiId: row!.instansi_id, pegawaiId: row!.pegawai_id, nip, nama: row!.nama, roles: ['PEGAWAI'], pengelolaUnitIds: [] };
}

/** Evaluation id and row version of each pegawai in a period. */
async function evaluasiOf(periodeId: string) {
  const rows = await db.select({ id: evaluasi.id, pegawaiId: evaluasi.pegawaiId, rowVersion: evaluasi.rowVersion, status: evaluasi.status }).from(evaluasi).where(eq(evaluasi.periodeId, periodeId));
  return new Map(rows.map((r) => [r.pegawaiId, r]));
}

const body = (pegawaiId: string, rowVersion: number, hk: string | null, rp: string) => ({
  rowVersion,
  rhk: [{ rhkId: skpOf.get(pegawaiId)!.rhkId, rating: hk ?? 'SESUAI_EKSPEKTASI', umpanBalik: 'Hasil sesuai target' }],
  ...(hk ? { ratingHasilKerja: hk } : {}),
  umpanBalikHasilKerja: 'Terus pertahankan',
  perilaku: [{ kode: 'AKUNTABEL', umpanBalik: 'Tertib administrasi' }],
  ratingPerilaku: rp,
});

async function nilai(as: string, periodeId: string, pegawaiId: string, hk: string | null, rp: string) {
  const e = (await evaluasiOf(periodeId)).get(pegawaiId)!;
  return t.api('PUT', `/api/v1/penilaian/evaluasi/${e.id}`, { as, body: body(pegawaiId, e.rowVersion, hk, rp) });
}

async function buka(jenis: string, nomor: number, batasPenilaian: string) {
  const res = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis, tahun: 2026, nomor, batasPenilaian } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<PeriodeItem>();
}

/** The 12 pegawai of Subbagian Umum dan Kepegawaian (8 in the demo + 4 hired here), Yuliana (head) first. */
let umpeg: string[] = [];
/** The annual period of 2026, opened afresh for every test (see the beforeEach below). */
let tahunan: PeriodeItem;

// --- The steps of the year, for the tests that start further along ---------------------------

/** The leader one level up (Agus) sets the unit result of Subbagian Umum dan Kepegawaian for the year. */
async function tetapkanCapaianUmpeg(capaian = 'BAIK') {
  const res = await t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as: NIP.administrator, body: { periodeId: tahunan.id, unitId: unit.umpeg, capaian, justifikasi: 'Target layanan kepegawaian tercapai 96%' } });
  expect(res.statusCode, res.body).toBe(200);
}

/** The unit result Baik, and Yuliana (the head) rated by Agus accordingly. */
async function kepalaDinilai() {
  await tetapkanCapaianUmpeg('BAIK');
  const res = await nilai(NIP.administrator, tahunan.id, id.pengawas!, null, 'SESUAI_EKSPEKTASI');
  expect(res.statusCode, res.body).toBe(200);
}

/** Agus (Plt Kepala Bidang Yankes) rates Jane: Baik, not final (her unit has no result). */
async function janeDinilai() {
  const res = await nilai(NIP.administrator, tahunan.id, id.jane!, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
  expect(res.statusCode, res.body).toBe(200);
}

/** Everyone in the unit rated Baik (a broken curve), Jane rated too. */
async function semuaBaik() {
  await kepalaDinilai();
  for (const p of umpeg.slice(1)) expect((await nilai(NIP.pengawas, tahunan.id, p, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);
  await janeDinilai();
}

/** The unit's ratings fixed to satisfy the curve (three Sangat Baik, one Butuh Perbaikan) and finalised by Yuliana. */
async function unitFinal() {
  await semuaBaik();
  for (const p of umpeg.slice(9)) expect((await nilai(NIP.pengawas, tahunan.id, p, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).statusCode).toBe(200);
  expect((await nilai(NIP.pengawas, tahunan.id, umpeg[8]!, 'DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);
  const res = await t.api('POST', `/api/v1/penilaian/unit/${unit.umpeg}/finalisasi`, { as: NIP.pengawas, body: { periodeId: tahunan.id } });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  const [ins] = await queryRows<{ id: string; umpeg: string; yankes: string; sekr: string }>(
    db,
    sql`SELECT i.id, (SELECT id FROM unit_kerja WHERE instansi_id = i.id AND kode = 'DINKES.UMPEG') AS umpeg,
               (SELECT id FROM unit_kerja WHERE instansi_id = i.id AND kode = 'DINKES.YANKES') AS yankes,
               (SELECT id FROM unit_kerja WHERE instansi_id = i.id AND kode = 'DINKES.SEKR') AS sekr
          FROM instansi i WHERE i.kode = 'KOTA-CONTOH'`,
  );
  instansiId = ins!.id;
  Object.assign(unit, { umpeg: ins!.umpeg, yankes: ins!.yankes, sekr: ins!.sekr });
  for (const [k, nip] of Object.entries(NIP)) id[k] = await t.pegawaiId(nip);
  const [jab] = await db.select({ id: jabatan.id }).from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.kode, 'DINKES.UMPEG.PENGADM')));
  for (let i = 1; i <= 4; i++)
    await db.insert(pegawai).values({ instansiId, nip: `19960${i}012022011${String(100 + i)}`, nama: `Pegawai Baru ${i}`, jenisAsn: 'PNS', golongan: 'II/c', jabatanId: jab!.id });
  const members = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
         WHERE p.instansi_id = ${instansiId} AND j.unit_id = ${unit.umpeg} AND p.status = 'AKTIF' ORDER BY j.kepala_unit DESC, p.nama`,
  );
  umpeg = members.map((m) => m.id);
  for (const p of umpeg) await skpDisetujui(p);
  const [jane] = await queryRows<{ id: string }>(db, sql`SELECT p.id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE j.kode = 'DINKES.YANKES.ANKEB' AND p.instansi_id = ${instansiId}`);
  id.jane = jane!.id;
  await skpDisetujui(id.jane);
  // An SKP not yet approved: no evaluation.
  await skpDisetujui(id.perawat!, 'DIAJUKAN');
});

// Every test starts with the annual period just opened and nothing else: no other period, no
// rating, unit result, finalisation, 360° answer or keberatan (they go with the periods), and no
// notification. The SKPs, progress and feedback of the year stay.
beforeEach(async () => {
  await db.execute(sql`DELETE FROM periode_penilaian`);
  await db.execute(sql`DELETE FROM notifikasi`);
  tahunan = await buka('TAHUNAN', 1, '2027-01-31');
});

describe('periods', () => {
  it('opens the annual period with an evaluation for every approved SKP, each with its pejabat penilai', async () => {
    expect(umpeg).toHaveLength(12);
    expect(umpeg[0]).toBe(id.pengawas);
    expect(tahunan).toMatchObject({ jenis: 'TAHUNAN', label: 'Tahun 2026', mulai: '2026-01-01', selesai: '2026-12-31', status: 'DIBUKA', progres: { evaluasi: 13, dinilai: 0, final: 0, unitSelesai: 0, unitTotal: 2 } });
    const ev = await evaluasiOf(tahunan.id);
    expect(ev.has(id.perawat!)).toBe(false);
    const rows = await db.select().from(evaluasi).where(eq(evaluasi.periodeId, tahunan.id));
    const of = (p: string) => rows.find((r) => r.pegawaiId === p)!;
    expect(of(id.pelaksana!)).toMatchObject({ status: 'DRAFT', unitId: unit.umpeg, pejabatPenilaiId: id.pengawas, atasanPenilaiId: id.administrator });
    expect(of(id.pengawas!)).toMatchObject({ unitId: unit.umpeg, pejabatPenilaiId: id.administrator, atasanPenilaiId: id.kadis });
    // Jane's Kepala Bidang seat is held by Agus as Plt: he is her pejabat penilai.
    expect(of(id.jane!)).toMatchObject({ unitId: unit.yankes, pejabatPenilaiId: id.administrator, atasanPenilaiId: id.kadis });
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'periode_penilaian'), eq(auditEvent.entityId, tahunan.id)));
    expect(audit?.summary).toContain('13 evaluasi dibuat');
  });

  it('lists periods for everyone; only BKPSDM opens them, in the instansi period kind or annual', async () => {
    const list = (await t.api('GET', '/api/v1/penilaian/periode?tahun=2026', { as: NIP.pelaksana })).json<PeriodeList>();
    expect(list).toMatchObject({ can: { buka: false }, items: [{ id: tahunan.id, can: { tutup: false } }] });
    expect((await t.api('GET', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm })).json<PeriodeList>()).toMatchObject({ can: { buka: true }, items: [{ can: { tutup: true } }] });
    const denied = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.pelaksana, body: { jenis: 'BULANAN', tahun: 2026, nomor: 3, batasPenilaian: '2026-04-10' } });
    expect(denied.statusCode).toBe(403);
    const kind = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis: 'TRIWULANAN', tahun: 2026, nomor: 1, batasPenilaian: '2026-04-10' } });
    expect(kind.statusCode).toBe(400);
    expect(kind.json()).toMatchObject({ fields: { jenis: 'periode kinerja instansi ini bulanan: pilih BULANAN atau TAHUNAN' } });
    const nomor = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis: 'TAHUNAN', tahun: 2026, nomor: 2, batasPenilaian: '2027-01-10' } });
    expect(nomor.json()).toMatchObject({ fields: { nomor: 'untuk periode tahunan nomor 1 sampai 1' } });
    const batas = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis: 'BULANAN', tahun: 2026, nomor: 5, batasPenilaian: '2026-04-30' } });
    expect(batas.json()).toMatchObject({ fields: { batasPenilaian: 'tidak boleh sebelum awal periode (2026-05-01)' } });
    const twice = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis: 'TAHUNAN', tahun: 2026, nomor: 1, batasPenilaian: '2027-01-31' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: 'periode_exists', message: 'Periode penilaian Tahun 2026 sudah dibuka.' });
  });

  it("keeps another pemda's periods, units and evaluations out of reach", async () => {
    const other = (await t.otherPemdaAdmin()).nip;
    expect((await t.api('GET', '/api/v1/penilaian/periode', { as: other })).json<PeriodeList>().items).toEqual([]);
    const e = (await evaluasiOf(tahunan.id)).get(id.pelaksana!)!;
    for (const [method, url, b] of [
      ['GET', `/api/v1/penilaian/evaluasi/${e.id}`, undefined],
      ['PUT', `/api/v1/penilaian/evaluasi/${e.id}`, body(id.pelaksana!, e.rowVersion, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')],
      ['GET', `/api/v1/penilaian/unit/${unit.umpeg}/kurva?periodeId=${tahunan.id}`, undefined],
      ['GET', `/api/v1/penilaian/periode/${tahunan.id}/unit`, undefined],
      ['POST', `/api/v1/penilaian/periode/${tahunan.id}/finalisasi-massal`, undefined],
      ['POST', `/api/v1/penilaian/periode/${tahunan.id}/tutup`, undefined],
      ['PUT', '/api/v1/penilaian/capaian-organisasi', { periodeId: tahunan.id, unitId: unit.umpeg, capaian: 'ISTIMEWA', justifikasi: 'Bukan urusan kami' }],
      ['POST', `/api/v1/penilaian/unit/${unit.umpeg}/finalisasi`, { periodeId: tahunan.id }],
    ] as const) {
      const res = await t.api(method, url, { as: other, ...(b ? { body: b } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await evaluasiOf(tahunan.id)).get(id.pelaksana!)?.status).toBe('DRAFT');
  });
});

describe('the rating screen', () => {
  let budiEv = '';
  beforeEach(async () => {
    budiEv = (await evaluasiOf(tahunan.id)).get(id.pelaksana!)!.id;
  });
  beforeAll(async () => {
    const { skpId, rhkId, indikatorId } = skpOf.get(id.pelaksana!)!;
    const entry = (tanggal: string, jumlah: number) => ({ instansiId, id: randomUUID(), pegawaiId: id.pelaksana!, skpId, rhkId, indikatorId, tanggal, uraian: 'Berkas diselesaikan', jumlah });
    const [r1] = await db.insert(realisasi).values([entry('2026-03-02', 40), entry('2026-09-15', 50), entry('2025-12-30', 999)]).returning({ id: realisasi.id });
    await db.insert(buktiDukung).values({ instansiId, id: randomUUID(), realisasiId: r1!.id, jenis: 'TAUTAN', nama: 'Rekap Maret', tautan: 'https://contoh.go.id/rekap' });
    await db.insert(umpanBalik).values([
      { instansiId, pegawaiId: id.pelaksana!, penulisId: id.pengawas!, realisasiId: r1!.id, tanggal: '2026-03-03', pesan: 'Rapi, lanjutkan' },
      { instansiId, pegawaiId: id.pelaksana!, penulisId: id.pengawas!, perilakuKode: 'AKUNTABEL', tanggal: '2026-06-01', pesan: 'Selalu tepat waktu' },
      { instansiId, pegawaiId: id.pelaksana!, penulisId: id.pengawas!, perilakuKode: 'AKUNTABEL', tanggal: '2025-11-01', pesan: 'Tahun lalu' },
    ]);
  });

  it('shows per RHK and indicator the target, the realised value of the period, evidence and the feedback given', async () => {
    const ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.pengawas })).json<Evaluasi>();
    expect(ev).toMatchObject({
      status: 'DRAFT',
      kepalaUnit: false,
      pegawai: { nip: NIP.pelaksana, nama: 'Budi Santoso' },
      pejabatPenilai: { nip: NIP.pengawas },
      atasanPenilai: { nip: NIP.administrator },
      periode: { label: 'Tahun 2026' },
      capaianOrganisasi: null,
      saranRatingHasilKerja: 'SESUAI_EKSPEKTASI',
      can: { nilai: true, terima: false, diskusi: false, ajukanKeberatan: false },
    });
    expect(ev.rhk).toHaveLength(1);
    expect(ev.rhk[0]!.indikator[0]).toMatchObject({ target: '100 dokumen', realisasi: 90, persen: 90 });
    expect(ev.rhk[0]!.bukti).toEqual([{ id: expect.any(String), nama: 'Rekap Maret', url: null, tautan: 'https://contoh.go.id/rekap' }]);
    expect(ev.rhk[0]!.umpanBalikBerkala).toEqual([{ tanggal: '2026-03-03', pesan: 'Rapi, lanjutkan', penulis: 'Yuliana Sari, S.Kom.' }]);
    expect(ev.saranAlasan).toContain('Rata-rata capaian 1 indikator 90%');
    const akuntabel = ev.perilaku.find((p) => p.kode === 'AKUNTABEL');
    expect(akuntabel).toMatchObject({ label: 'Akuntabel', ekspektasi: 'Menyelesaikan berkas tepat waktu', umpanBalik: null, umpanBalikBerkala: [{ tanggal: '2026-06-01', pesan: 'Selalu tepat waktu' }] });
    expect(ev.perilaku).toHaveLength(7);
    expect(ev.umpanBalik360).toEqual({ jumlahResponden: 0, rataRata: null });
    const own = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.pelaksana })).json<Evaluasi>();
    expect(own.can).toMatchObject({ nilai: false });
    // Someone outside the chain does not learn that it exists.
    expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.guru })).statusCode).toBe(404);
  });

  it('shows the 360° aggregate only from 3 complete answers (the domain rule the 360 page uses), and never to the pegawai', async () => {
    const lengkap = (skor: number) => ({ BERORIENTASI_PELAYANAN: skor, AKUNTABEL: 5, KOMPETEN: 4, HARMONIS: 4, LOYAL: 4, ADAPTIF: 4, KOLABORATIF: 4 });
    const jawab = (skor: Record<string, number>) => ({ instansiId, periodeId: tahunan.id, pegawaiId: id.pelaksana!, hubungan: 'REKAN', skor, tanggal: '2026-12-01' });
    // Two complete answers and a damaged one (two values only): the damaged one counts for nothing.
    await db.insert(jawaban360).values([jawab(lengkap(4)), jawab(lengkap(5)), jawab({ BERORIENTASI_PELAYANAN: 1, AKUNTABEL: 1 })]);
    let ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.pengawas })).json<Evaluasi>();
    expect(ev.umpanBalik360).toEqual({ jumlahResponden: 2, rataRata: null });
    await db.insert(jawaban360).values(jawab(lengkap(3)));
    ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.pengawas })).json<Evaluasi>();
    expect(ev.umpanBalik360).toEqual({ jumlahResponden: 3, rataRata: { BERORIENTASI_PELAYANAN: 4, AKUNTABEL: 5, KOMPETEN: 4, HARMONIS: 4, LOYAL: 4, ADAPTIF: 4, KOLABORATIF: 4 } });
    // The 360 page shows the same count for the same answers.
    const ringkasan = await t.api('GET', `/api/v1/360/ringkasan?periodeId=${tahunan.id}&pegawaiId=${id.pelaksana}`, { as: NIP.pengawas });
    expect(ringkasan.json()).toMatchObject({ jumlahResponden: 3 });
    const own = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budiEv}`, { as: NIP.pelaksana })).json<Evaluasi>();
    expect(own.umpanBalik360).toEqual({ jumlahResponden: 3, rataRata: null });
  });

  it('lets only the pejabat penilai in office for the period rate (a Plt included)', async () => {
    for (const as of [NIP.pelaksana, NIP.administrator, NIP.adminBkpsdm, NIP.kadis]) {
      const res = await nilai(as, tahunan.id, id.pelaksana!, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
      expect(res.statusCode, as).toBe(403);
      expect(res.json()).toMatchObject({ error: 'forbidden' });
    }
    // Kepala Bidang Yankes is vacant; Agus is Plt: he rates Jane, the kepala dinas does not.
    expect((await nilai(NIP.kadis, tahunan.id, id.jane!, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(403);
    const plt = await nilai(NIP.administrator, tahunan.id, id.jane!, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    expect(plt.statusCode, plt.body).toBe(200);
    expect(plt.json<Evaluasi>()).toMatchObject({ status: 'DINILAI', predikat: 'BAIK', pejabatPenilai: { nip: NIP.administrator } });
    const list = (await t.api('GET', `/api/v1/penilaian/evaluasi?peran=tim&periodeId=${tahunan.id}`, { as: NIP.administrator })).json<EvaluasiList>();
    expect(list.items.map((i) => i.pegawai.id).sort()).toEqual([id.jane, id.pengawas].sort());
    expect(list.items.every((i) => i.can.nilai)).toBe(true);
  });

  it('checks the input: every RHK rated, RHK of this SKP, the version read', async () => {
    const e = (await evaluasiOf(tahunan.id)).get(id.pelaksana!)!;
    const missing = await t.api('PUT', `/api/v1/penilaian/evaluasi/${e.id}`, { as: NIP.pengawas, body: { ...body(id.pelaksana!, e.rowVersion, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'), rhk: [] } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ fields: { rhk: '1 RHK belum diberi rating: Terselenggaranya layanan administrasi' } });
    const foreign = await t.api('PUT', `/api/v1/penilaian/evaluasi/${e.id}`, {
      as: NIP.pengawas,
      body: { ...body(id.pelaksana!, e.rowVersion, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'), rhk: [{ rhkId: skpOf.get(id.jane!)!.rhkId, rating: 'SESUAI_EKSPEKTASI' }] },
    });
    expect(foreign.json()).toMatchObject({ fields: { 'rhk.0.rhkId': 'bukan RHK pada SKP pegawai ini' } });
    const noHk = await t.api('PUT', `/api/v1/penilaian/evaluasi/${e.id}`, { as: NIP.pengawas, body: body(id.pelaksana!, e.rowVersion, null, 'SESUAI_EKSPEKTASI') });
    expect(noHk.json()).toMatchObject({ fields: { ratingHasilKerja: 'wajib diisi' } });
    const stale = await t.api('PUT', `/api/v1/penilaian/evaluasi/${e.id}`, { as: NIP.pengawas, body: body(id.pelaksana!, e.rowVersion + 1, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI') });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'version_conflict' });
  });

  it('rates with feedback; the predikat comes from the matrix; the change is audited', async () => {
    const res = await nilai(NIP.pengawas, tahunan.id, id.pelaksana!, 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI');
    expect(res.statusCode, res.body).toBe(200);
    const ev = res.json<Evaluasi>();
    expect(ev).toMatchObject({ status: 'DINILAI', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'DI_BAWAH_EKSPEKTASI', predikat: 'KURANG', umpanBalikHasilKerja: 'Terus pertahankan' });
    expect(ev.rhk[0]).toMatchObject({ rating: 'SESUAI_EKSPEKTASI', umpanBalik: 'Hasil sesuai target' });
    expect(ev.perilaku.find((p) => p.kode === 'AKUNTABEL')?.umpanBalik).toBe('Tertib administrasi');
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'evaluasi'), eq(auditEvent.entityId, ev.id)));
    expect(audits.at(-1)).toMatchObject({ actorNip: NIP.pengawas, before: { status: 'DRAFT', predikat: null }, after: { status: 'DINILAI', predikat: 'KURANG' } });
  });
});

describe('a kepala unit follows the unit result', () => {
  it('refuses rating the head until the leader one level up sets the unit result', async () => {
    const res = await nilai(NIP.administrator, tahunan.id, id.pengawas!, null, 'SESUAI_EKSPEKTASI');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'capaian_organisasi_belum_ditetapkan', message: expect.stringContaining('Capaian kinerja organisasi Subbagian Umum dan Kepegawaian belum ditetapkan') });
    const ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${(await evaluasiOf(tahunan.id)).get(id.pengawas!)!.id}`, { as: NIP.administrator })).json<Evaluasi>();
    expect(ev).toMatchObject({ kepalaUnit: true, saranRatingHasilKerja: null });
  });

  it('lets only the leader one level up (or BKPSDM) set the unit result, with the PK beside it', async () => {
    const q = `periodeId=${tahunan.id}&unitId=${unit.umpeg}`;
    const asHead = (await t.api('GET', `/api/v1/penilaian/capaian-organisasi?${q}`, { as: NIP.pengawas })).json<CapaianDetail>();
    expect(asHead).toMatchObject({ unit: { nama: 'Subbagian Umum dan Kepegawaian' }, capaian: null, can: { tetapkan: false } });
    const put = (as: string, capaian: string, rowVersion?: number) =>
      t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as, body: { periodeId: tahunan.id, unitId: unit.umpeg, capaian, justifikasi: 'Target layanan kepegawaian tercapai 96%', ...(rowVersion ? { rowVersion } : {}) } });
    expect((await put(NIP.pengawas, 'ISTIMEWA')).statusCode).toBe(403);
    expect((await put(NIP.pelaksana, 'ISTIMEWA')).statusCode).toBe(403);
    const first = await put(NIP.administrator, 'ISTIMEWA');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<CapaianDetail>()).toMatchObject({ capaian: 'ISTIMEWA', rowVersion: 1, ditetapkanOleh: { id: id.administrator }, can: { tetapkan: true } });
    expect((await put(NIP.administrator, 'BAIK', 5)).json()).toMatchObject({ error: 'version_conflict' });
    const second = await put(NIP.administrator, 'BAIK', 1);
    expect(second.json<CapaianDetail>()).toMatchObject({ capaian: 'BAIK', rowVersion: 2 });
    const pdf = await t.api('GET', `/api/v1/penilaian/capaian-organisasi/pdf?${q}`, { as: NIP.administrator });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const text = (await readPdf(pdf.rawPayload)).text;
    expect(text).toContain('PENETAPAN PREDIKAT KINERJA ORGANISASI');
    expect(text).toContain('Subbagian Umum dan Kepegawaian');
    expect(text).toContain('Tahun 2026');
    expect(text).toContain('Baik');
    expect(text).toContain('Agus Setiawan');
  });

  it('sets the head rating hasil kerja from the unit result and refuses another value', async () => {
    await tetapkanCapaianUmpeg('BAIK');
    const wrong = await nilai(NIP.administrator, tahunan.id, id.pengawas!, 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ fields: { ratingHasilKerja: 'kepala unit mengikuti capaian kinerja organisasi (Baik → Sesuai Ekspektasi)' } });
    const ok = await nilai(NIP.administrator, tahunan.id, id.pengawas!, null, 'SESUAI_EKSPEKTASI');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Evaluasi>()).toMatchObject({ kepalaUnit: true, capaianOrganisasi: 'BAIK', saranRatingHasilKerja: 'SESUAI_EKSPEKTASI', ratingHasilKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
  });
});

describe('the full year of a unit of 12: result Baik, a broken curve, then a valid one', () => {
  const kurva = async (as: string = NIP.pengawas) =>
    (await t.api('GET', `/api/v1/penilaian/unit/${unit.umpeg}/kurva?periodeId=${tahunan.id}`, { as })).json<KurvaStatus>();
  const finalisasi = (as: string, overrideAlasan?: string) =>
    t.api('POST', `/api/v1/penilaian/unit/${unit.umpeg}/finalisasi`, { as, body: { periodeId: tahunan.id, ...(overrideAlasan ? { overrideAlasan } : {}) } });

  it('refuses to finalise while pegawai are unrated, naming them', async () => {
    // The head and Budi are rated; ten are not.
    await kepalaDinilai();
    expect((await nilai(NIP.pengawas, tahunan.id, id.pelaksana!, 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).statusCode).toBe(200);
    const res = await finalisasi(NIP.pengawas);
    expect(res.statusCode).toBe(409);
    const b = res.json<{ error: string; message: string; details: { pegawai: Array<{ id: string }> } }>();
    expect(b.error).toBe('belum_dinilai');
    expect(b.message).toMatch(/^Belum dapat difinalisasi: 10 pegawai belum dinilai \(/);
    expect(b.details.pegawai).toHaveLength(10);
  });

  it('shows the curve live, naming each broken rule and by how many people', async () => {
    await kepalaDinilai();
    for (const p of umpeg.slice(1)) {
      const res = await nilai(NIP.pengawas, tahunan.id, p, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
      expect(res.statusCode, res.body).toBe(200);
    }
    const k = await kurva();
    expect(k).toMatchObject({ capaian: 'BAIK', jumlah: 12, belumDinilai: 0, bolehFinalisasi: false });
    expect(k.distribusi).toEqual({ SANGAT_BAIK: 0, BAIK: 12, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(k.aturan).toEqual([
      { id: 'BAIK_BAIK_MAKS', deskripsi: 'Baik paling banyak 70% (berlaku untuk unit dengan paling sedikit 2 pegawai)', batas: 8, aktual: 12, terpenuhi: false, berlaku: true },
      {
        id: 'BAIK_BP_ATAU_KURANG_MIN',
        deskripsi: 'Harus ada paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct (berlaku untuk unit dengan paling sedikit 3 pegawai)',
        batas: 1,
        aktual: 0,
        terpenuhi: false,
        berlaku: true,
      },
    ]);
    expect(k.pelanggaran).toEqual([
      { id: 'BAIK_BAIK_MAKS', pesan: 'Baik paling banyak 70% (8 dari 12 pegawai); saat ini 12, kelebihan 4 orang', selisih: 4 },
      {
        id: 'BAIK_BP_ATAU_KURANG_MIN',
        pesan: 'Harus ada paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini 0, kekurangan 1 orang',
        selisih: 1,
      },
    ]);
    // The kepala dinas sees it too; a pegawai of the unit does not.
    expect((await kurva(NIP.kadis)).jumlah).toBe(12);
    expect((await t.api('GET', `/api/v1/penilaian/unit/${unit.umpeg}/kurva?periodeId=${tahunan.id}`, { as: NIP.pelaksana })).statusCode).toBe(403);
  });

  it('refuses finalisation with the broken rules; an override needs the leader one level up and a written reason', async () => {
    await semuaBaik();
    const res = await finalisasi(NIP.pengawas);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: 'kurva_dilanggar',
      message: expect.stringContaining('Kurva distribusi Subbagian Umum dan Kepegawaian belum terpenuhi: Baik paling banyak 70%'),
      details: { pelanggaran: [{ id: 'BAIK_BAIK_MAKS', selisih: 4 }, { id: 'BAIK_BP_ATAU_KURANG_MIN', selisih: 1 }] },
    });
    expect((await finalisasi(NIP.pengawas, 'Seluruh pegawai bekerja sangat baik tahun ini')).statusCode).toBe(403);
    const short = await finalisasi(NIP.administrator, 'Terlalu singkat');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ fields: { overrideAlasan: 'alasan mengesampingkan kurva paling sedikit 20 karakter' } });
    expect((await evaluasiOf(tahunan.id)).get(id.pelaksana!)?.status).toBe('DINILAI');
  });

  it('finalises once the ratings satisfy the curve; the pegawai are notified; the result is then closed to change', async () => {
    await semuaBaik();
    // Three Sangat Baik, one Butuh Perbaikan: 8 Baik of 12 (the head included).
    for (const p of umpeg.slice(9)) expect((await nilai(NIP.pengawas, tahunan.id, p, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).statusCode).toBe(200);
    expect((await nilai(NIP.pengawas, tahunan.id, umpeg[8]!, 'DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);
    const k = await kurva();
    expect(k).toMatchObject({ pelanggaran: [], bolehFinalisasi: true, distribusi: { SANGAT_BAIK: 3, BAIK: 8, BUTUH_PERBAIKAN: 1 } });

    const res = await finalisasi(NIP.pengawas);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ finalisasi: { oleh: { id: id.pengawas }, overrideAlasan: null, pelanggaran: [] }, kurva: { pelanggaran: [] } });
    const ev = await evaluasiOf(tahunan.id);
    expect(umpeg.every((p) => ev.get(p)?.status === 'FINAL')).toBe(true);
    expect(ev.get(id.jane!)?.status).toBe('DINILAI');
    const [n] = await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, id.pelaksana!), eq(notifikasi.jenis, 'PENILAIAN_FINAL')));
    expect(n).toMatchObject({ judul: 'Hasil penilaian kinerja Tahun 2026 telah final', tautan: `/penilaian/evaluasi/${ev.get(id.pelaksana!)!.id}` });
    expect(n?.pesan).toContain('predikat Baik');
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'finalisasi_unit'), eq(auditEvent.entityId, `${tahunan.id}:${unit.umpeg}`)));
    expect(audit?.summary).toBe('Hasil penilaian Subbagian Umum dan Kepegawaian (Tahun 2026) difinalisasi: 12 pegawai');

    const put = await nilai(NIP.pengawas, tahunan.id, id.pelaksana!, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI');
    expect(put.statusCode).toBe(409);
    expect(put.json()).toMatchObject({ error: 'evaluasi_final' });
    expect((await finalisasi(NIP.pengawas)).json()).toMatchObject({ error: 'unit_sudah_final' });
    const capaian = await t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as: NIP.administrator, body: { periodeId: tahunan.id, unitId: unit.umpeg, capaian: 'KURANG', justifikasi: 'Ubah' } });
    expect(capaian.json()).toMatchObject({ error: 'unit_sudah_final' });

    const units = (await t.api('GET', `/api/v1/penilaian/periode/${tahunan.id}/unit`, { as: NIP.administrator })).json<{ items: UnitItem[] }>();
    expect(units.items.map((u) => u.unitNama)).toEqual(['Subbagian Umum dan Kepegawaian', 'Bidang Pelayanan Kesehatan']);
    expect(units.items[0]).toMatchObject({ capaian: 'BAIK', jumlahPegawai: 12, dinilai: 12, final: 12, finalisasi: { oleh: { id: id.pengawas } }, can: { finalisasi: false } });
    expect(units.items[1]).toMatchObject({ capaian: null, jumlahPegawai: 1, dinilai: 1, final: 0, finalisasi: null, can: { tetapkanCapaian: false, finalisasi: true } });
    const asHead = (await t.api('GET', `/api/v1/penilaian/periode/${tahunan.id}/unit`, { as: NIP.pengawas })).json<{ items: UnitItem[] }>();
    expect(asHead.items.map((u) => u.unitId)).toEqual([unit.umpeg]);
    const progres = (await t.api('GET', '/api/v1/penilaian/periode?tahun=2026', { as: NIP.adminBkpsdm })).json<PeriodeList>().items.find((p) => p.id === tahunan.id);
    expect(progres?.progres).toEqual({ evaluasi: 13, dinilai: 13, final: 12, unitSelesai: 1, unitTotal: 2 });
  });

  it('delivers the result when the unit is final (the keberatan window starts then); the pegawai acknowledges it and records the discussion', async () => {
    await unitFinal();
    const evId = (await evaluasiOf(tahunan.id)).get(id.pelaksana!)!.id;
    let ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${evId}`, { as: NIP.pelaksana })).json<Evaluasi>();
    // Delivered at finalisation (today, 10 December): 14 days to object, whether or not "terima" is pressed.
    expect(ev).toMatchObject({
      status: 'FINAL',
      predikat: 'BAIK',
      disampaikanAt: now.toISOString(),
      diterimaAt: null,
      keberatanSampai: '2026-12-24T16:59:59.999Z',
      keberatanTerbuka: true,
      can: { terima: true, ajukanKeberatan: true, diskusi: true, unduhPdf: true },
    });
    expect((await t.api('POST', `/api/v1/penilaian/evaluasi/${evId}/terima`, { as: NIP.pengawas })).statusCode).toBe(403);
    const res = await t.api('POST', `/api/v1/penilaian/evaluasi/${evId}/terima`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(200);
    ev = res.json<Evaluasi>();
    expect(ev).toMatchObject({ diterimaAt: now.toISOString(), keberatanSampai: '2026-12-24T16:59:59.999Z', can: { terima: false, ajukanKeberatan: true } });
    // The notification of the final result names the same deadline.
    const [final] = await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, id.pelaksana!), eq(notifikasi.jenis, 'PENILAIAN_FINAL')));
    expect(final?.pesan).toContain('keberatan dapat diajukan paling lambat 24 Desember 2026');

    const janeEv = (await evaluasiOf(tahunan.id)).get(id.jane!)!.id;
    expect((await t.api('POST', `/api/v1/penilaian/evaluasi/${janeEv}/terima`, { as: NIP.administrator })).statusCode).toBe(403);
    const diskusi = { baik: 'Layanan berkas cepat', perbaikan: 'Dokumentasi arsip', rencanaPengembangan: ['Pelatihan arsip digital', 'Magang di BKPSDM'] };
    const early = await t.api('PUT', `/api/v1/penilaian/evaluasi/${janeEv}/diskusi`, { as: NIP.administrator, body: diskusi });
    expect(early.json()).toMatchObject({ error: 'belum_final' });
    expect((await t.api('PUT', `/api/v1/penilaian/evaluasi/${evId}/diskusi`, { as: NIP.administrator, body: diskusi })).statusCode).toBe(403);
    const saved = await t.api('PUT', `/api/v1/penilaian/evaluasi/${evId}/diskusi`, { as: NIP.pelaksana, body: diskusi });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Evaluasi>().diskusi).toEqual({ ...diskusi, dicatatAt: now.toISOString(), dicatatOleh: { id: id.pelaksana, nama: 'Budi Santoso' } });
    const [n] = await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, id.pengawas!), eq(notifikasi.jenis, 'DISKUSI_PENILAIAN')));
    expect(n?.tautan).toBe(`/penilaian/evaluasi/${evId}`);
  });

  it('changes a final result only through a keberatan decision, keeping the old values', async () => {
    await unitFinal();
    const ev = await evaluasiOf(tahunan.id);
    const budi = ev.get(id.pelaksana!)!;
    const atasan = await actorOf(NIP.administrator);
    // (Actors are read before: PGlite has one connection, held by the transaction.)
    const pemohon = await actorOf(NIP.pelaksana);
    const hasil = await db.transaction(async (tx) => {
      await t.services.penilaian.ajukanKeberatan(tx, pemohon, budi.id);
      return t.services.penilaian.putuskanKeberatan(tx, atasan, { hasil: 'DIUBAH', evaluasiId: budi.id, ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', alasan: 'Bukti capaian triwulan IV belum dipertimbangkan' });
    });
    expect(hasil).toMatchObject({ status: 'DIPUTUS', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK', sebelum: { status: 'KEBERATAN', predikat: 'BAIK' } });
    const [riwayat] = await db.select().from(evaluasiRiwayat).where(eq(evaluasiRiwayat.evaluasiId, budi.id));
    expect(riwayat).toMatchObject({
      sebelum: { status: 'KEBERATAN', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
      alasan: 'Bukti capaian triwulan IV belum dipertimbangkan',
      olehId: id.administrator,
    });
    const shown = (await t.api('GET', `/api/v1/penilaian/evaluasi/${budi.id}`, { as: NIP.pelaksana })).json<Evaluasi>();
    expect(shown).toMatchObject({ status: 'DIPUTUS', predikat: 'SANGAT_BAIK', can: { ajukanKeberatan: false } });
    expect((await nilai(NIP.pengawas, tahunan.id, id.pelaksana!, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).json()).toMatchObject({ error: 'evaluasi_final' });
    // Decided once: no second decision; a rated (not final) evaluation has none.
    await expect(db.transaction((tx) => t.services.penilaian.putuskanKeberatan(tx, atasan, { evaluasiId: budi.id, hasil: 'DIPERTAHANKAN', alasan: 'x' }))).rejects.toMatchObject({ id: 'evaluasi_status' });
    await expect(db.transaction((tx) => t.services.penilaian.ajukanKeberatan(tx, atasan, ev.get(id.jane!)!.id))).rejects.toMatchObject({ id: 'evaluasi_status' });
    // A decision needs a keberatan: a plain FINAL result is refused by the workflow, not decided.
    const other = ev.get(umpeg[5]!)!;
    await expect(db.transaction((tx) => t.services.penilaian.putuskanKeberatan(tx, atasan, { evaluasiId: other.id, hasil: 'DIPERTAHANKAN', alasan: 'Penilaian sudah sesuai bukti' }))).rejects.toMatchObject({
      id: 'evaluasi_status',
      message: expect.stringContaining('status saat ini "Final"'),
    });
    // Upheld once filed: DIPUTUS with the same values and no history row.
    const pemohonLain: Actor = { ...pemohon, pegawaiId: umpeg[5]! };
    const kept = await db.transaction(async (tx) => {
      await t.services.penilaian.ajukanKeberatan(tx, pemohonLain, other.id);
      return t.services.penilaian.putuskanKeberatan(tx, atasan, { evaluasiId: other.id, hasil: 'DIPERTAHANKAN', alasan: 'Penilaian sudah sesuai bukti' });
    });
    expect(kept).toMatchObject({ status: 'DIPUTUS', predikat: 'BAIK' });
    expect(await db.select().from(evaluasiRiwayat).where(eq(evaluasiRiwayat.evaluasiId, other.id))).toEqual([]);
  });
});

describe('a closed period', () => {
  it('refuses ratings once BKPSDM closes the period', async () => {
    const p = await buka('BULANAN', 1, '2026-02-10');
    expect(p).toMatchObject({ label: 'Januari 2026', progres: { evaluasi: 13 } });
    expect((await t.api('POST', `/api/v1/penilaian/periode/${p.id}/tutup`, { as: NIP.pengawas })).statusCode).toBe(403);
    const closed = await t.api('POST', `/api/v1/penilaian/periode/${p.id}/tutup`, { as: NIP.adminBkpsdm });
    expect(closed.json<PeriodeItem>()).toMatchObject({ status: 'DITUTUP', can: { tutup: false } });
    expect((await t.api('POST', `/api/v1/penilaian/periode/${p.id}/tutup`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ error: 'periode_ditutup' });
    const res = await nilai(NIP.pengawas, p.id, id.pelaksana!, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'periode_ditutup', message: 'Periode penilaian Januari 2026 sudah ditutup.' });
    const ev = (await t.api('GET', `/api/v1/penilaian/evaluasi/${(await evaluasiOf(p.id)).get(id.pelaksana!)!.id}`, { as: NIP.pengawas })).json<Evaluasi>();
    expect(ev.can.nilai).toBe(false);
  });
});

describe('bulk finalisation of a period', () => {
  it('finalises every unit whose curve holds, lists the others with the reasons, and an override finalises the rest', async () => {
    const p = await buka('BULANAN', 2, '2026-03-10');
    // Every one Baik (a broken curve); Jane rated, her unit without a result yet.
    const cap = await t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as: NIP.administrator, body: { periodeId: p.id, unitId: unit.umpeg, capaian: 'BAIK', justifikasi: 'Sesuai target Februari' } });
    expect(cap.statusCode).toBe(200);
    expect((await nilai(NIP.administrator, p.id, id.pengawas!, null, 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);
    for (const m of umpeg.slice(1)) expect((await nilai(NIP.pengawas, p.id, m, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);
    expect((await nilai(NIP.administrator, p.id, id.jane!, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).statusCode).toBe(200);

    expect((await t.api('POST', `/api/v1/penilaian/periode/${p.id}/finalisasi-massal`, { as: NIP.pengawas })).statusCode).toBe(403);
    let res = await t.api('POST', `/api/v1/penilaian/periode/${p.id}/finalisasi-massal`, { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body).toBe(200);
    let out = res.json<FinalisasiMassalResult>();
    expect(out.unitFinal).toBe(0);
    expect(out.unitDitolak).toHaveLength(2);
    expect(out.unitDitolak).toEqual(
      expect.arrayContaining([
        { unitId: unit.umpeg, unitNama: 'Subbagian Umum dan Kepegawaian', pelanggaran: [expect.objectContaining({ id: 'BAIK_BAIK_MAKS', selisih: 4 }), expect.objectContaining({ id: 'BAIK_BP_ATAU_KURANG_MIN' })] },
        { unitId: unit.yankes, unitNama: 'Bidang Pelayanan Kesehatan', pelanggaran: [{ id: 'CAPAIAN_BELUM_DITETAPKAN', pesan: 'Capaian kinerja organisasi unit ini belum ditetapkan', selisih: 0 }] },
      ]),
    );
    expect(out.ringkasan).toEqual({ evaluasi: 13, final: 0, distribusi: { SANGAT_BAIK: 0, BAIK: 13, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 } });

    // The leader one level up overrides the curve for his unit, with a reason that is kept.
    const alasan = 'Seluruh pegawai menyelesaikan layanan mutasi massal Februari tepat waktu';
    const override = await t.api('POST', `/api/v1/penilaian/unit/${unit.umpeg}/finalisasi`, { as: NIP.administrator, body: { periodeId: p.id, overrideAlasan: alasan } });
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json()).toMatchObject({
      finalisasi: { overrideAlasan: alasan, overrideOleh: { id: id.administrator }, pelanggaran: [{ id: 'BAIK_BAIK_MAKS' }, { id: 'BAIK_BP_ATAU_KURANG_MIN' }] },
    });
    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'finalisasi_unit'), eq(auditEvent.entityId, `${p.id}:${unit.umpeg}`)));
    expect(audit?.summary).toContain(`kurva dikesampingkan dengan alasan: ${alasan}`);

    // The kepala dinas, one level above the Plt-led Yankes, sets its result; the bulk run finishes it.
    expect((await t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as: NIP.administrator, body: { periodeId: p.id, unitId: unit.yankes, capaian: 'BAIK', justifikasi: 'x' } })).statusCode).toBe(403);
    expect((await t.api('PUT', '/api/v1/penilaian/capaian-organisasi', { as: NIP.kadis, body: { periodeId: p.id, unitId: unit.yankes, capaian: 'BAIK', justifikasi: 'Layanan rujukan tercapai' } })).statusCode).toBe(200);
    res = await t.api('POST', `/api/v1/penilaian/periode/${p.id}/finalisasi-massal`, { as: NIP.adminBkpsdm });
    out = res.json<FinalisasiMassalResult>();
    expect(out).toMatchObject({ unitFinal: 1, unitDitolak: [], ringkasan: { evaluasi: 13, final: 13 } });
    expect(out.durasiMs).toBeGreaterThanOrEqual(0);
    const ev = await evaluasiOf(p.id);
    expect([...ev.values()].every((e) => e.status === 'FINAL')).toBe(true);
    const notes = await db.select().from(notifikasi).where(and(eq(notifikasi.pegawaiId, id.jane!), eq(notifikasi.jenis, 'PENILAIAN_FINAL')));
    expect(notes.map((n) => n.judul)).toContain('Hasil penilaian kinerja Februari 2026 telah final');
    // Nothing left: a third run changes nothing.
    expect((await t.api('POST', `/api/v1/penilaian/periode/${p.id}/finalisasi-massal`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ unitFinal: 0, unitDitolak: [] });
  });

  it('is a service method the benchmark can call', async () => {
    const p = await buka('BULANAN', 3, '2026-04-10');
    const admin = { ...(await actorOf(NIP.adminBkpsdm)), roles: ['PEGAWAI', 'ADMIN_BKPSDM'] as Actor['roles'] };
    const out = await t.services.penilaian.finalisasiMassal(admin, p.id);
    expect(out.unitFinal).toBe(0);
    expect(out.unitDitolak).toEqual(
      expect.arrayContaining([
        { unitId: unit.umpeg, unitNama: 'Subbagian Umum dan Kepegawaian', pelanggaran: [expect.objectContaining({ id: 'CAPAIAN_BELUM_DITETAPKAN' }), { id: 'BELUM_DINILAI', pesan: '12 pegawai belum dinilai', selisih: 12 }] },
        expect.objectContaining({ unitId: unit.yankes }),
      ]),
    );
    await expect(t.services.penilaian.finalisasiMassal(await actorOf(NIP.pengawas), p.id)).rejects.toMatchObject({ status: 403 });
  });
});
