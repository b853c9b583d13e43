/**
 * What a period is judged by: the period's share of each target (rencana aksi, or the SKP's target
 * prorated), the pemda's aturan penilaian pinned when the period is opened, and the year's
 * periodic results and attendance beside the annual rating.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEFAULT_ATURAN_PENILAIAN } from '@capaian/domain';
import type { Evaluasi, KurvaStatus, PeriodeItem } from '@capaian/contract/penilaian';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { evaluasi, kehadiran, periodePenilaian, rencanaAksi } from '../db/schema.js';

// 20 November 2026, 10:00 WIB.
const t = await createTestContext({ clock: () => new Date('2026-11-20T03:00:00Z') });
const f = await penilaianFixture(t);
const db = f.db;

// Budi's SKP: RHK 1 "24 usulan" (November planned at 3 by a rencana aksi), RHK 2 "4 laporan" (no plan).
const skp = await f.skpDisetujui(f.id.pelaksana);
await db.insert(rencanaAksi).values({
  instansiId: f.instansiId,
  skpId: skp.skpId,
  rhkId: skp.rhk[0]!.id,
  indikatorId: skp.rhk[0]!.indikatorId,
  periode: 11,
  periodeMulai: '2026-11-01',
  periodeSelesai: '2026-11-30',
  uraian: 'Memproses usulan kenaikan pangkat periode Desember',
  target: 3,
});
await f.realisasiDenganBukti(f.id.pelaksana, skp, 0, 2, '2026-11-05');
await f.realisasiDenganBukti(f.id.pelaksana, skp, 0, 1, '2026-11-10');
await f.realisasiDenganBukti(f.id.pelaksana, skp, 1, 1, '2026-11-12');
// Earlier in the year: not part of November's realisation.
await f.realisasiDenganBukti(f.id.pelaksana, skp, 0, 9, '2026-03-10');
const unitBudi = await f.unitOf(f.id.pelaksana);

async function buka(jenis: string, nomor: number, batasPenilaian: string) {
  const res = await t.api('POST', '/api/v1/penilaian/periode', { as: NIP.adminBkpsdm, body: { jenis, tahun: 2026, nomor, batasPenilaian } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<PeriodeItem>();
}
async function evaluasiBudi(periodeId: string) {
  const [e] = await db.select({ id: evaluasi.id }).from(evaluasi).where(and(eq(evaluasi.periodeId, periodeId), eq(evaluasi.pegawaiId, f.id.pelaksana)));
  return (await t.api('GET', `/api/v1/penilaian/evaluasi/${e!.id}`, { as: NIP.pengawas })).json<Evaluasi>();
}

describe('a periodic rating suggestion compares the period with its share of the target', () => {
  it('uses the rencana aksi of the period, else the SKP target prorated by days, and says which', async () => {
    const november = await buka('BULANAN', 11, '2026-12-10');
    const ev = await evaluasiBudi(november.id);
    const [usulan, laporan] = ev.rhk.map((r) => r.indikator[0]!);
    expect(usulan).toMatchObject({ target: '24 usulan', targetPeriode: 3, sumberTarget: 'RENCANA_AKSI', realisasi: 3, persen: 100 });
    expect(laporan).toMatchObject({
      target: '4 laporan',
      targetPeriode: 0.33,
      sumberTarget: 'PRORATA',
      keteranganTarget: 'target SKP 4 diprorata 30 dari 365 hari = 0,33',
      realisasi: 1,
    });
    // 100% and 303% (counted at the 120% cap): on average 110% → Di Atas Ekspektasi, not the 12.5% of a year's target.
    expect(ev.saranRatingHasilKerja).toBe('DI_ATAS_EKSPEKTASI');
    expect(ev.saranAlasan).toContain('Rata-rata capaian 2 indikator 110%');
    expect(ev.saranAlasan).toContain('Target yang dibandingkan: 1 indikator dengan target rencana aksi periode ini, 1 indikator dengan target SKP diprorata.');
    expect(ev.tahunan).toBeNull();
  });
});

describe('the aturan penilaian a period is judged by', () => {
  it('pins the rules in force on its first day when it is opened: a change applies from the next period', async () => {
    // BKPSDM tightens the Baik cap to 50% on 20 November: it applies from 1 December.
    const aturan = structuredClone(DEFAULT_ATURAN_PENILAIAN);
    const baik = aturan.kurva.BAIK.map((r) => (r.id === 'BAIK_BAIK_MAKS' && r.jenis === 'MAKS_PERSEN' ? { ...r, persen: 50 } : r));
    const res = await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminBkpsdm, body: { ...aturan, kurva: { ...aturan.kurva, BAIK: baik }, keberatanHari: 21 } });
    expect(res.statusCode, res.body).toBe(200);

    const oktober = await buka('BULANAN', 10, '2026-11-30');
    const desember = await buka('BULANAN', 12, '2027-01-10');
    const pinned = await db.select({ id: periodePenilaian.id, versi: periodePenilaian.aturanVersi }).from(periodePenilaian);
    expect(pinned.find((p) => p.id === oktober.id)?.versi).toBeNull();
    expect(pinned.find((p) => p.id === desember.id)?.versi).toBe(1);

    const kurva = async (periodeId: string) => {
      await f.capaian(periodeId, unitBudi, 'BAIK');
      return (await t.api('GET', `/api/v1/penilaian/unit/${unitBudi}/kurva?periodeId=${periodeId}`, { as: NIP.adminBkpsdm })).json<KurvaStatus>().aturan.map((a) => a.deskripsi);
    };
    expect(await kurva(oktober.id)).toContain('Baik paling banyak 70% (berlaku untuk unit dengan paling sedikit 2 pegawai)');
    expect(await kurva(desember.id)).toContain('Baik paling banyak 50% (berlaku untuk unit dengan paling sedikit 2 pegawai)');
  });
});

describe('the annual rating screen', () => {
  it("shows the year's periodic results and the attendance summary the pemda imported", async () => {
    const sebelum = await buka('BULANAN', 9, '2026-10-10');
    await db.insert(kehadiran).values([
      { instansiId: f.instansiId, pegawaiId: f.id.pelaksana, tanggal: '2026-11-02', status: 'HADIR', jamMasuk: '08:00', jamPulang: '16:00' },
      { instansiId: f.instansiId, pegawaiId: f.id.pelaksana, tanggal: '2026-11-03', status: 'TANPA_KETERANGAN' },
      { instansiId: f.instansiId, pegawaiId: f.id.pelaksana, tanggal: '2026-08-14', status: 'SAKIT' },
    ]);
    const tahun = await buka('TAHUNAN', 1, '2027-01-31');
    const ev = await evaluasiBudi(tahun.id);
    expect(ev.tahunan?.periodik.map((p) => p.label)).toContain('September 2026');
    expect(ev.tahunan?.periodik.find((p) => p.id !== undefined && p.label === 'September 2026')).toMatchObject({ status: 'DRAFT', predikat: null });
    expect(ev.tahunan?.periodik.every((p) => p.label !== 'Tahun 2026')).toBe(true);
    expect(ev.tahunan?.kehadiran.bulan.map((b) => b.bulan)).toEqual([8, 11]);
    expect(ev.tahunan?.kehadiran.total).toMatchObject({ hadir: 1, sakit: 1, tanpaKeterangan: 1, terlambatKali: 1, terlambatMenit: 30 });
    // The rater sees it; so does the pegawai (their own attendance); a stranger sees nothing.
    expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.id}`, { as: NIP.pelaksana })).json<Evaluasi>().tahunan?.kehadiran.total.tanpaKeterangan).toBe(1);
    expect((await t.api('GET', `/api/v1/penilaian/evaluasi/${ev.id}`, { as: NIP.guru })).statusCode).toBe(404);
    expect(sebelum.label).toBe('September 2026');
  });
});
