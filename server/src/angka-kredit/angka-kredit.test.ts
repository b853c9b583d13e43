import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { BukuAngkaKredit, ImporSaldoResult, Kelayakan, Pak } from '@capaian/contract/angka-kredit';
import type { HasilVerifikasi } from '@capaian/contract/verifikasi';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { readPdf } from '../../test/pdf.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);

let tahunan = '';
let evPerawat = '';
const buku = (as: string, pegawaiId = f.id.perawat) => t.api('GET', `/api/v1/angka-kredit/pegawai/${pegawaiId}`, { as });

beforeAll(async () => {
  // The perawat (Perawat Ahli Pertama, a pejabat fungsional) is rated Baik for 2026; her unit is finalised.
  const unit = await f.unitOf(f.id.perawat);
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31' });
  evPerawat = await f.evaluasiFinal({
    periodeId: tahunan,
    pegawaiId: f.id.perawat,
    skp: await f.skpDisetujui(f.id.perawat),
    penilaiId: f.id.kapus,
    atasanId: f.id.kadis,
    hk: 'SESUAI_EKSPEKTASI',
    rp: 'SESUAI_EKSPEKTASI',
    status: 'DINILAI',
  });
  await f.capaian(tahunan, unit, 'BAIK');
  const fin = await t.api('POST', `/api/v1/penilaian/unit/${unit}/finalisasi`, { as: NIP.kadis, body: { periodeId: tahunan, overrideAlasan: 'Unit kecil dalam uji: kurva tidak dapat dipenuhi secara wajar' } });
  expect(fin.statusCode, fin.body).toBe(200);
});

describe('the ledger follows final results', () => {
  it('the finalisation converts the annual Baik of an Ahli Pertama: 12 months × 100% × 12.5 = 12.5, in its transaction, audited', async () => {
    const res = await buku(NIP.perawat);
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json<BukuAngkaKredit>();
    expect(b.jenjang).toBe('AHLI_PERTAMA');
    expect(b.entri.map((e) => [e.jenis, e.periode, e.predikat, e.bulan, e.nilai, e.tidakDihitung])).toEqual([['KONVERSI', 'Tahun 2026', 'BAIK', 12, 12.5, null]]);
    expect(b.total).toBe(12.5);
    expect(b.can).toEqual({ catat: false, tetapkanPak: false });
    const [audit] = await queryRows<{ actor_nip: string; summary: string }>(
      f.db,
      sql`SELECT actor_nip, summary FROM audit_event WHERE instansi_id = ${f.instansiId} AND entity_type = 'angka_kredit_entri' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor_nip: NIP.kadis, summary: 'Konversi predikat ke angka kredit: 1 baru' });
  });

  it('a keberatan that changes the result corrects the entry and keeps the old one', async () => {
    await queryRows(f.db, sql`UPDATE evaluasi SET status = 'KEBERATAN' WHERE instansi_id = ${f.instansiId} AND id = ${evPerawat} RETURNING id`);
    const [kb] = await queryRows<{ id: string }>(f.db, sql`INSERT INTO keberatan (instansi_id, evaluasi_id, pegawai_id, alasan) VALUES (${f.instansiId}, ${evPerawat}, ${f.id.perawat}, 'Capaian melebihi target') RETURNING id`);
    const res = await t.api('POST', `/api/v1/keberatan/${kb!.id}/putuskan`, {
      as: NIP.kadis,
      body: { hasil: 'DIUBAH', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', alasanKeputusan: 'Bukti capaian melampaui target' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const b = (await buku(NIP.perawat)).json<BukuAngkaKredit>();
    expect(b.entri.map((e) => [e.predikat, e.nilai, e.tidakDihitung])).toEqual([
      ['BAIK', 12.5, 'Dikoreksi (diganti entri yang lebih baru)'],
      ['SANGAT_BAIK', 18.75, null],
    ]);
    expect(b.entri[1]!.koreksiDari).toBe(b.entri[0]!.id);
    expect(b.total).toBe(18.75);
  });
});

describe('what BKPSDM records', () => {
  it('an opening balance from the last PAK; nobody else may, and a pegawai who is not fungsional has no ledger', async () => {
    const entri = { jenis: 'AWAL', nilai: 42.125, nomorDokumen: 'PAK/800/12/2025', tanggalDokumen: '2025-12-20' };
    expect((await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.perawat}/entri`, { as: NIP.perawat, body: entri })).statusCode).toBe(403);
    expect((await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.perawat}/entri`, { as: NIP.adminBkpsdm, body: { ...entri, nilai: 1.0005 } })).json()).toMatchObject({
      fields: { nilai: 'paling banyak tiga angka desimal' },
    });
    expect((await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.pelaksana}/entri`, { as: NIP.adminBkpsdm, body: entri })).json()).toMatchObject({ error: 'validation_failed' });
    const res = await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.perawat}/entri`, { as: NIP.adminBkpsdm, body: entri });
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json<BukuAngkaKredit>();
    expect(b.total).toBe(60.875);
    expect(b.can).toEqual({ catat: true, tetapkanPak: true });
    expect((await buku(NIP.pelaksana, f.id.pelaksana)).json<BukuAngkaKredit>()).toMatchObject({ jenjang: null, entri: [], total: 0 });
  });

  it('opening balances imported all rows or none, each problem named by row and column', async () => {
    const kirim = async (baris: string[]) => {
      const boundary = 'capaianak';
      const payload = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="saldo.csv"\r\nContent-Type: text/csv\r\n\r\n${['nip,angka_kredit,nomor_pak,tanggal_pak', ...baris].join('\n')}\r\n--${boundary}--\r\n`,
      );
      return t.app.inject({ method: 'POST', url: '/api/v1/angka-kredit/saldo-awal/impor', headers: { ...KLIEN, cookie: await t.login(NIP.adminBkpsdm), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const buruk = await kirim([`${NIP.guru},"30,5",PAK/1/2025,2025-12-20`, `${NIP.pelaksana},10,PAK/2/2025,2025-12-20`, `${NIP.guru},lima,PAK/3/2025,2025-13-01`]);
    expect(buruk.statusCode).toBe(400);
    expect(buruk.json<{ details: { baris: Array<{ baris: number; kolom: string }> } }>().details.baris.map((b) => [b.baris, b.kolom])).toEqual([
      [3, 'nip'],
      [4, 'nip'],
      [4, 'angka_kredit'],
      [4, 'tanggal_pak'],
    ]);
    const guru = f.id.guru;
    expect((await buku(NIP.adminBkpsdm, guru)).json<BukuAngkaKredit>().entri).toEqual([]);
    const baik = await kirim([`${NIP.guru},"30,5",PAK/1/2025,2025-12-20`]);
    expect(baik.statusCode, baik.body).toBe(200);
    expect(baik.json<ImporSaldoResult>()).toEqual({ diimpor: 1 });
    expect((await buku(NIP.adminBkpsdm, guru)).json<BukuAngkaKredit>().total).toBe(30.5);
  });

  it('the eligibility list: who reaches the next pangkat or jenjang (BKPSDM and pimpinan only)', async () => {
    expect((await t.api('GET', '/api/v1/angka-kredit/kelayakan', { as: NIP.perawat })).statusCode).toBe(403);
    const k = (await t.api('GET', '/api/v1/angka-kredit/kelayakan?layak=true', { as: NIP.adminBkpsdm })).json<Kelayakan>();
    const siti = k.items.find((i) => i.pegawai.nip === NIP.perawat);
    expect(siti).toMatchObject({ jenjang: 'AHLI_PERTAMA', total: 60.875, pangkat: { kebutuhan: 50, kekurangan: 0, tercapai: true } });
    expect(k.items.every((i) => i.pangkat?.tercapai || i.jenjangBerikut?.tercapai)).toBe(true);
    expect(k.jumlahLayak).toBe(k.items.length);
    expect(k.jumlahFungsional).toBeGreaterThanOrEqual(k.jumlahLayak);
  });
});

