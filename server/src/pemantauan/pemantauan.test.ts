import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { indikatorKinerja, instansi, pegawai, realisasi, rencanaAksi, rhk, skp, unitKerja } from '../db/schema.js';
import type { SkpDetail } from '@capaian/contract/skp';
import type { MonitoringResult } from '@capaian/contract/skp-monitoring';
import type { TimResult, UnitResult } from '@capaian/contract/pemantauan';

// Wednesday 11 March 2026, 10:00 WIB: the ISO week is 9–15 March.
const t = await createTestContext({ clock: () => new Date('2026-03-11T03:00:00Z') });
const db = t.database.db;

const ids = { instansiId: '', budi: '', yuliana: '', dinkes: '', disdik: '', setda: '', otherUnit: '' };
/** Budi's approved SKP (through the API): its indicators. */
const budiInd = { dokumen: '', persen: '', rhk: '', skp: '' };
/** A second bawahan of Yuliana with an SKP inserted directly, ahead of schedule. */
let rekan = { id: '', skp: '', rhk: '', dokumen: '' };
/** A third bawahan without an approved SKP. */
let tanpaSkp = '';

async function pegawaiId(nip: string) {
  return t.pegawaiId(nip);
}
async function unitId(kode: string) {
  const [row] = await db.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, ids.instansiId), eq(unitKerja.kode, kode)));
  return row!.id;
}

