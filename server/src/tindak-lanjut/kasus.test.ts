import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Kasus, KasusList, Sanksi, SanksiList } from '@capaian/contract/tindak-lanjut';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);

let tahunan = '';
let umpeg = '';

/** Cases of a pegawai as the database holds them. */
const kasusDb = (pegawaiId: string) =>
  queryRows<{ id: string; jenis: string; kode_aturan: string; status: string }>(
    f.db,
    sql`SELECT id, jenis, kode_aturan, status FROM kasus_pembinaan WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${pegawaiId} ORDER BY kode_aturan`,
  );

beforeAll(async () => {
  umpeg = await f.unitOf(f.id.pelaksana);
  const lama = await f.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31' });
  const base = { penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  // Last year Budi (pelaksana) was already Butuh Perbaikan; his final result of last year opens nothing now.
  await f.evaluasiFinal({ ...base, periodeId: lama, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana, 2025), hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  // This year, rated: Budi Butuh Perbaikan again, the head of the unit Baik.
  await f.evaluasiFinal({ ...base, periodeId: tahunan, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana), hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
  await f.evaluasiFinal({ ...base, periodeId: tahunan, pegawaiId: f.id.pengawas, penilaiId: f.id.administrator, skp: await f.skpDisetujui(f.id.pengawas), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
  await f.capaian(tahunan, umpeg, 'BAIK');
  expect(await kasusDb(f.id.pelaksana)).toEqual([]);
  // The leader one level up finalises the unit (overriding the curve of a unit this small).
  const fin = await t.api('POST', `/api/v1/penilaian/unit/${umpeg}/finalisasi`, {
    as: NIP.administrator,
    body: { periodeId: tahunan, overrideAlasan: 'Unit kecil dalam uji: kurva tidak dapat dipenuhi secara wajar' },
  });
  expect(fin.statusCode, fin.body).toBe(200);
});

const daftar = (as: string, q: Record<string, string>) => t.api('GET', `/api/v1/tindak-lanjut/kasus?${new URLSearchParams(q)}`, { as });

describe('cases open by themselves at finalisation', () => {
  it('a rencana perbaikan for this year’s Butuh Perbaikan and a BKPSDM case for two years below Baik; nothing for last year’s result alone', async () => {
    const k = await kasusDb(f.id.pelaksana);
    expect(k.map((x) => [x.jenis, x.kode_aturan, x.status])).toEqual([
      ['KINERJA_BERULANG', 'KURANG_2_TAHUN', 'DIUSULKAN'],
      ['RENCANA_PERBAIKAN', 'RPK_TAHUNAN', 'DIUSULKAN'],
    ]);
    expect(await kasusDb(f.id.pengawas)).toEqual([]);
    const [audit] = await queryRows<{ actor_nip: string; summary: string }>(
      f.db,
      sql`SELECT actor_nip, summary FROM audit_event WHERE instansi_id = ${f.instansiId} AND entity_type = 'kasus_pembinaan' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor_nip: NIP.administrator, summary: 'Usulan pembinaan dari hasil penilaian: 2 baru' });
  });

  it('each one sees what is theirs to see: the pegawai their own, the superior the team, BKPSDM all; another pemda nothing', async () => {
    const saya = (await daftar(NIP.pelaksana, { lingkup: 'SAYA' })).json<KasusList>();
    expect(saya.total).toBe(2);
    const rpk = saya.items.find((x) => x.jenis === 'RENCANA_PERBAIKAN')!;
    expect(rpk).toMatchObject({ penangan: 'pejabat_penilai', dasarHukum: expect.stringContaining('PP 30/2019'), alasan: 'Predikat Butuh Perbaikan (tahun 2026)', can: { tindakLanjuti: false, akui: false } });
    const tim = (await daftar(NIP.pengawas, { lingkup: 'TIM', jenis: 'RENCANA_PERBAIKAN' })).json<KasusList>();
    expect(tim.items.map((x) => [x.pegawai.nip, x.can.tindakLanjuti, x.can.abaikan])).toEqual([[NIP.pelaksana, true, true]]);
    const semua = (await daftar(NIP.adminBkpsdm, { lingkup: 'SEMUA', jenis: 'KINERJA_BERULANG' })).json<KasusList>();
    expect(semua.items.map((x) => [x.pegawai.nip, x.can.tindakLanjuti])).toEqual([[NIP.pelaksana, true]]);
    expect((await daftar(NIP.pelaksana, { lingkup: 'SEMUA' })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/tindak-lanjut/kasus/${rpk.id}`, { as: NIP.guru })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/tindak-lanjut/kasus/${rpk.id}`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
    // BKPSDM does not take the superior's place on a rencana perbaikan.
    const olehBkpsdm = await t.api('POST', `/api/v1/tindak-lanjut/kasus/${rpk.id}/abaikan`, { as: NIP.adminBkpsdm, body: { rowVersion: rpk.rowVersion, alasan: 'coba' } });
    expect(olehBkpsdm.statusCode).toBe(403);
  });
});

describe('a rencana perbaikan from agreement to outcome', () => {
  it('the superior agrees the plan, the pegawai acknowledges it, check-ins are noted, the superior closes it with the outcome', async () => {
    const [rpk] = (await daftar(NIP.pengawas, { lingkup: 'TIM', jenis: 'RENCANA_PERBAIKAN' })).json<KasusList>().items;
    const url = `/api/v1/tindak-lanjut/kasus/${rpk!.id}`;
    const rencana = {
      tujuan: 'Laporan kepegawaian selesai tepat waktu setiap bulan',
      tindakan: [{ uraian: 'Menyusun jadwal kerja mingguan bersama atasan', tenggat: '2027-02-15' }],
      checkIn: ['2027-03-01', '2027-05-03'],
      mulai: '2027-01-25',
      berakhir: '2027-07-25',
    };
    // The plan is required and checked, naming the field.
    const tanpa = await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.pengawas, body: { rowVersion: rpk!.rowVersion } });
    expect(tanpa.json()).toMatchObject({ error: 'validation_failed', fields: { rencana: expect.stringContaining('isi rencana perbaikan') } });
    const salah = await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.pengawas, body: { rowVersion: rpk!.rowVersion, rencana: { ...rencana, berakhir: '2027-01-01' } } });
    expect(salah.json()).toMatchObject({ fields: { 'rencana.berakhir': 'harus setelah tanggal mulai' } });
    // Only the superior.
    expect((await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.pelaksana, body: { rowVersion: rpk!.rowVersion, rencana } })).statusCode).toBe(403);
    const ok = await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.pengawas, body: { rowVersion: rpk!.rowVersion, rencana } });
    expect(ok.statusCode, ok.body).toBe(200);
    const k1 = ok.json<Kasus>();
    expect(k1).toMatchObject({ status: 'DITINDAKLANJUTI', rencana, ditanganiOleh: { id: f.id.pengawas }, can: { checkIn: true, selesaikan: true } });
    // A second writer with the old version is refused.
    expect((await t.api('POST', `${url}/abaikan`, { as: NIP.pengawas, body: { rowVersion: rpk!.rowVersion, alasan: 'terlambat' } })).statusCode).toBe(409);
    // The pegawai is told and acknowledges.
    const [notif] = await queryRows<{ judul: string }>(f.db, sql`SELECT judul FROM notifikasi WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.pelaksana} AND jenis = 'pembinaan'`);
    expect(notif?.judul).toBe('Rencana perbaikan kinerja Anda telah disusun');
    const akui = await t.api('POST', `${url}/akui`, { as: NIP.pelaksana });
    expect(akui.statusCode, akui.body).toBe(200);
    expect(akui.json<Kasus>().diakuiAt).not.toBeNull();
    expect((await t.api('POST', `${url}/akui`, { as: NIP.pelaksana })).statusCode).toBe(409);
    const ci = await t.api('POST', `${url}/check-in`, { as: NIP.pengawas, body: { rowVersion: akui.json<Kasus>().rowVersion, tanggal: '2027-03-01', catatan: 'Jadwal mingguan berjalan; dua laporan tepat waktu' } });
    expect(ci.statusCode, ci.body).toBe(200);
    expect(ci.json<Kasus>().catatanCheckIn).toMatchObject([{ tanggal: '2027-03-01', catatan: 'Jadwal mingguan berjalan; dua laporan tepat waktu' }]);
    const selesai = await t.api('POST', `${url}/selesaikan`, { as: NIP.pengawas, body: { rowVersion: ci.json<Kasus>().rowVersion, hasil: 'BERHASIL', catatan: 'Seluruh laporan tepat waktu selama enam bulan' } });
    expect(selesai.statusCode, selesai.body).toBe(200);
    expect(selesai.json<Kasus>()).toMatchObject({ status: 'SELESAI', hasil: 'BERHASIL', can: { tindakLanjuti: false, abaikan: false, checkIn: false, selesaikan: false } });
    // Closed is closed.
    expect((await t.api('POST', `${url}/check-in`, { as: NIP.pengawas, body: { rowVersion: selesai.json<Kasus>().rowVersion, tanggal: '2027-07-01', catatan: 'lagi' } })).statusCode).toBe(409);
    const audit = await queryRows<{ summary: string; actor_nip: string }>(
      f.db,
      sql`SELECT summary, actor_nip FROM audit_event WHERE instansi_id = ${f.instansiId} AND entity_type = 'kasus_pembinaan' AND entity_id = ${rpk!.id} ORDER BY id`,
    );
    expect(audit.map((a) => a.actor_nip)).toEqual([NIP.pengawas, NIP.pelaksana, NIP.pengawas, NIP.pengawas]);
  });

  it('BKPSDM follows up its own kind with a note, or sets it aside with a reason', async () => {
    const [k] = (await daftar(NIP.adminBkpsdm, { lingkup: 'SEMUA', jenis: 'KINERJA_BERULANG' })).json<KasusList>().items;
    const url = `/api/v1/tindak-lanjut/kasus/${k!.id}`;
    expect((await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.pengawas, body: { rowVersion: k!.rowVersion, catatan: 'x' } })).statusCode).toBe(403);
    const tanpa = await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.adminBkpsdm, body: { rowVersion: k!.rowVersion } });
    expect(tanpa.json()).toMatchObject({ fields: { catatan: 'tulis tindak lanjut BKPSDM' } });
    const ok = await t.api('POST', `${url}/tindak-lanjuti`, { as: NIP.adminBkpsdm, body: { rowVersion: k!.rowVersion, catatan: 'Dijadwalkan uji kompetensi ulang pada Maret 2027' } });
    expect(ok.json<Kasus>()).toMatchObject({ status: 'DITINDAKLANJUTI', catatanTindakLanjut: 'Dijadwalkan uji kompetensi ulang pada Maret 2027', can: { checkIn: false } });
  });
});

describe('a keberatan that changes the result', () => {
  it('lets the cases it no longer supports lapse, in the same transaction as the decision', async () => {
    // The guru's result of the last triwulan, Butuh Perbaikan, under keberatan, with the rencana perbaikan it opened.
    const lain = await f.periode({ jenis: 'TRIWULANAN', nomor: 4, mulai: '2026-10-01', selesai: '2026-12-31', status: 'DITUTUP' });
    const ev = await f.evaluasiFinal({ periodeId: lain, pegawaiId: f.id.guru, skp: await f.skpDisetujui(f.id.guru), penilaiId: f.id.kasek, atasanId: f.id.kadis, hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'KEBERATAN' });
    const [kb] = await queryRows<{ id: string }>(
      f.db,
      sql`INSERT INTO keberatan (instansi_id, evaluasi_id, pegawai_id, alasan) VALUES (${f.instansiId}, ${ev}, ${f.id.guru}, 'Capaian saya melebihi target') RETURNING id`,
    );
    // (The default rules open a rencana perbaikan from annual results only; this one stands for a pemda's periodic rule.)
    await queryRows(
      f.db,
      sql`INSERT INTO kasus_pembinaan (instansi_id, pegawai_id, jenis, kode_aturan, kunci, dasar_hukum, alasan, evaluasi_ids)
          VALUES (${f.instansiId}, ${f.id.guru}, 'RENCANA_PERBAIKAN', 'RPK_TAHUNAN', ${`RPK_TAHUNAN:${ev}`}, 'PP 30/2019 Pasal 58', 'Predikat Butuh Perbaikan', ARRAY[${ev}]::uuid[]) RETURNING id`,
    );
    const res = await t.api('POST', `/api/v1/keberatan/${kb!.id}/putuskan`, {
      as: NIP.kadis,
      body: { hasil: 'DIUBAH', ratingHasilKerja: 'SESUAI_EKSPEKTASI', alasanKeputusan: 'Bukti capaian menunjukkan target terpenuhi' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await kasusDb(f.id.guru)).map((k) => k.status)).toEqual(['GUGUR']);
    const [gugur] = await queryRows<{ catatan_akhir: string }>(f.db, sql`SELECT catatan_akhir FROM kasus_pembinaan WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.guru}`);
    expect(gugur?.catatan_akhir).toBe('Hasil penilaian berubah karena keputusan keberatan');
  });
});

describe('discipline cases from attendance', () => {
  it('an import reaching a monthly lateness threshold opens one case for BKPSDM, once', async () => {
    // Nine late arrivals in November 2026 for the guru, one day without reason.
    const hari = ['02', '03', '04', '05', '06', '09', '10', '11', '12'];
    const baris = [...hari.map((d) => `2026-11-${d},${NIP.guru},08:05,16:00,hadir`), `2026-11-13,${NIP.guru},,,tanpa keterangan`];
    const kirim = async () => {
      const boundary = 'capaianuji';
      const payload = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kehadiran.csv"\r\nContent-Type: text/csv\r\n\r\n${['tanggal,nip,jam_masuk,jam_pulang,status', ...baris].join('\n')}\r\n--${boundary}--\r\n`,
      );
      return t.app.inject({ method: 'POST', url: '/api/v1/kehadiran/impor', headers: { ...KLIEN, cookie: await t.login(NIP.adminBkpsdm), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const res = await kirim();
    expect(res.statusCode, res.body).toBe(200);
    const disiplin = () =>
      queryRows<{ kode_aturan: string; rentang: string; nilai: number; alasan: string; status: string }>(
        f.db,
        sql`SELECT kode_aturan, rentang, nilai, alasan, status FROM kasus_pembinaan WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.guru} AND jenis = 'DISIPLIN'`,
      );
    expect(await disiplin()).toEqual([{ kode_aturan: 'TERLAMBAT_BULANAN', rentang: '2026-11', nilai: 9, alasan: '9 kali terlambat pada bulan 2026-11 (batas 8)', status: 'DIUSULKAN' }]);
    // The same file again: nothing new.
    expect((await kirim()).statusCode).toBe(200);
    expect(await disiplin()).toHaveLength(1);
    const list = (await daftar(NIP.adminBkpsdm, { lingkup: 'SEMUA', jenis: 'DISIPLIN' })).json<KasusList>();
    expect(list.items.map((k) => [k.pegawai.nip, k.penangan, k.can.tindakLanjuti])).toEqual([[NIP.guru, 'admin_bkpsdm', true]]);
  });
});

describe('sanctions: recorded by BKPSDM as decided by an authorised official, never applied by the system', () => {
  it('records one with its basis and number, the pegawai acknowledges it, a correction keeps the old record', async () => {
    const [kasus] = (await daftar(NIP.adminBkpsdm, { lingkup: 'SEMUA', jenis: 'KINERJA_BERULANG' })).json<KasusList>().items;
    const isi = {
      pegawaiId: f.id.pelaksana,
      kasusId: kasus!.id,
      jenis: 'TEGURAN_TERTULIS',
      dasarHukum: 'PP 94/2021 Pasal 8',
      nomor: '862/15/DINKES/2027',
      tanggal: '2027-01-18',
      pejabatNama: 'dr. Ratna Dewi Lestari',
      pejabatJabatan: 'Kepala Dinas Kesehatan',
      uraian: 'Teguran tertulis atas kinerja di bawah Baik dua tahun berturut-turut',
    };
    // Only BKPSDM records; every field is checked.
    expect((await t.api('POST', '/api/v1/tindak-lanjut/sanksi', { as: NIP.pengawas, body: isi })).statusCode).toBe(403);
    const kosong = await t.api('POST', '/api/v1/tindak-lanjut/sanksi', { as: NIP.adminBkpsdm, body: { ...isi, nomor: ' ', jenis: 'DENDA' } });
    expect(kosong.json()).toMatchObject({ error: 'validation_failed', fields: { nomor: 'wajib diisi', jenis: 'jenis sanksi tidak dikenal' } });
    const kasusLain = await t.api('POST', '/api/v1/tindak-lanjut/sanksi', { as: NIP.adminBkpsdm, body: { ...isi, pegawaiId: f.id.guru } });
    expect(kasusLain.json()).toMatchObject({ fields: { kasusId: 'kasus pembinaan pegawai ini tidak ditemukan' } });
    const res = await t.api('POST', '/api/v1/tindak-lanjut/sanksi', { as: NIP.adminBkpsdm, body: isi });
    expect(res.statusCode, res.body).toBe(201);
    const s1 = res.json<Sanksi>();
    expect(s1).toMatchObject({ jenis: 'TEGURAN_TERTULIS', nomor: '862/15/DINKES/2027', can: { koreksi: true, akui: false } });
    // The pegawai sees and acknowledges it; nobody else can.
    const milik = (await t.api('GET', '/api/v1/tindak-lanjut/sanksi', { as: NIP.pelaksana })).json<SanksiList>();
    expect(milik.items.map((x) => [x.id, x.can.akui])).toEqual([[s1.id, true]]);
    expect((await t.api('POST', `/api/v1/tindak-lanjut/sanksi/${s1.id}/akui`, { as: NIP.pengawas })).statusCode).toBe(404);
    expect((await t.api('POST', `/api/v1/tindak-lanjut/sanksi/${s1.id}/akui`, { as: NIP.pelaksana })).json<Sanksi>().diakuiAt).not.toBeNull();
    // A correction is a new record; the old one stays, marked.
    const { pegawaiId: _p, kasusId: _k, ...koreksiIsi } = isi;
    const koreksi = await t.api('POST', `/api/v1/tindak-lanjut/sanksi/${s1.id}/koreksi`, { as: NIP.adminBkpsdm, body: { ...koreksiIsi, nomor: '862/16/DINKES/2027', alasanKoreksi: 'Nomor surat salah ketik' } });
    expect(koreksi.statusCode, koreksi.body).toBe(201);
    expect(koreksi.json<Sanksi>()).toMatchObject({ koreksiDari: s1.id, nomor: '862/16/DINKES/2027', alasanKoreksi: 'Nomor surat salah ketik' });
    expect((await t.api('POST', `/api/v1/tindak-lanjut/sanksi/${s1.id}/koreksi`, { as: NIP.adminBkpsdm, body: { ...koreksiIsi, alasanKoreksi: 'lagi' } })).statusCode).toBe(409);
    const riwayat = (await t.api('GET', `/api/v1/tindak-lanjut/sanksi?lingkup=SEMUA&pegawaiId=${f.id.pelaksana}`, { as: NIP.adminBkpsdm })).json<SanksiList>();
    expect(riwayat.items.map((x) => [x.nomor, x.dikoreksiOleh !== null])).toEqual(expect.arrayContaining([['862/15/DINKES/2027', true], ['862/16/DINKES/2027', false]]));
    // The superior sees the team's; another pegawai nothing; the pemda list is BKPSDM's and pimpinan's.
    expect((await t.api('GET', '/api/v1/tindak-lanjut/sanksi?lingkup=TIM', { as: NIP.pengawas })).json<SanksiList>().items).toHaveLength(2);
    expect((await t.api('GET', '/api/v1/tindak-lanjut/sanksi?lingkup=SEMUA', { as: NIP.guru })).statusCode).toBe(403);
    const audit = await queryRows<{ actor_nip: string }>(f.db, sql`SELECT actor_nip FROM audit_event WHERE instansi_id = ${f.instansiId} AND entity_type = 'sanksi' ORDER BY id`);
    expect(audit.map((a) => a.actor_nip)).toEqual([NIP.adminBkpsdm, NIP.pelaksana, NIP.adminBkpsdm]);
  });
});
