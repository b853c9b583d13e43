import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { PenghargaanList, Ronde, RondeList, UsulanPenghargaan } from '@capaian/contract/tindak-lanjut';
import type { HasilVerifikasi } from '@capaian/contract/verifikasi';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { readPdf } from '../../test/pdf.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);

let tahunan = '';
let dinkes = '';

beforeAll(async () => {
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31', status: 'DITUTUP' });
  const base = { periodeId: tahunan, penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.perawat, skp: await f.skpDisetujui(f.id.perawat), hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.guru, skp: await f.skpDisetujui(f.id.guru), hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI' });
  // The tim penilai recommended the nurse for an award.
  const [tim] = await queryRows<{ id: string }>(
    f.db,
    sql`INSERT INTO tim_penilai (instansi_id, tahun, nama, anggota) VALUES (${f.instansiId}, 2026, 'Tim Penilai 2026', ${JSON.stringify([{ pegawaiId: f.id.sekda, peran: 'KETUA' }])}::jsonb) RETURNING id`,
  );
  await queryRows(
    f.db,
    sql`INSERT INTO rekomendasi_tim (instansi_id, tim_id, periode_id, pegawai_id, jenis, catatan) VALUES (${f.instansiId}, ${tim!.id}, ${tahunan}, ${f.id.perawat}, 'PENGHARGAAN', 'Inovasi layanan posyandu lansia') RETURNING id`,
  );
  [{ id: dinkes }] = (await queryRows<{ id: string }>(f.db, sql`SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DINKES'`)) as [{ id: string }];
});

const ronde = (as: string, body: object) => t.api('POST', '/api/v1/tindak-lanjut/penghargaan/ronde', { as, body });

describe('an award round of the pemda', () => {
  let r: Ronde;

  it('BKPSDM opens it on the annual results; the candidates offered are those at or above the minimum, with the tim penilai’s recommendation', async () => {
    const res = await ronde(NIP.adminBkpsdm, { nama: 'Penghargaan Kinerja ASN 2026', periodeId: tahunan });
    expect(res.statusCode, res.body).toBe(201);
    r = res.json<Ronde>();
    expect(r).toMatchObject({ status: 'DRAFT', predikatMinimum: 'SANGAT_BAIK', unit: null, calon: [], can: { tambahCalon: true, putuskan: false } });
    const usulan = (await t.api('GET', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/usulan`, { as: NIP.adminBkpsdm })).json<UsulanPenghargaan>();
    expect(usulan.items.map((u) => [u.pegawai.nip, u.predikat, u.peringkat, u.rekomendasiTim])).toEqual([
      // A shared rank lists by name: Dewi Kartika, then Siti Nurhaliza.
      [NIP.guru, 'SANGAT_BAIK', 1, null],
      [NIP.perawat, 'SANGAT_BAIK', 1, 'Inovasi layanan posyandu lansia'],
    ]);
  });

  it('refuses a candidate below the minimum with the reason, and the same candidate twice', async () => {
    const bawah = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.adminBkpsdm, body: { pegawaiId: f.id.pelaksana, jenis: 'PIAGAM' } });
    expect(bawah.statusCode).toBe(400);
    expect(bawah.json()).toMatchObject({ fields: { pegawaiId: 'tidak dapat menjadi calon: predikat Baik di bawah predikat minimum Sangat Baik' } });
    const tanpaHasil = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.adminBkpsdm, body: { pegawaiId: f.id.kasek, jenis: 'PIAGAM' } });
    expect(tanpaHasil.json()).toMatchObject({ fields: { pegawaiId: 'tidak dapat menjadi calon: belum memiliki hasil penilaian final pada periode ini' } });
    const ok = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.adminBkpsdm, body: { pegawaiId: f.id.perawat, jenis: 'PIAGAM', alasan: 'Rekomendasi tim penilai' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Ronde>().calon.map((c) => [c.pegawai.nip, c.jenis, c.diberikan])).toEqual([[NIP.perawat, 'PIAGAM', false]]);
    const lagi = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.adminBkpsdm, body: { pegawaiId: f.id.perawat, jenis: 'PIAGAM' } });
    expect(lagi.json()).toMatchObject({ error: 'calon_sudah_ada' });
    // A candidate sees nothing before the decision.
    expect((await t.api('GET', '/api/v1/tindak-lanjut/penghargaan', { as: NIP.perawat })).json<PenghargaanList>().items).toEqual([]);
    r = ok.json<Ronde>();
  });

  it('is decided with the decision’s number and date; the recipient is notified, sees it and prints a piagam whose code verifies', async () => {
    const basi = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/putuskan`, { as: NIP.adminBkpsdm, body: { rowVersion: r.rowVersion + 5, nomorKeputusan: '800/12/BKPSDM/2027', tanggalKeputusan: '2027-01-19' } });
    expect(basi.statusCode).toBe(409);
    const res = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/putuskan`, { as: NIP.adminBkpsdm, body: { rowVersion: r.rowVersion, nomorKeputusan: '800/12/BKPSDM/2027', tanggalKeputusan: '2027-01-19' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Ronde>()).toMatchObject({ status: 'DIPUTUSKAN', nomorKeputusan: '800/12/BKPSDM/2027', tanggalKeputusan: '2027-01-19', can: { tambahCalon: false, putuskan: false } });
    expect((await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.adminBkpsdm, body: { pegawaiId: f.id.guru, jenis: 'INSENTIF' } })).json()).toMatchObject({ error: 'ronde_diputuskan' });
    const [n] = await queryRows<{ judul: string }>(f.db, sql`SELECT judul FROM notifikasi WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.perawat} AND jenis = 'penghargaan'`);
    expect(n?.judul).toBe('Anda menerima penghargaan: Piagam penghargaan');
    const milik = (await t.api('GET', '/api/v1/tindak-lanjut/penghargaan', { as: NIP.perawat })).json<PenghargaanList>();
    expect(milik.items).toMatchObject([{ jenis: 'PIAGAM', diberikan: true, nomorKeputusan: '800/12/BKPSDM/2027', ronde: 'Penghargaan Kinerja ASN 2026' }]);
    const id = milik.items[0]!.id;
    const pdf = await t.api('GET', `/api/v1/tindak-lanjut/penghargaan/${id}/piagam.pdf`, { as: NIP.perawat });
    expect(pdf.statusCode).toBe(200);
    const { text } = await readPdf(pdf.rawPayload);
    expect(text).toContain('PIAGAM PENGHARGAAN');
    expect(text).toContain('Nomor: 800/12/BKPSDM/2027');
    expect(text).toContain('Siti Nurhaliza');
    // The printed code under the QR verifies on the public page; a wrong one does not.
    const kode = /Kode verifikasi: ([0-9a-f]{64})/.exec(text)?.[1];
    expect(kode).toBeDefined();
    const cek = await t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/piagam/${id}?h=${kode!.slice(0, 16)}` });
    expect(cek.json<HasilVerifikasi>()).toMatchObject({ status: 'VALID', valid: true, judul: 'Piagam Penghargaan Kinerja' });
    const salah = await t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/piagam/${id}?h=${'0'.repeat(16)}` });
    expect(salah.json<HasilVerifikasi>()).toMatchObject({ status: 'TIDAK_VALID', valid: false });
    // Others' piagam: not found for a colleague; the superior sees the team's awards.
    expect((await t.api('GET', `/api/v1/tindak-lanjut/penghargaan/${id}/piagam.pdf`, { as: NIP.guru })).statusCode).toBe(404);
    const audit = await queryRows<{ actor_nip: string }>(f.db, sql`SELECT actor_nip FROM audit_event WHERE instansi_id = ${f.instansiId} AND entity_type = 'ronde_penghargaan' AND entity_id = ${r.id} ORDER BY id`);
    expect(audit.map((a) => a.actor_nip)).toEqual([NIP.adminBkpsdm, NIP.adminBkpsdm]);
  });
});

describe('who runs rounds', () => {
  it('a kepala perangkat daerah for their own staff only; the pemda round is BKPSDM’s; a pegawai none; another pemda sees nothing', async () => {
    expect((await ronde(NIP.kadis, { nama: 'Penghargaan Dinkes', periodeId: tahunan })).statusCode).toBe(403);
    // An award never rewards a result below Baik.
    expect((await ronde(NIP.adminBkpsdm, { nama: 'x', periodeId: tahunan, predikatMinimum: 'KURANG' })).json()).toMatchObject({ fields: { predikatMinimum: 'paling rendah Baik' } });
    const pd = await ronde(NIP.kadis, { nama: 'Penghargaan Dinas Kesehatan 2026', periodeId: tahunan, unitId: dinkes, predikatMinimum: 'BAIK' });
    expect(pd.statusCode, pd.body).toBe(201);
    const r = pd.json<Ronde>();
    // The guru is not on the Dinas Kesehatan's staff.
    const luar = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.kadis, body: { pegawaiId: f.id.guru, jenis: 'PENGAKUAN_ACARA_RESMI' } });
    expect(luar.json()).toMatchObject({ fields: { pegawaiId: expect.stringContaining('bukan pegawai') } });
    const ok = await t.api('POST', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon`, { as: NIP.kadis, body: { pegawaiId: f.id.pelaksana, jenis: 'PENGAKUAN_ACARA_RESMI' } });
    expect(ok.statusCode, ok.body).toBe(200);
    const hapus = await t.api('DELETE', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}/calon/${ok.json<Ronde>().calon[0]!.id}`, { as: NIP.kadis });
    expect(hapus.json<Ronde>().calon).toEqual([]);
    expect((await ronde(NIP.adminBkpsdm, { nama: 'x', periodeId: tahunan, unitId: (await f.unitOf(f.id.pelaksana)) })).json()).toMatchObject({ fields: { unitId: expect.stringContaining('pilih perangkat daerah') } });
    expect((await t.api('GET', '/api/v1/tindak-lanjut/penghargaan/ronde', { as: NIP.guru })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/tindak-lanjut/penghargaan/ronde', { as: NIP.kadis })).json<RondeList>().items.length).toBeGreaterThan(0);
    expect((await t.api('GET', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}`, { as: NIP.pelaksana })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/tindak-lanjut/penghargaan/ronde/${r.id}`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });
});
