import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { CalonLowongan, ImporPotensiResult, LowonganList, PetaTalenta, Potensi } from '@capaian/contract/talenta';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);
let lowonganId = '';

beforeAll(async () => {
  // Two finished years: the pengawas Sangat Baik twice, the pelaksana Baik then Butuh Perbaikan.
  for (const tahun of [2025, 2026]) {
    const p = await f.periode({ jenis: 'TAHUNAN', tahun, nomor: 1, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, status: 'DITUTUP' });
    await f.evaluasiFinal({ periodeId: p, pegawaiId: f.id.pengawas, skp: await f.skpDisetujui(f.id.pengawas, tahun), penilaiId: f.id.administrator, atasanId: f.id.kadis, hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI' });
    await f.evaluasiFinal({
      periodeId: p,
      pegawaiId: f.id.pelaksana,
      skp: await f.skpDisetujui(f.id.pelaksana, tahun),
      penilaiId: f.id.pengawas,
      atasanId: f.id.administrator,
      hk: tahun === 2025 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI',
      rp: 'SESUAI_EKSPEKTASI',
    });
  }
  // A vacant administrator post of the pengawas' perangkat daerah.
  const unit = await f.unitOf(f.id.pengawas);
  const [j] = await queryRows<{ id: string }>(f.db, sql`INSERT INTO jabatan (instansi_id, unit_id, kode, nama, jenis, kepala_unit, kelas) VALUES (${f.instansiId}, ${unit}, 'UJI.KABID', 'Kepala Bidang Uji', 'ADMINISTRATOR', false, 12) RETURNING id`);
  lowonganId = j!.id;
});

const peta = (as: string, q = '') => t.api('GET', `/api/v1/talenta/peta${q}`, { as });

describe('potential scores', () => {
  it('recorded by BKPSDM with source and date; refused to others; imported all or none', async () => {
    const body = { skor: 86, sumber: 'Asesmen kompetensi BKPSDM 2026', tanggal: '2026-10-15' };
    expect((await t.api('POST', `/api/v1/talenta/pegawai/${f.id.pengawas}/potensi`, { as: NIP.pelaksana, body })).statusCode).toBe(403);
    expect((await t.api('POST', `/api/v1/talenta/pegawai/${f.id.pengawas}/potensi`, { as: NIP.adminBkpsdm, body: { ...body, skor: 101 } })).json()).toMatchObject({ fields: { skor: 'paling besar 100' } });
    const res = await t.api('POST', `/api/v1/talenta/pegawai/${f.id.pengawas}/potensi`, { as: NIP.adminBkpsdm, body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Potensi>()).toMatchObject(body);
    expect((await t.api('POST', `/api/v1/talenta/pegawai/${f.id.pengawas}/potensi`, { as: (await t.otherPemdaAdmin()).nip, body })).statusCode).toBe(404);

    const kirim = async (baris: string[]) => {
      const boundary = 'capaiantalenta';
      const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="potensi.csv"\r\nContent-Type: text/csv\r\n\r\n${['nip,skor,sumber,tanggal', ...baris].join('\n')}\r\n--${boundary}--\r\n`);
      return t.app.inject({ method: 'POST', url: '/api/v1/talenta/potensi/impor', headers: { ...KLIEN, cookie: await t.login(NIP.adminBkpsdm), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const buruk = await kirim([`${NIP.pelaksana},55,Asesmen 2026,2026-10-15`, `199999999999999999,70,Asesmen 2026,2026-10-15`, `${NIP.perawat},tinggi,Asesmen 2026,2026-10-15`]);
    expect(buruk.statusCode).toBe(400);
    expect(buruk.json<{ details: { baris: Array<{ baris: number; kolom: string }> } }>().details.baris.map((b) => [b.baris, b.kolom])).toEqual([
      [3, 'nip'],
      [4, 'skor'],
    ]);
    const baik = await kirim([`${NIP.pelaksana},55,Asesmen 2026,2026-10-15`]);
    expect(baik.json<ImporPotensiResult>()).toEqual({ diimpor: 1 });
  });
});

describe('the nine-box', () => {
  it('places each pegawai by their last two years and latest score; lists a box; counts who is not placed', async () => {
    const p = (await peta(NIP.adminBkpsdm, '?kotak=9')).json<PetaTalenta>();
    expect(p.kotak.map((k) => k.kotak)).toEqual([6, 8, 9, 3, 5, 7, 1, 2, 4]);
    expect(p.kotak.find((k) => k.kotak === 9)).toMatchObject({ kinerja: 'TINGGI', potensi: 'TINGGI', kelompok: 'SUKSESI', jumlah: 1 });
    // Budi: Baik then Butuh Perbaikan → menengah; score 55 → rendah: box 2.
    expect(p.kotak.find((k) => k.kotak === 2)!.jumlah).toBe(1);
    expect(p.anggota.map((a) => [a.pegawai.nip, a.kotak, a.skorPotensi, a.sumberPotensi])).toEqual([[NIP.pengawas, 9, 86, 'Asesmen kompetensi BKPSDM 2026']]);
    expect(p.tanpaKinerja).toBeGreaterThan(0);
    expect(p.can).toEqual({ catatPotensi: true, impor: true });
    const pengawasan = (await peta(NIP.adminBkpsdm, '?jenisJabatan=PELAKSANA')).json<PetaTalenta>();
    expect(pengawasan.kotak.find((k) => k.kotak === 9)!.jumlah).toBe(0);
  });

  it('one pegawai’s place, for the tim penilai beside a recommendation', async () => {
    expect((await t.api('GET', `/api/v1/talenta/pegawai/${f.id.pengawas}`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ kotak: 9, kelompok: 'SUKSESI', kinerja: 'TINGGI', potensi: 'TINGGI', skorPotensi: 86 });
    expect((await t.api('GET', `/api/v1/talenta/pegawai/${f.id.guru}`, { as: NIP.adminBkpsdm })).json()).toMatchObject({ kotak: null, kelompok: null, skorPotensi: null });
    expect((await t.api('GET', `/api/v1/talenta/pegawai/${f.id.pengawas}`, { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/talenta/pegawai/${f.id.pengawas}`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });

  it('is for BKPSDM, pimpinan and the tim penilai; not for a pegawai; another pemda sees its own (none of ours)', async () => {
    expect((await peta(NIP.pelaksana)).statusCode).toBe(403);
    expect((await peta(NIP.kadis)).json<PetaTalenta>().can).toEqual({ catatPotensi: false, impor: false });
    const lain = (await peta((await t.otherPemdaAdmin()).nip)).json<PetaTalenta>();
    expect(lain.kotak.reduce((s, k) => s + k.jumlah, 0)).toBe(0);
  });
});

describe('a vacant post', () => {
  it('draws its candidates from the pool one level below, its own perangkat daerah first', async () => {
    const l = (await t.api('GET', '/api/v1/talenta/lowongan', { as: NIP.adminBkpsdm })).json<LowonganList>();
    expect(l.items.map((i) => i.jabatan.id)).toContain(lowonganId);
    const c = (await t.api('GET', `/api/v1/talenta/lowongan/${lowonganId}/calon`, { as: NIP.adminBkpsdm })).json<CalonLowongan>();
    expect(c.kosong).toBe(true);
    expect(c.calon.map((x) => [x.pegawai.nip, x.kotak, x.perangkatDaerahSama])).toEqual([[NIP.pengawas, 9, true]]);
    expect((await t.api('GET', `/api/v1/talenta/lowongan/${lowonganId}/calon`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });
});
