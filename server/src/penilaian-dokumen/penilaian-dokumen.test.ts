import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { formatNip } from '@capaian/domain';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { readPdf } from '../../test/pdf.js';
import { queryRows } from '../db/client.js';
import { evaluasi, rekomendasiTim, timPenilai } from '../db/schema.js';
import type { HasilVerifikasi } from '@capaian/contract/verifikasi';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);
const db = f.db;

const ev: Record<'tahunan' | 'triwulan' | 'dinilai' | 'guru', string> = { tahunan: '', triwulan: '', dinilai: '', guru: '' };
let tahunan = '';
let triwulan = '';
const nama: Record<string, string> = {};
const unit: Record<'umpeg' | 'dinkes' | 'disdik', string> = { umpeg: '', dinkes: '', disdik: '' };

beforeAll(async () => {
  const [u] = await queryRows<{ umpeg: string; dinkes: string; disdik: string }>(
    db,
    sql`SELECT (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DINKES.UMPEG') AS umpeg,
               (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DINKES') AS dinkes,
               (SELECT id FROM unit_kerja WHERE instansi_id = ${f.instansiId} AND kode = 'DISDIK') AS disdik`,
  );
  Object.assign(unit, u);
  for (const k of ['pengawas', 'administrator'] as const) {
    const [p] = await queryRows<{ nama: string }>(db, sql`SELECT nama FROM pegawai WHERE id = ${f.id[k]}`);
    nama[k] = p!.nama;
  }
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31', status: 'DITUTUP' });
  triwulan = await f.periode({ jenis: 'TRIWULANAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-03-31', status: 'DITUTUP' });
  const skp = await f.skpDisetujui(f.id.pelaksana);
  await f.realisasiDenganBukti(f.id.pelaksana, skp, 0, 7);
  await f.realisasiDenganBukti(f.id.pelaksana, skp, 0, 5, '2026-05-04');
  const base = { pegawaiId: f.id.pelaksana, skp, penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  ev.tahunan = await f.evaluasiFinal({ ...base, periodeId: tahunan, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', finalAt: new Date('2027-01-10T03:00:00Z') });
  ev.triwulan = await f.evaluasiFinal({ ...base, periodeId: triwulan, hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI', finalAt: new Date('2026-04-10T03:00:00Z') });
  ev.dinilai = await f.evaluasiFinal({ ...base, pegawaiId: f.id.perawat, skp: await f.skpDisetujui(f.id.perawat), periodeId: tahunan, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
  ev.guru = await f.evaluasiFinal({ ...base, pegawaiId: f.id.guru, skp: await f.skpDisetujui(f.id.guru), periodeId: tahunan, penilaiId: f.id.kasek, atasanId: null, hk: 'DI_BAWAH_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.capaian(tahunan, unit.umpeg, 'BAIK');
  await f.finalisasi(tahunan, unit.umpeg, 'Unit hanya dua pegawai; kurva tidak dapat dipenuhi secara wajar.');
  await db
    .update(evaluasi)
    .set({ diskusi: { baik: 'Layanan usulan kenaikan pangkat tepat waktu', perbaikan: 'Dokumentasi arsip', rencanaPengembangan: ['Pelatihan kearsipan digital'], dicatatAt: '2027-01-12T03:00:00Z' } })
    .where(eq(evaluasi.id, ev.tahunan));
  const [tim] = await db
    .insert(timPenilai)
    .values({ instansiId: f.instansiId, tahun: 2026, nama: 'Tim Penilai Kinerja 2026', anggota: [{ pegawaiId: f.id.sekda, peran: 'KETUA' }] })
    .returning({ id: timPenilai.id });
  await db.insert(rekomendasiTim).values({ instansiId: f.instansiId, timId: tim!.id, periodeId: tahunan, pegawaiId: f.id.pelaksana, jenis: 'PENGEMBANGAN', catatan: 'Diikutsertakan pelatihan kearsipan', olehId: f.id.sekda });
});

async function pdf(url: string, as: string) {
  const res = await t.api('GET', url, { as });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return readPdf(res.rawPayload);
}
const hashOf = (text: string) => /Kode verifikasi: ([0-9a-f]{64})/.exec(text)?.[1] ?? '';

describe('Evaluasi Kinerja Pegawai (PDF)', () => {
  it('prints the annual evaluation: parties, unit result and curve, results per RHK, behaviour, ratings, predikat, override reason', async () => {
    const { text } = await pdf(`/api/v1/penilaian/evaluasi/${ev.tahunan}/pdf`, NIP.pelaksana);
    expect(text).toContain('EVALUASI KINERJA PEGAWAI');
    expect(text).toContain('PERIODE: TAHUNAN (TAHUN 2026)');
    expect(text).toContain(formatNip(NIP.pelaksana));
    expect(text).toContain(nama.pengawas!);
    expect(text).toContain('CAPAIAN KINERJA ORGANISASI BAIK');
    expect(text).toContain('POLA DISTRIBUSI');
    expect(text).toContain('Baik paling banyak 70%');
    expect(text).toContain('Terselenggaranya layanan administrasi kepegawaian yang tertib');
    expect(text).toContain('12 usulan (2 bukti dukung)');
    expect(text).toContain('Berorientasi Pelayanan');
    expect(text).toContain('RATING HASIL KERJA SESUAI EKSPEKTASI');
    expect(text).toContain('RATING PERILAKU KERJA SESUAI EKSPEKTASI');
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI BAIK');
    expect(text).toContain('Unit hanya dua pegawai; kurva tidak dapat dipenuhi secara wajar.');
    expect(hashOf(text)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints a periodic evaluation with its period', async () => {
    const { text } = await pdf(`/api/v1/penilaian/evaluasi/${ev.triwulan}/pdf`, NIP.pengawas);
    expect(text).toContain('PERIODE: TRIWULANAN');
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI SANGAT BAIK');
    expect(text).toContain(formatNip(NIP.pelaksana));
  });

  it('is for the pegawai, their penilai chain, BKPSDM and tim penilai members only, once final', async () => {
    for (const nip of [NIP.pengawas, NIP.administrator, NIP.kadis, NIP.adminBkpsdm, NIP.sekda])
      expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.tahunan}/pdf`, { as: nip })).statusCode, nip).toBe(200);
    expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.tahunan}/pdf`, { as: NIP.perawat })).statusCode).toBe(404);
    expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.tahunan}/pdf`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
    const draft = await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.dinilai}/pdf`, { as: NIP.perawat });
    expect(draft.statusCode).toBe(409);
    expect(draft.json()).toMatchObject({ error: 'belum_final' });
  });
});

describe('Dokumen Evaluasi Kinerja Pegawai (PDF)', () => {
  it('prints the annual document: the three parties, the result, the notes and recommendations', async () => {
    const { text } = await pdf(`/api/v1/penilaian/evaluasi/${ev.tahunan}/dokumen-pdf`, NIP.pelaksana);
    expect(text).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
    expect(text).toContain('ATASAN PEJABAT PENILAI KINERJA');
    expect(text).toContain(formatNip(NIP.pelaksana));
    expect(text).toContain(nama.pengawas!);
    expect(text).toContain(nama.administrator!);
    expect(text).toContain('Predikat Kinerja Pegawai BAIK');
    expect(text).toContain('Capaian Kinerja Organisasi BAIK');
    expect(text).toContain('Rencana pengembangan: Pelatihan kearsipan digital');
    expect(text).toContain('Diikutsertakan pelatihan kearsipan');
  });

  it('prints the kepala daerah when no atasan pejabat penilai is on record', async () => {
    const { text } = await pdf(`/api/v1/penilaian/evaluasi/${ev.guru}/dokumen-pdf`, NIP.guru);
    expect(text).toContain('Predikat Kinerja Pegawai BUTUH PERBAIKAN');
    expect(text).toMatch(/Wali Kota|Kepala Daerah|Bupati/);
  });

  it('is annual only', async () => {
    const res = await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.triwulan}/dokumen-pdf`, { as: NIP.pelaksana });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'bukan_periode_tahunan' });
  });
});

describe('public verification by QR code', () => {
  it('confirms a printed document by its content hash, without a session; a wrong hash learns nothing', async () => {
    const a = hashOf((await pdf(`/api/v1/penilaian/evaluasi/${ev.tahunan}/pdf`, NIP.pelaksana)).text);
    const b = hashOf((await pdf(`/api/v1/penilaian/evaluasi/${ev.tahunan}/dokumen-pdf`, NIP.pelaksana)).text);
    expect(b).toBe(a);
    const ok = await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.tahunan}?h=${a}`, { as: null });
    expect(ok.statusCode).toBe(200);
    const fakta = (h: HasilVerifikasi) => Object.fromEntries(h.fakta.map((x) => [x.label, x.nilai]));
    expect(ok.json<HasilVerifikasi>()).toMatchObject({ valid: true, status: 'VALID', judul: 'Evaluasi Kinerja Pegawai' });
    expect(fakta(ok.json<HasilVerifikasi>())).toMatchObject({ 'Periode penilaian': 'Tahun 2026', NIP: NIP.pelaksana, 'Predikat kinerja': 'Baik', Status: 'Final' });
    // The 16 characters printed under the QR code are enough.
    expect((await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.tahunan}?h=${a.slice(0, 16).toUpperCase()}`, { as: null })).json()).toMatchObject({ valid: true });
    const bad = (await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.tahunan}?h=${'0'.repeat(64)}`, { as: null })).json<HasilVerifikasi>();
    expect(bad).toMatchObject({ valid: false, status: 'TIDAK_VALID', fakta: [], catatan: null });
    expect((await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.dinilai}?h=${a}`, { as: null })).json()).toMatchObject({ valid: false });
    expect((await t.api('GET', `/api/v1/verifikasi/evaluasi/00000000-0000-4000-8000-000000000000?h=${a}`, { as: null })).json()).toMatchObject({ status: 'TIDAK_VALID' });
  });

  it('stays valid when a keberatan upholds the result, and not when it changes it', async () => {
    const h = hashOf((await pdf(`/api/v1/penilaian/evaluasi/${ev.triwulan}/pdf`, NIP.pelaksana)).text);
    await db.update(evaluasi).set({ status: 'DIPUTUS' }).where(eq(evaluasi.id, ev.triwulan));
    expect((await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.triwulan}?h=${h}`, { as: null })).json()).toMatchObject({ valid: true, catatan: 'Hasil penilaian ini telah dipertahankan melalui keputusan atas keberatan.' });
    await db.update(evaluasi).set({ ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' }).where(eq(evaluasi.id, ev.triwulan));
    const after = (await t.api('GET', `/api/v1/verifikasi/evaluasi/${ev.triwulan}?h=${h}`, { as: null })).json<HasilVerifikasi>();
    expect(after).toMatchObject({ valid: false });
    expect(after.pesan).toContain('keberatan');
  });
});

describe('recap (XLSX)', () => {
  async function workbook(url: string, as: string) {
    const res = await t.api('GET', url, { as });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    return sheet;
  }

  it('gives BKPSDM every unit and perangkat daerah, with predicates, finalisation and the override reason', async () => {
    const sheet = await workbook(`/api/v1/penilaian/rekap.xlsx?periodeId=${tahunan}`, NIP.adminBkpsdm);
    const pegawai = sheet('Pegawai');
    const budi = pegawai.find((r) => r[2] === NIP.pelaksana)!;
    expect(budi).toEqual(expect.arrayContaining(['Dinas Kesehatan', 'Baik', 'Final', 'Sesuai Ekspektasi', NIP.pengawas]));
    expect(pegawai.map((r) => r[2])).toEqual(expect.arrayContaining([NIP.pelaksana, NIP.perawat, NIP.guru]));
    const unitRow = sheet('Unit').find((r) => r[13]?.startsWith('Unit hanya'));
    expect(unitRow).toEqual(expect.arrayContaining(['Baik', 'Ya', 'Unit hanya dua pegawai; kurva tidak dapat dipenuhi secara wajar.']));
    const pd = sheet('Perangkat Daerah');
    expect(pd.find((r) => r[0] === 'Dinas Kesehatan')?.slice(0, 2)).toEqual(['Dinas Kesehatan', '2']);
  });

  it("limits the pengelola kinerja to their perangkat daerah, and refuses those without a scope", async () => {
    const sheet = await workbook(`/api/v1/penilaian/rekap.xlsx?periodeId=${tahunan}`, NIP.pengelola);
    expect(sheet('Pegawai').map((r) => r[2]).sort()).toEqual([NIP.pelaksana, NIP.perawat].sort());
    expect((await t.api('GET', `/api/v1/penilaian/rekap.xlsx?periodeId=${tahunan}&unitId=${unit.disdik}`, { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/penilaian/rekap.xlsx?periodeId=${tahunan}`, { as: NIP.pelaksana })).statusCode).toBe(403);
    const kasek = await workbook(`/api/v1/penilaian/rekap.xlsx?periodeId=${tahunan}`, NIP.kasek);
    expect(kasek('Pegawai').map((r) => r[2])).toEqual([NIP.guru]);
  });
});