/** An approved SKP of 2026 with one RHK and a quantity indicator, written directly. */
async function approvedSkp(pegawaiIdValue: string, target: string, status = 'DISETUJUI', versi = 1) {
  const [s] = await db
    .insert(skp)
    .values({ instansiId: ids.instansiId, pegawaiId: pegawaiIdValue, tahun: 2026, versi, status, periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31' })
    .returning({ id: skp.id });
  const [r] = await db.insert(rhk).values({ instansiId: ids.instansiId, skpId: s!.id, jenis: 'UTAMA', uraian: 'Pengelolaan arsip' }).returning({ id: rhk.id });
  const [i] = await db
    .insert(indikatorKinerja)
    .values({ instansiId: ids.instansiId, rhkId: r!.id, aspek: 'KUANTITAS', uraian: 'Jumlah arsip ditata', targetNilai: target, targetSatuan: 'berkas' })
    .returning({ id: indikatorKinerja.id });
  return { skp: s!.id, rhk: r!.id, indikator: i!.id };
}

async function entri(p: { pegawaiId: string; skpId: string; rhkId: string; indikatorId?: string | null; rencanaAksiId?: string; tanggal: string; jumlah: number | null }) {
  await db.insert(realisasi).values({
    instansiId: ids.instansiId,
    id: randomUUID(),
    pegawaiId: p.pegawaiId,
    skpId: p.skpId,
    rhkId: p.rhkId,
    indikatorId: p.indikatorId ?? null,
    rencanaAksiId: p.rencanaAksiId ?? null,
    tanggal: p.tanggal,
    uraian: 'Kegiatan',
    jumlah: p.jumlah,
  });
}

beforeAll(async () => {
  ids.budi = await pegawaiId(NIP.pelaksana);
  ids.yuliana = await pegawaiId(NIP.pengawas);
  const [b] = await db.select({ instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.id, ids.budi));
  ids.instansiId = b!.instansiId;
  ids.dinkes = await unitId('DINKES');
  ids.disdik = await unitId('DISDIK');
  ids.setda = await unitId('SETDA');
  const [other] = await db.select({ id: unitKerja.id }).from(unitKerja).innerJoin(instansi, eq(instansi.id, unitKerja.instansiId)).where(eq(instansi.kode, 'KAB-LAIN')).limit(1);
  ids.otherUnit = other!.id;

  // Budi's SKP goes the real way: linked to Yuliana's RHK, submitted, approved by her.
  let res = await t.api('POST', '/api/v1/skp', { as: NIP.pengawas, body: { tahun: 2026 } });
  let y = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${y.id}/rhk`, {
    as: NIP.pengawas,
    body: { rowVersion: y.rowVersion, jenis: 'UTAMA', uraian: 'Tata kelola kepegawaian', indikator: [{ aspek: 'KUANTITAS', uraian: 'Layanan', targetNilai: '100', targetSatuan: 'persen', targetTeks: null }] },
  });
  y = res.json<SkpDetail>();
  res = await t.api('POST', '/api/v1/skp', { as: NIP.pelaksana, body: { tahun: 2026 } });
  let budi = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${budi.id}/rhk`, {
    as: NIP.pelaksana,
    body: {
      rowVersion: budi.rowVersion,
      jenis: 'UTAMA',
      uraian: 'Layanan administrasi kepegawaian',
      rhkAtasanId: y.hasilKerja[0]!.id,
      indikator: [
        { aspek: 'KUANTITAS', uraian: 'Jumlah dokumen kepegawaian yang diselesaikan', targetNilai: '240', targetSatuan: 'dokumen', targetTeks: null },
        { aspek: 'KUALITAS', uraian: 'Persentase dokumen tanpa revisi', targetNilai: '95', targetSatuan: 'persen', targetTeks: null },
      ],
    },
  });
  budi = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${budi.id}/ajukan`, { as: NIP.pelaksana, body: { rowVersion: budi.rowVersion } });
  budi = res.json<SkpDetail>();
  res = await t.api('POST', `/api/v1/skp/${budi.id}/setujui`, { as: NIP.pengawas, body: { rowVersion: budi.rowVersion } });
  expect(res.statusCode).toBe(200);
  budi = res.json<SkpDetail>();
  expect(budi.status).toBe('DISETUJUI');
  budiInd.skp = budi.id;
  budiInd.rhk = budi.hasilKerja[0]!.id;
  budiInd.dokumen = budi.hasilKerja[0]!.indikator[0]!.id;
  budiInd.persen = budi.hasilKerja[0]!.indikator[1]!.id;

  // Yuliana's other bawahan: one ahead of schedule, one without an approved SKP.
  const team = (await t.services.organisasi.bawahanOf(ids.instansiId, ids.yuliana, '2026-03-11')).filter((id) => id !== ids.budi);
  expect(team.length).toBeGreaterThanOrEqual(2);
  const r = await approvedSkp(team[0]!, '120');
  rekan = { id: team[0]!, skp: r.skp, rhk: r.rhk, dokumen: r.indikator };
  tanpaSkp = team[1]!;
  await approvedSkp(tanpaSkp, '50', 'DRAFT');

  // Budi: 30 documents by 11 March (behind: 240 × 70/365 × 0.8 = 36.8), two entries this week.
  await entri({ pegawaiId: ids.budi, skpId: budiInd.skp, rhkId: budiInd.rhk, indikatorId: budiInd.dokumen, tanggal: '2026-01-20', jumlah: 10 });
  await entri({ pegawaiId: ids.budi, skpId: budiInd.skp, rhkId: budiInd.rhk, indikatorId: budiInd.dokumen, tanggal: '2026-02-27', jumlah: 8 });
  await entri({ pegawaiId: ids.budi, skpId: budiInd.skp, rhkId: budiInd.rhk, indikatorId: budiInd.dokumen, tanggal: '2026-03-09', jumlah: 5 });
  // An entry without indicator counts for its rencana aksi's indicator.
  const [ra] = await db
    .insert(rencanaAksi)
    .values({ instansiId: ids.instansiId, skpId: budiInd.skp, rhkId: budiInd.rhk, indikatorId: budiInd.dokumen, periode: 3, periodeMulai: '2026-03-01', periodeSelesai: '2026-03-31', uraian: 'Menata berkas', target: 20 })
    .returning({ id: rencanaAksi.id });
  await entri({ pegawaiId: ids.budi, skpId: budiInd.skp, rhkId: budiInd.rhk, rencanaAksiId: ra!.id, tanggal: '2026-03-10', jumlah: 7 });
  // A qualitative entry (no quantity) is counted as a report but adds nothing.
  await entri({ pegawaiId: ids.budi, skpId: budiInd.skp, rhkId: budiInd.rhk, indikatorId: budiInd.persen, tanggal: '2026-03-02', jumlah: null });

  // Rekan: 40 of 120 — ahead of schedule (expected 23), last reported in February.
  await entri({ pegawaiId: rekan.id, skpId: rekan.skp, rhkId: rekan.rhk, indikatorId: rekan.dokumen, tanggal: '2026-02-02', jumlah: 25 });
  await entri({ pegawaiId: rekan.id, skpId: rekan.skp, rhkId: rekan.rhk, indikatorId: rekan.dokumen, tanggal: '2026-02-25', jumlah: 15 });
  // A future entry (after the board's date) is not counted.
  await entri({ pegawaiId: rekan.id, skpId: rekan.skp, rhkId: rekan.rhk, indikatorId: rekan.dokumen, tanggal: '2026-03-20', jumlah: 100 });
});

describe('team board (GET /pemantauan/tim)', () => {
  it("shows the caller's direct bawahan with target vs realised, reports this week and month, and what is behind", async () => {
    const res = await t.api('GET', '/api/v1/pemantauan/tim', { as: NIP.pengawas });
    expect(res.statusCode).toBe(200);
    const board = res.json<TimResult>();
    expect(board).toMatchObject({ tahun: 2026, bulan: 3, hariIni: '2026-03-11', acuan: '2026-03-11', minggu: { mulai: '2026-03-09', selesai: '2026-03-15' } });
    const expected = await t.services.organisasi.bawahanOf(ids.instansiId, ids.yuliana, '2026-03-11');
    expect(board.anggota.map((a) => a.pegawai.id).sort()).toEqual([...expected].sort());

    const budi = board.anggota.find((a) => a.pegawai.id === ids.budi)!;
    expect(budi).toMatchObject({
      pegawai: { nip: NIP.pelaksana, nama: 'Budi Santoso' },
      skpId: budiInd.skp,
      terakhirLapor: '2026-03-10',
      entriMingguIni: 2,
      entriBulanIni: 3,
      belumLaporMingguIni: false,
      belumLaporBulanIni: false,
      jumlahTertinggal: 1,
      can: { lihatRealisasi: true, beriUmpanBalik: true },
    });
    expect(budi.indikator).toEqual([
      {
        rhkId: budiInd.rhk,
        rhkUraian: 'Layanan administrasi kepegawaian',
        indikatorId: budiInd.dokumen,
        uraian: 'Jumlah dokumen kepegawaian yang diselesaikan',
        aspek: 'KUANTITAS',
        target: 240,
        satuan: 'dokumen',
        realisasi: 30,
        persen: 12.5,
        harapan: 46.03,
        tertinggal: true,
      },
      expect.objectContaining({ indikatorId: budiInd.persen, target: 95, satuan: 'persen', realisasi: 0, persen: null, tertinggal: false }),
    ]);

    const r = board.anggota.find((a) => a.pegawai.id === rekan.id)!;
    expect(r).toMatchObject({ terakhirLapor: '2026-02-25', entriMingguIni: 0, entriBulanIni: 0, belumLaporMingguIni: true, belumLaporBulanIni: true, jumlahTertinggal: 0 });
    expect(r.indikator).toEqual([expect.objectContaining({ target: 120, realisasi: 40, persen: 33.3, tertinggal: false })]);

    // A draft SKP does not count: no indicators, nothing behind.
    expect(board.anggota.find((a) => a.pegawai.id === tanpaSkp)).toMatchObject({ skpId: null, indikator: [], jumlahTertinggal: 0, terakhirLapor: null });
  });

  it('looks at a past month as of its last day', async () => {
    const board = (await t.api('GET', '/api/v1/pemantauan/tim?tahun=2026&bulan=2', { as: NIP.pengawas })).json<TimResult>();
    expect(board).toMatchObject({ bulan: 2, acuan: '2026-02-28', minggu: { mulai: '2026-02-23', selesai: '2026-03-01' } });
    const budi = board.anggota.find((a) => a.pegawai.id === ids.budi)!;
    expect(budi).toMatchObject({ terakhirLapor: '2026-02-27', entriMingguIni: 1, entriBulanIni: 1 });
    expect(budi.indikator[0]).toMatchObject({ realisasi: 18, tertinggal: true });
    const r = board.anggota.find((a) => a.pegawai.id === rekan.id)!;
    expect(r).toMatchObject({ entriMingguIni: 1, entriBulanIni: 2, belumLaporBulanIni: false });
    expect(r.indikator[0]).toMatchObject({ realisasi: 40 });
  });

  it('takes the month of a past year as December by default, and refuses bad query values naming the field', async () => {
    const last = (await t.api('GET', '/api/v1/pemantauan/tim?tahun=2025', { as: NIP.pengawas })).json<TimResult>();
    expect(last).toMatchObject({ tahun: 2025, bulan: 12, acuan: '2025-12-31' });
    expect(last.anggota.every((a) => a.skpId === null && a.indikator.length === 0)).toBe(true);
    const bad = await t.api('GET', '/api/v1/pemantauan/tim?tahun=1999&bulan=13', { as: NIP.pengawas });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject({ tahun: 'tahun paling awal 2020', bulan: 'bulan 1 sampai 12' });
  });

  it('includes the bawahan of a Plt seat', async () => {
    // Agus (administrator) is Plt Kabid Yankes: the board follows bawahanOf.
    const agus = await pegawaiId(NIP.administrator);
    const expected = await t.services.organisasi.bawahanOf(ids.instansiId, agus, '2026-03-11');
    const board = (await t.api('GET', '/api/v1/pemantauan/tim', { as: NIP.administrator })).json<TimResult>();
    expect(board.anggota.map((a) => a.pegawai.id).sort()).toEqual([...expected].sort());
    expect(board.anggota.length).toBeGreaterThan(1);
  });

  it('is empty for a pelaksana (no bawahan), and never shows another pemda', async () => {
    const board = (await t.api('GET', '/api/v1/pemantauan/tim', { as: NIP.pelaksana })).json<TimResult>();
    expect(board.anggota).toEqual([]);
    const other = await t.otherPemdaAdmin();
    const theirs = (await t.api('GET', '/api/v1/pemantauan/tim', { as: other.nip })).json<TimResult>();
    expect(theirs.anggota.some((a) => a.pegawai.id === ids.budi)).toBe(false);
  });

  it.skipIf(t.kind !== 'pglite')('uses the same number of statements whatever the team size', async () => {
    const engine = t.database.pglite!;
    const count = async (nip: string) => {
      let n = 0;
      const q = engine.query.bind(engine);
      const e = engine.exec.bind(engine);
      engine.query = ((...a: Parameters<typeof q>) => ((n += 1), q(...a))) as typeof engine.query;
      engine.exec = ((...a: Parameters<typeof e>) => ((n += 1), e(...a))) as typeof engine.exec;
      try {
        const board = (await t.api('GET', '/api/v1/pemantauan/tim', { as: nip })).json<TimResult>();
        return { n, size: board.anggota.length };
      } finally {
        engine.query = q;
        engine.exec = e;
      }
    };
    // Warm the session and instansi caches first.
    await count(NIP.pengawas);
    await count(NIP.kadis);
    const small = await count(NIP.pengawas);
    const large = await count(NIP.kadis);
    expect(large.size).not.toBe(small.size);
    expect(large.n).toBe(small.n);
    // The session lookup, the bawahan (two) and the board.
    expect(small.n).toBeLessThanOrEqual(4);
  });
});

describe('unit roll-up (GET /pemantauan/unit)', () => {
  it("gives the pengelola kinerja their perangkat daerah's sub-units, counted like the SKP monitoring", async () => {
    const res = await t.api('GET', '/api/v1/pemantauan/unit', { as: NIP.pengelola });
    expect(res.statusCode).toBe(200);
    const u = res.json<UnitResult>();
    expect(u).toMatchObject({ tahun: 2026, bulan: 3, acuan: '2026-03-11', unit: { id: ids.dinkes, kode: 'DINKES', parentId: null } });
    // The same unit tree as the SKP monitoring (its `anak` rows).
    const mon = (await t.api('GET', `/api/v1/skp-monitoring?tahun=2026&unitId=${ids.dinkes}`, { as: NIP.pengelola })).json<MonitoringResult>();
    const totals = new Map(mon.items.filter((i) => i.total > 0 || !i.langsung).map((i) => [`${i.unitId}:${i.langsung}`, i.total]));
    expect(new Map(u.baris.map((b) => [`${b.unitId}:${b.langsung}`, b.jumlahPegawai]))).toEqual(totals);
    for (const b of u.baris) expect(b.sudahLaporBulanIni + b.belumLaporBulanIni).toBe(b.jumlahPegawai);

    // Budi and his colleagues sit under the Sekretariat of the Dinas: 2 reported this month (Budi, 3 entries).
    const [row] = await queryRows<{ unit_id: string }>(db, sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.id = ${ids.budi}`);
    const path = await queryRows<{ id: string }>(
      db,
      sql`WITH RECURSIVE up AS (SELECT id, parent_id FROM unit_kerja WHERE id = ${row!.unit_id}::uuid
                                UNION ALL SELECT u.id, u.parent_id FROM unit_kerja u JOIN up ON u.id = up.parent_id)
          SELECT id FROM up`,
    );
    const budiRow = u.baris.find((b) => !b.langsung && path.some((p) => p.id === b.unitId))!;
    expect(budiRow.sudahLaporBulanIni).toBeGreaterThanOrEqual(1);
    expect(budiRow.entriBulanIni).toBeGreaterThanOrEqual(3);
    expect(budiRow.jumlahTertinggal).toBeGreaterThanOrEqual(1);
    expect(u.baris.reduce((s, b) => s + b.entriBulanIni, 0)).toBe(3);
    expect(u.baris.reduce((s, b) => s + b.jumlahTertinggal, 0)).toBe(1);
  });

  it('gives the kepala dinas the same default, and BKPSDM any unit (their own perangkat daerah by default)', async () => {
    const kadis = (await t.api('GET', '/api/v1/pemantauan/unit', { as: NIP.kadis })).json<UnitResult>();
    expect(kadis.unit.id).toBe(ids.dinkes);
    const admin = await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.dinkes}`, { as: NIP.adminBkpsdm });
    expect(admin.statusCode).toBe(200);
    expect(admin.json<UnitResult>().baris).toEqual(kadis.baris);
    expect(admin.json<UnitResult>().unit.parentId).not.toBeNull();
    const own = (await t.api('GET', '/api/v1/pemantauan/unit', { as: NIP.adminBkpsdm })).json<UnitResult>();
    expect(own.unit.kode).toBe('BKPSDM');
    // At the sekretariat daerah BKPSDM sees every perangkat daerah below as a row.
    const setda = (await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.setda}`, { as: NIP.adminBkpsdm })).json<UnitResult>();
    expect(setda.baris.map((b) => b.unitId)).toEqual(expect.arrayContaining([ids.dinkes, ids.disdik]));
  });

  it('lets the pengelola open a sub-unit of their perangkat daerah', async () => {
    const top = (await t.api('GET', '/api/v1/pemantauan/unit', { as: NIP.pengelola })).json<UnitResult>();
    const sub = top.baris.find((b) => b.can.rinci)!;
    const res = await t.api('GET', `/api/v1/pemantauan/unit?unitId=${sub.unitId}`, { as: NIP.pengelola });
    expect(res.statusCode).toBe(200);
    const u = res.json<UnitResult>();
    expect(u.unit).toMatchObject({ id: sub.unitId, parentId: ids.dinkes });
    expect(u.baris.reduce((s, b) => s + b.jumlahPegawai, 0)).toBe(sub.jumlahPegawai);
  });

  it('refuses a pelaksana and a pengawas (403), another perangkat daerah (403), and another pemda (404)', async () => {
    for (const nip of [NIP.pelaksana, NIP.pengawas]) {
      const res = await t.api('GET', '/api/v1/pemantauan/unit', { as: nip });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'forbidden' });
    }
    expect((await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.disdik}`, { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.setda}`, { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.otherUnit}`, { as: NIP.adminBkpsdm })).statusCode).toBe(404);
    const other = await t.otherPemdaAdmin();
    const res = await t.api('GET', `/api/v1/pemantauan/unit?unitId=${ids.dinkes}`, { as: other.nip });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
    const bad = await t.api('GET', '/api/v1/pemantauan/unit?unitId=bukan', { as: NIP.adminBkpsdm });
    expect(bad.json().fields).toMatchObject({ unitId: 'harus berupa id unit kerja' });
  });
});
