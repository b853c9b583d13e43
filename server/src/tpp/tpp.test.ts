import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { CONTOH_SKEMA_TPP } from '@capaian/domain';
import type { BendaharaList, DaftarBendahara, RunDetail, RunList, RunRingkas, SkemaResponse, TppSaya } from '@capaian/contract/tpp';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';

const t = await createTestContext({ clock: () => new Date('2026-12-10T03:00:00Z') });
const f = await penilaianFixture(t);
let evLalu = '';

beforeAll(async () => {
  // Budi (pelaksana): last year's annual result Baik, this year's SKP approved, November's attendance
  // with one day absent without reason, one late arrival and one early leave.
  const lalu = await f.periode({ jenis: 'TAHUNAN', tahun: 2025, nomor: 1, mulai: '2025-01-01', selesai: '2025-12-31', status: 'DITUTUP' });
  evLalu = await f.evaluasiFinal({ periodeId: lalu, pegawaiId: f.id.pelaksana, skp: await f.skpDisetujui(f.id.pelaksana, 2025), penilaiId: f.id.pengawas, atasanId: f.id.administrator, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.skpDisetujui(f.id.pelaksana);
  // The guru's post has a kelas the scheme has no base for: she is listed, not paid 0 silently.
  await queryRows(f.db, sql`UPDATE jabatan SET kelas = 2 WHERE instansi_id = ${f.instansiId} AND id = (SELECT jabatan_id FROM pegawai WHERE id = ${f.id.guru}) RETURNING id`);
  await queryRows(
    f.db,
    sql`INSERT INTO kehadiran (instansi_id, pegawai_id, tanggal, status, jam_masuk, jam_pulang) VALUES
          (${f.instansiId}, ${f.id.pelaksana}, '2026-11-02', 'TANPA_KETERANGAN', NULL, NULL),
          (${f.instansiId}, ${f.id.pelaksana}, '2026-11-03', 'HADIR', '07:50', '16:10'),
          (${f.instansiId}, ${f.id.pelaksana}, '2026-11-04', 'HADIR', '07:25', '15:45'),
          (${f.instansiId}, ${f.id.pelaksana}, '2026-11-05', 'CUTI', NULL, NULL)
        RETURNING pegawai_id`,
  );
});

const skema = (as: string, body?: object) => (body ? t.api('PUT', '/api/v1/tpp/skema', { as, body }) : t.api('GET', '/api/v1/tpp/skema', { as }));

describe('the scheme', () => {
  it('BKPSDM sets it (validated by the domain schema); until then the example is shown; others may not', async () => {
    const awal = (await skema(NIP.adminBkpsdm)).json<SkemaResponse>();
    expect(awal).toMatchObject({ disimpan: false, rowVersion: null, can: { ubah: true } });
    expect((await skema(NIP.pelaksana)).statusCode).toBe(403);
    expect((await skema(NIP.kadis, { skema: CONTOH_SKEMA_TPP })).statusCode).toBe(403);
    const buruk = await skema(NIP.adminBkpsdm, { skema: { ...CONTOH_SKEMA_TPP, jamPulang: '07:00' } });
    expect(buruk.json()).toMatchObject({ error: 'validation_failed', fields: { 'skema.jamPulang': 'harus setelah jam masuk' } });
    // A run needs the pemda's own scheme.
    expect((await t.api('POST', '/api/v1/tpp/run', { as: NIP.adminBkpsdm, body: { bulan: '2026-11' } })).json()).toMatchObject({ error: 'skema_tpp_belum_ada' });
    const ok = await skema(NIP.adminBkpsdm, { skema: CONTOH_SKEMA_TPP });
    expect(ok.json<SkemaResponse>()).toMatchObject({ disimpan: true, rowVersion: 1 });
    expect((await skema(NIP.adminBkpsdm, { skema: CONTOH_SKEMA_TPP })).json()).toMatchObject({ fields: { rowVersion: 'wajib diisi: skema sudah pernah disimpan' } });
    expect((await skema(NIP.adminBkpsdm, { skema: CONTOH_SKEMA_TPP, rowVersion: 7 })).json()).toMatchObject({ error: 'version_conflict' });
  });

  it('the base per kelas jabatan imported from XLSX/CSV replaces the table, all rows or none', async () => {
    const kirim = async (baris: string[]) => {
      const boundary = 'capaianbasis';
      const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="basis.csv"\r\nContent-Type: text/csv\r\n\r\n${['kelas,basis', ...baris].join('\n')}\r\n--${boundary}--\r\n`);
      return t.app.inject({ method: 'POST', url: '/api/v1/tpp/skema/basis/impor', headers: { ...KLIEN, cookie: await t.login(NIP.adminBkpsdm), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const buruk = await kirim(['7,3500000', '18,100', '9,-5']);
    expect(buruk.statusCode).toBe(400);
    expect(buruk.json<{ details: { baris: Array<{ baris: number; kolom: string; alasan: string }> } }>().details.baris).toEqual([
      { baris: 3, kolom: 'kelas', alasan: 'paling besar 17' },
      { baris: 4, kolom: 'basis', alasan: 'tidak boleh negatif' },
    ]);
    expect((await skema(NIP.adminBkpsdm)).json<SkemaResponse>().rowVersion).toBe(1);
    const tabel = CONTOH_SKEMA_TPP.basisPerKelas.map((b) => `${b.kelas},${b.basis}`);
    const ok = await kirim(tabel);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<SkemaResponse>()).toMatchObject({ rowVersion: 2, skema: { basisPerKelas: CONTOH_SKEMA_TPP.basisPerKelas } });
  });
});

describe('a monthly run', () => {
  let run: RunRingkas;

  it('is a draft that lists everyone it could not calculate and why; totals reconcile per perangkat daerah', async () => {
    expect((await t.api('POST', '/api/v1/tpp/run', { as: NIP.adminBkpsdm, body: { bulan: '2027-01' } })).json()).toMatchObject({ fields: { bulan: 'bulan ini belum dimulai' } });
    const res = await t.api('POST', '/api/v1/tpp/run', { as: NIP.adminBkpsdm, body: { bulan: '2026-11' } });
    expect(res.statusCode, res.body).toBe(201);
    run = res.json<RunRingkas>();
    expect(run).toMatchObject({ bulan: '2026-11', unit: null, versi: 1, status: 'DRAF', can: { setujui: true, koreksi: false } });
    const d = (await t.api('GET', `/api/v1/tpp/run/${run.id}?ukuran=500`, { as: NIP.adminBkpsdm })).json<RunDetail>();
    expect(d.jumlahPegawai).toBe(d.items.length + d.gagal.length);
    expect(d.gagal).toContainEqual({ pegawai: expect.objectContaining({ nip: NIP.guru }), alasan: 'Basis TPP kelas jabatan 2 belum ada di skema' });
    expect(run.jumlahGagal).toBe(d.gagal.length);
    expect(d.perPerangkatDaerah.reduce((a, p) => a + p.total, 0)).toBe(d.totalDibayar);
    expect(d.items.reduce((a, i) => a + i.dibayar, 0)).toBe(d.totalDibayar);
    const budi = d.items.find((i) => i.pegawai.nip === NIP.pelaksana)!;
    expect(budi.predikat).toBe('BAIK');
    // Not yet approved: Budi sees nothing; the pimpinan reads the run; the pegawai and another pemda do not.
    expect((await t.api('GET', '/api/v1/tpp/saya', { as: NIP.pelaksana })).json<TppSaya>()).toMatchObject({ bulanTersedia: [], rincian: null });
    expect((await t.api('GET', '/api/v1/tpp/run', { as: NIP.kadis })).json<RunList>().items.map((r) => r.id)).toContain(run.id);
    expect((await t.api('GET', '/api/v1/tpp/run', { as: NIP.pelaksana })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });

  it('approved once, locked; the pegawai then sees every deduction with its day', async () => {
    expect((await t.api('POST', `/api/v1/tpp/run/${run.id}/setujui`, { as: NIP.kadis, body: { rowVersion: 1 } })).statusCode).toBe(403);
    expect((await t.api('POST', `/api/v1/tpp/run/${run.id}/setujui`, { as: NIP.adminBkpsdm, body: { rowVersion: 9 } })).json()).toMatchObject({ error: 'version_conflict' });
    const ok = await t.api('POST', `/api/v1/tpp/run/${run.id}/setujui`, { as: NIP.adminBkpsdm, body: { rowVersion: 1 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<RunRingkas>()).toMatchObject({ status: 'DISETUJUI', disetujuiOleh: expect.any(String), can: { setujui: false, koreksi: true } });
    expect((await t.api('POST', `/api/v1/tpp/run/${run.id}/setujui`, { as: NIP.adminBkpsdm, body: { rowVersion: 2 } })).json()).toMatchObject({ error: 'illegal_transition' });

    const saya = (await t.api('GET', '/api/v1/tpp/saya', { as: NIP.pelaksana })).json<TppSaya>();
    expect(saya).toMatchObject({ bulanTersedia: ['2026-11'], bulan: '2026-11', runVersi: 1, predikat: 'BAIK', gagal: null });
    expect(saya.rincian!.potonganHarian).toEqual([
      { tanggal: '2026-11-02', jenis: 'TANPA_KETERANGAN', menit: null, persen: 7.5 },
      { tanggal: '2026-11-03', jenis: 'TERLAMBAT', menit: 20, persen: 1.25 },
      { tanggal: '2026-11-04', jenis: 'PULANG_CEPAT', menit: 15, persen: 1.25 },
    ]);
    const r = saya.rincian!;
    expect(r.kinerja.diterima + r.kinerja.potongan + r.disiplin.diterima + r.disiplin.potongan).toBe(r.basis);
    const [notif] = await queryRows<{ judul: string }>(f.db, sql`SELECT judul FROM notifikasi WHERE instansi_id = ${f.instansiId} AND pegawai_id = ${f.id.pelaksana} AND jenis = 'tpp'`);
    expect(notif).toEqual({ judul: 'TPP 2026-11 telah dihitung' });
  });

  it('the payroll list as XLSX, all of it or one perangkat daerah', async () => {
    const d = (await t.api('GET', `/api/v1/tpp/run/${run.id}`, { as: NIP.adminBkpsdm })).json<RunDetail>();
    const pd = d.perPerangkatDaerah.find((p) => p.jumlahPegawai > 0)!;
    const res = await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx?perangkatDaerahId=${pd.unit.id}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('TPP')!;
    let total = 0;
    ws.eachRow((row, n) => {
      const v = row.getCell(10).value;
      if (n > 1 && typeof v === 'number') total += v;
    });
    expect(total).toBe(pd.total);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx`, { as: NIP.pelaksana })).statusCode).toBe(404);
  });

  it('the bendahara BKPSDM names for a perangkat daerah downloads that list only, of approved runs', async () => {
    const d = (await t.api('GET', `/api/v1/tpp/run/${run.id}`, { as: NIP.adminBkpsdm })).json<RunDetail>();
    const [pd, lain] = d.perPerangkatDaerah;
    expect(lain, 'the test pemda has two perangkat daerah with pegawai').toBeDefined();
    const body = { perangkatDaerahId: pd!.unit.id, nip: NIP.pengelola };
    expect((await t.api('POST', '/api/v1/tpp/bendahara', { as: NIP.pengelola, body })).statusCode).toBe(403);
    expect((await t.api('POST', '/api/v1/tpp/bendahara', { as: NIP.adminBkpsdm, body: { ...body, perangkatDaerahId: f.instansiId } })).json()).toMatchObject({ fields: { perangkatDaerahId: 'bukan perangkat daerah instansi ini' } });
    expect((await t.api('POST', '/api/v1/tpp/bendahara', { as: NIP.adminBkpsdm, body: { ...body, nip: '199999999999999999' } })).json()).toMatchObject({ fields: { nip: 'NIP 199999999999999999 bukan pegawai aktif instansi ini' } });
    const daftar = (await t.api('POST', '/api/v1/tpp/bendahara', { as: NIP.adminBkpsdm, body })).json<BendaharaList>();
    expect(daftar.items.map((b) => [b.unit.id, b.pegawai.nip])).toEqual([[pd!.unit.id, NIP.pengelola]]);
    const milik = (await t.api('GET', '/api/v1/tpp/bendahara/daftar', { as: NIP.pengelola })).json<DaftarBendahara>();
    expect(milik.items).toEqual([{ runId: run.id, bulan: '2026-11', versi: 1, perangkatDaerah: pd!.unit, jumlahPegawai: pd!.jumlahPegawai, total: pd!.total }]);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx?perangkatDaerahId=${pd!.unit.id}`, { as: NIP.pengelola })).statusCode).toBe(200);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx?perangkatDaerahId=${lain!.unit.id}`, { as: NIP.pengelola })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx`, { as: NIP.pengelola })).statusCode).toBe(404);
    expect((await t.api('GET', '/api/v1/tpp/bendahara/daftar', { as: NIP.pelaksana })).json<DaftarBendahara>().items).toEqual([]);
    // Taken off again: nothing left to download.
    expect((await t.api('DELETE', `/api/v1/tpp/bendahara/${daftar.items[0]!.id}`, { as: NIP.adminBkpsdm })).json<BendaharaList>().items).toEqual([]);
    expect((await t.api('GET', `/api/v1/tpp/run/${run.id}/xlsx?perangkatDaerahId=${pd!.unit.id}`, { as: NIP.pengelola })).statusCode).toBe(404);
  });

  it('a correction is a new version; approving it replaces the old one, which stays', async () => {
    const v2 = (await t.api('POST', '/api/v1/tpp/run', { as: NIP.adminBkpsdm, body: { bulan: '2026-11' } })).json<RunRingkas>();
    expect(v2).toMatchObject({ versi: 2, status: 'DRAF' });
    await t.api('POST', `/api/v1/tpp/run/${v2.id}/setujui`, { as: NIP.adminBkpsdm, body: { rowVersion: 1 } });
    const list = (await t.api('GET', '/api/v1/tpp/run', { as: NIP.adminBkpsdm })).json<RunList>().items.filter((r) => r.bulan === '2026-11');
    expect(list.map((r) => [r.versi, r.status])).toEqual([
      [2, 'DISETUJUI'],
      [1, 'DIGANTI'],
    ]);
    expect((await t.api('GET', '/api/v1/tpp/saya', { as: NIP.pelaksana })).json<TppSaya>().runVersi).toBe(2);
    const audit = await queryRows<{ summary: string; actor_nip: string }>(f.db, sql`SELECT summary, actor_nip FROM audit_event WHERE entity_type = 'tpp_run' ORDER BY id`);
    expect(audit.map((a) => a.actor_nip)).toEqual([NIP.adminBkpsdm, NIP.adminBkpsdm, NIP.adminBkpsdm, NIP.adminBkpsdm]);
    expect(audit[3]!.summary).toContain('(menggantikan versi 1)');
  });

  it('a keberatan decision that changes a result it used flags the run; one that keeps it does not', async () => {
    await queryRows(f.db, sql`UPDATE evaluasi SET status = 'KEBERATAN' WHERE instansi_id = ${f.instansiId} AND id = ${evLalu} RETURNING id`);
    const [kb] = await queryRows<{ id: string }>(f.db, sql`INSERT INTO keberatan (instansi_id, evaluasi_id, pegawai_id, alasan) VALUES (${f.instansiId}, ${evLalu}, ${f.id.pelaksana}, 'Capaian melebihi target') RETURNING id`);
    const res = await t.api('POST', `/api/v1/keberatan/${kb!.id}/putuskan`, {
      as: NIP.administrator,
      body: { hasil: 'DIUBAH', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', alasanKeputusan: 'Bukti capaian melampaui target' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await t.api('GET', '/api/v1/tpp/run', { as: NIP.adminBkpsdm })).json<RunList>().items.filter((r) => r.bulan === '2026-11');
    expect(list.find((r) => r.status === 'DISETUJUI')!.perluDitinjau).toContain('keberatan');
    expect(list.find((r) => r.status === 'DIGANTI')!.perluDitinjau).toBeNull();
  });
});