describe('the PAK', () => {
  it('BKPSDM fixes the balance under a number and date; the PDF prints it and its QR verifies; the pegawai is notified', async () => {
    const body = { nomor: '800/PAK/2027/007', tanggal: '2027-01-20' };
    const res = await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.perawat}/pak`, { as: NIP.adminBkpsdm, body });
    expect(res.statusCode, res.body).toBe(201);
    const pak = res.json<Pak>();
    expect(pak).toMatchObject({ nomor: body.nomor, total: 60.875, jenjang: 'AHLI_PERTAMA' });
    expect((await t.api('POST', `/api/v1/angka-kredit/pegawai/${f.id.perawat}/pak`, { as: NIP.adminBkpsdm, body })).json()).toMatchObject({ fields: { nomor: `nomor ${body.nomor} sudah dipakai PAK lain` } });
    const [notif] = await queryRows<{ judul: string }>(f.db, sql`SELECT judul FROM notifikasi WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.perawat} AND jenis = 'angka-kredit'`);
    expect(notif).toEqual({ judul: 'Penetapan angka kredit' });

    const pdf = await t.api('GET', `/api/v1/angka-kredit/pak/${pak.id}/pdf`, { as: NIP.perawat });
    expect(pdf.statusCode).toBe(200);
    const { text } = await readPdf(pdf.rawPayload);
    expect(text).toContain('PENETAPAN ANGKA KREDIT');
    expect(text).toContain(body.nomor);
    expect(text).toContain('60,875');
    expect(text).toContain('PAK/800/12/2025');
    const kode = /Kode verifikasi: ([0-9a-f]{64})/.exec(text)?.[1];
    expect(kode).toBeDefined();
    const cek = await t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/pak/${pak.id}?h=${kode!.slice(0, 16)}` });
    expect(cek.json<HasilVerifikasi>()).toMatchObject({ status: 'VALID', valid: true, judul: 'Penetapan Angka Kredit' });
    expect(cek.json<HasilVerifikasi>().fakta).toContainEqual({ label: 'Nomor PAK', nilai: body.nomor });
    const salah = await t.app.inject({ method: 'GET', url: `/api/v1/verifikasi/pak/${pak.id}?h=${'0'.repeat(16)}` });
    expect(salah.json<HasilVerifikasi>()).toMatchObject({ status: 'TIDAK_VALID', valid: false, fakta: [] });
    // A peer and another pemda's administrator do not find it.
    expect((await t.api('GET', `/api/v1/angka-kredit/pak/${pak.id}/pdf`, { as: NIP.pelaksana })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/angka-kredit/pak/${pak.id}/pdf`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });

  it('the ledger is the pegawai’s, their superiors’, BKPSDM’s and pimpinan’s to read; nobody else finds it', async () => {
    expect((await buku(NIP.kadis)).statusCode).toBe(200);
    expect((await buku(NIP.pelaksana)).statusCode).toBe(404);
    expect((await buku((await t.otherPemdaAdmin()).nip)).statusCode).toBe(404);
    expect((await buku(NIP.perawat)).json<BukuAngkaKredit>().pak.map((p) => p.nomor)).toEqual(['800/PAK/2027/007']);
  });
});
