import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DEFAULT_ATURAN_TINDAK_LANJUT } from '@capaian/domain';
import type { LaporanTahunanResponse, PeringkatResponse } from '@capaian/contract/tindak-lanjut';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { readPdf } from '../../test/pdf.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);

let tahunan = '';
let unit: Record<'dinkes' | 'disdik' | 'umpeg', string> = { dinkes: '', disdik: '', umpeg: '' };

beforeAll(async () => {
  const [u] = await queryRows<{ dinkes: string; disdik: string; umpeg: string }>(
    f.db,
    sql`SELECT (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DINKES') AS dinkes,
               (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DISDIK') AS disdik,
               (SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.id = ${f.id.pelaksana}) AS umpeg`,
  );
  unit = u!;
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31', status: 'DITUTUP' });
  const lama = await f.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  const base = { periodeId: tahunan, penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  // Sangat Baik; Baik twice (a tie: same ratings, same RHK shares); Butuh Perbaikan; one not final.
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.kapus, skp: await f.skpDisetujui(f.id.kapus), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.perawat, skp: await f.skpDisetujui(f.id.perawat), hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI', status: 'DIPUTUS' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.guru, skp: await f.skpDisetujui(f.id.guru), hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.kasek, skp: await f.skpDisetujui(f.id.kasek), hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
  // Last year: the pelaksana was Butuh Perbaikan.
  await f.evaluasiFinal({ ...base, periodeId: lama, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana, 2025), hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
});

const peringkat = (as: string, q: Record<string, string>) => t.api('GET', `/api/v1/tindak-lanjut/peringkat?${new URLSearchParams({ periodeId: tahunan, ...q })}`, { as });

describe('pemeringkatan', () => {
  it('ranks the pemda: predikat first, then the tie-breaks; ties share a rank; results not final are counted apart', async () => {
    const res = await peringkat(NIP.adminBkpsdm, {});
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<PeringkatResponse>();
    expect(r.lingkup).toBe('PEMDA');
    expect(r.kriteria.map((k) => k.kode)).toEqual(DEFAULT_ATURAN_TINDAK_LANJUT.kriteriaPeringkat);
    expect(r.dasarHukum).toContain('PP 30/2019');
    expect(r.jumlah).toBe(4);
    expect(r.belumFinal).toBe(1);
    expect(r.baris.map((b) => [b.pegawai.nip, b.peringkat, b.seri, b.predikat])).toEqual([
      [NIP.perawat, 1, false, 'SANGAT_BAIK'],
      // A shared rank lists by name (Budi Santoso before Wahyu Hidayat).
      [NIP.pelaksana, 2, true, 'BAIK'],
      [NIP.kapus, 2, true, 'BAIK'],
      [NIP.guru, 4, false, 'BUTUH_PERBAIKAN'],
    ]);
    const perawat = r.baris[0]!;
    expect(perawat).toMatchObject({ rhkDiAtas: 2, rhkDiBawah: 0, rhkJumlah: 2, ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', jenisJabatan: 'FUNGSIONAL' });
    expect(perawat.perangkatDaerah?.id).toBe(unit.dinkes);
  });

  it('pages and filters without changing anyone’s rank', async () => {
    const halaman2 = (await peringkat(NIP.adminBkpsdm, { ukuran: '2', halaman: '2' })).json<PeringkatResponse>();
    expect(halaman2.baris.map((b) => b.peringkat)).toEqual([2, 4]);
    const cari = (await peringkat(NIP.adminBkpsdm, { q: NIP.guru })).json<PeringkatResponse>();
    expect(cari).toMatchObject({ jumlah: 4, jumlahTersaring: 1 });
    expect(cari.baris[0]).toMatchObject({ peringkat: 4, pegawai: { nip: NIP.guru } });
  });

  it('ranks one perangkat daerah or one unit (with the units below it)', async () => {
    const pd = (await peringkat(NIP.adminBkpsdm, { lingkup: 'PERANGKAT_DAERAH', unitId: unit.dinkes })).json<PeringkatResponse>();
    expect(pd.unit?.id).toBe(unit.dinkes);
    expect(pd.baris.map((b) => b.pegawai.nip)).not.toContain(NIP.guru);
    expect(pd.baris[0]).toMatchObject({ peringkat: 1, pegawai: { nip: NIP.perawat } });
    const u = (await peringkat(NIP.adminBkpsdm, { lingkup: 'UNIT', unitId: unit.umpeg })).json<PeringkatResponse>();
    expect(u.baris.map((b) => [b.pegawai.nip, b.peringkat, b.seri])).toEqual([[NIP.pelaksana, 1, false]]);
  });

  it('names the field of a bad query', async () => {
    const tanpaUnit = await peringkat(NIP.adminBkpsdm, { lingkup: 'UNIT' });
    expect(tanpaUnit.statusCode).toBe(400);
    expect(tanpaUnit.json()).toMatchObject({ error: 'validation_failed', fields: { unitId: 'pilih perangkat daerah atau unit' } });
    const bukanPd = await peringkat(NIP.adminBkpsdm, { lingkup: 'PERANGKAT_DAERAH', unitId: unit.umpeg });
    expect(bukanPd.statusCode).toBe(400);
    expect(bukanPd.json()).toMatchObject({ fields: { unitId: 'bukan perangkat daerah; pilih lingkup UNIT' } });
    expect((await peringkat(NIP.adminBkpsdm, { ukuran: '501' })).json()).toMatchObject({ fields: { ukuran: 'paling banyak 500' } });
  });

  it('lets a unit head see their unit and the units below, a pengelola their perangkat daerah, pimpinan the pemda; a pegawai nothing; another pemda not even the period', async () => {
    const puskesmas = await f.unitOf(f.id.kapus);
    const kapus = await peringkat(NIP.kapus, { lingkup: 'UNIT', unitId: puskesmas });
    expect(kapus.statusCode).toBe(200);
    expect(kapus.json<PeringkatResponse>().baris.map((b) => b.pegawai.nip)).toEqual(expect.arrayContaining([NIP.kapus, NIP.perawat]));
    expect((await peringkat(NIP.kapus, { lingkup: 'PERANGKAT_DAERAH', unitId: unit.dinkes })).statusCode).toBe(403);
    expect((await peringkat(NIP.kapus, {})).statusCode).toBe(403);
    expect((await peringkat(NIP.pengelola, { lingkup: 'PERANGKAT_DAERAH', unitId: unit.dinkes })).statusCode).toBe(200);
    expect((await peringkat(NIP.pengelola, { lingkup: 'PERANGKAT_DAERAH', unitId: unit.disdik })).statusCode).toBe(403);
    // PIMPINAN (the kepala dinas, the sekda) read across the pemda, as in the recap.
    expect((await peringkat(NIP.kadis, {})).statusCode).toBe(200);
    expect((await peringkat(NIP.pelaksana, { lingkup: 'UNIT', unitId: unit.umpeg })).statusCode).toBe(403);
    expect((await peringkat((await t.otherPemdaAdmin()).nip, {})).statusCode).toBe(404);
  });

  it('downloads the whole ranking as XLSX', async () => {
    const res = await t.api('GET', `/api/v1/tindak-lanjut/peringkat.xlsx?periodeId=${tahunan}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Peringkat-Kinerja-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Peringkat')!;
    expect(ws.getRow(5).getCell(1).value).toBe('Peringkat');
    expect([6, 7, 8, 9].map((i) => ws.getRow(i).getCell(1).value)).toEqual([1, 2, 2, 4]);
    expect(ws.getRow(9).getCell(3).value).toBe(NIP.guru);
  });
});

describe('the annual report', () => {
  it('gives the distribution per perangkat daerah and jabatan type against last year', async () => {
    const res = await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan?tahun=2026', { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body).toBe(200);
    const l = res.json<LaporanTahunanResponse>();
    expect(l.total).toEqual({ jumlah: 4, belumFinal: 1, distribusi: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 } });
    expect(l.totalTahunLalu).toEqual({ jumlah: 1, distribusi: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 } });
    const dinkes = l.perPerangkatDaerah.find((r) => r.kunci === unit.dinkes)!;
    expect(dinkes.jumlah).toBe(3);
    expect(dinkes.tahunLalu?.jumlah).toBe(1);
    expect(l.perPerangkatDaerah.find((r) => r.kunci === unit.disdik)).toMatchObject({ jumlah: 1, tahunLalu: null });
    expect(l.perJenisJabatan.reduce((s, r) => s + r.jumlah, 0)).toBe(4);
    // A year without an annual period says so.
    const kosong = (await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan?tahun=2030', { as: NIP.adminBkpsdm })).json<LaporanTahunanResponse>();
    expect(kosong).toMatchObject({ periode: null, total: { jumlah: 0 }, perPerangkatDaerah: [] });
  });

  it('as XLSX and as PDF, for BKPSDM and pimpinan only', async () => {
    const xlsx = await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan.xlsx?tahun=2026', { as: NIP.sekda });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Perangkat Daerah', 'Jenis Jabatan']);
    const pdf = await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan.pdf?tahun=2026', { as: NIP.adminBkpsdm });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text: teks } = await readPdf(pdf.rawPayload);
    expect(teks).toContain('LAPORAN KINERJA PEGAWAI TAHUN 2026');
    expect(teks).toContain('Distribusi predikat per perangkat daerah');
    expect(teks).toContain('tahun 2025');
    for (const nip of [NIP.kapus, NIP.pengelola, NIP.pelaksana]) expect((await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan?tahun=2026', { as: nip })).statusCode).toBe(403);
    expect((await t.api('GET', '/api/v1/tindak-lanjut/laporan-tahunan?tahun=1999', { as: NIP.adminBkpsdm })).json()).toMatchObject({ fields: { tahun: 'paling awal 2000' } });
  });
});
