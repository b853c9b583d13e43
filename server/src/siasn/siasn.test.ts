import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { queryRows } from '../db/client.js';
import { auditEvent, jabatan, pegawai } from '../db/schema.js';
import { kodeGolonganSiasn, PEMETAAN_SIASN, recordSiasn, type SumberSiasn } from './pemetaan.js';
import type { ValidasiSiasn } from '@capaian/contract/siasn';

const t = await createTestContext({ clock: () => new Date('2027-01-20T03:00:00Z') });
const f = await penilaianFixture(t);
const db = f.db;

let tahunan = '';
let triwulan = '';
let unitGuru = '';
const info: Record<string, { nip: string; nama: string; golongan: string; jabatan: string; unit: string }> = {};

async function infoOf(pegawaiId: string) {
  const [r] = await queryRows<{ nip: string; nama: string; golongan: string; jabatan: string; unit: string }>(
    db,
    sql`SELECT p.nip, p.nama, p.golongan, j.nama AS jabatan, u.nama AS unit FROM pegawai p
          JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
          JOIN unit_kerja u ON u.instansi_id = j.instansi_id AND u.id = j.unit_id WHERE p.id = ${pegawaiId}`,
  );
  return r!;
}

beforeAll(async () => {
  tahunan = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31', status: 'DITUTUP' });
  triwulan = await f.periode({ jenis: 'TRIWULANAN', nomor: 2, mulai: '2026-04-01', selesai: '2026-06-30', status: 'DITUTUP' });
  for (const k of ['pelaksana', 'pengawas', 'administrator'] as const) info[k] = await infoOf(f.id[k]);
  // A penilai whose record is broken: NIP not 18 digits, no golongan.
  const [jab] = await db.select({ id: jabatan.id }).from(jabatan).where(and(eq(jabatan.instansiId, f.instansiId), eq(jabatan.kode, 'DINKES.UMPEG.PENGADM')));
  const [rusak] = await db
    .insert(pegawai)
    .values({ instansiId: f.instansiId, nip: '12345', nama: 'Penilai Data Rusak', jenisAsn: 'PNS', golongan: '', jabatanId: jab!.id })
    .returning({ id: pegawai.id });

  const skp = { budi: await f.skpDisetujui(f.id.pelaksana), sekda: await f.skpDisetujui(f.id.sekda), perawat: await f.skpDisetujui(f.id.perawat), guru: await f.skpDisetujui(f.id.guru), kapus: await f.skpDisetujui(f.id.kapus) };
  const base = { periodeId: tahunan, penilaiId: f.id.pengawas, atasanId: f.id.administrator };
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.pelaksana, skp: skp.budi, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.sekda, skp: skp.sekda, penilaiId: null, atasanId: null, hk: 'DI_ATAS_EKSPEKTASI', rp: 'DI_ATAS_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.perawat, skp: skp.perawat, penilaiId: rusak!.id, hk: 'SESUAI_EKSPEKTASI', rp: 'DI_BAWAH_EKSPEKTASI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.guru, skp: skp.guru, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'DINILAI' });
  await f.evaluasiFinal({ ...base, pegawaiId: f.id.kapus, skp: skp.kapus, hk: 'SESUAI_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI', status: 'KEBERATAN' });
  unitGuru = await f.unitOf(f.id.guru);
  for (const p of [f.id.pelaksana, f.id.sekda, f.id.perawat, f.id.kapus]) {
    const u = await f.unitOf(p);
    await f.finalisasi(tahunan, u).catch(() => undefined); // one row per unit
  }
  await f.evaluasiFinal({ ...base, periodeId: triwulan, pegawaiId: f.id.pelaksana, skp: skp.budi, hk: 'DI_ATAS_EKSPEKTASI', rp: 'SESUAI_EKSPEKTASI' });
  await f.finalisasi(triwulan, await f.unitOf(f.id.pelaksana));
});

const masalahOf = (v: ValidasiSiasn, nip: string) => v.masalah.find((m) => m.pegawai.nip === nip)?.masalah;

describe('validation before export', () => {
  it('lists every problem per pegawai and the units not finalised, instead of skipping silently', async () => {
    const res = await t.api('GET', `/api/v1/siasn/validasi?periodeId=${tahunan}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<ValidasiSiasn>();
    expect(v).toMatchObject({ format: 'skp22', jumlah: 5, siap: 2, periode: { label: 'Tahun 2026' } });
    expect(masalahOf(v, NIP.pelaksana)).toBeUndefined();
    expect(masalahOf(v, NIP.sekda)).toBeUndefined();
    expect(masalahOf(v, NIP.perawat)).toEqual([
      'NIP pejabat penilai (Penilai Data Rusak) tidak valid: "12345" bukan 18 digit angka',
      'Golongan pejabat penilai (Penilai Data Rusak) kosong',
    ]);
    expect(masalahOf(v, NIP.guru)).toEqual(['Penilaian belum final (status "Dinilai")', expect.stringMatching(/^Unit .+ belum difinalisasi$/)]);
    expect(masalahOf(v, NIP.kapus)).toEqual(['Keberatan atas hasil penilaian belum diputus']);
    // Pegawai without an evaluation (no approved SKP) are named too.
    expect(masalahOf(v, NIP.pengawas)).toEqual([expect.stringContaining('Tidak ada evaluasi pada periode ini')]);
    expect(v.unitBelumFinal).toEqual([expect.objectContaining({ unitId: unitGuru, jumlahPegawai: 1 })]);
  });

  it('is for BKPSDM only', async () => {
    expect((await t.api('GET', `/api/v1/siasn/validasi?periodeId=${tahunan}`, { as: NIP.pengelola })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/siasn/ekspor?periodeId=${tahunan}`, { as: NIP.kadis })).statusCode).toBe(403);
    expect((await t.api('GET', `/api/v1/siasn/validasi?periodeId=${tahunan}`, { as: (await t.otherPemdaAdmin()).nip })).statusCode).toBe(404);
  });
});

describe('export', () => {
  it('refuses while anything is wrong, with the problems in details.masalah', async () => {
    const res = await t.api('GET', `/api/v1/siasn/ekspor?periodeId=${tahunan}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode).toBe(409);
    const body = res.json<{ error: string; message: string; details: { masalah: unknown[]; unitBelumFinal: unknown[] } }>();
    expect(body.error).toBe('siasn_belum_valid');
    expect(body.message).toContain('sebagian=true');
    const v = (await t.api('GET', `/api/v1/siasn/validasi?periodeId=${tahunan}`, { as: NIP.adminBkpsdm })).json<ValidasiSiasn>();
    expect(body.details.masalah).toHaveLength(v.masalah.length);
    expect(body.details.unitBelumFinal).toHaveLength(1);
  });

  it('exports the valid annual results as skp22-shaped records with sebagian=true, listing the excluded ones', async () => {
    const res = await t.api('GET', `/api/v1/siasn/ekspor?periodeId=${tahunan}&sebagian=true`, { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toContain('siasn-skp22-KOTA-CONTOH-2026-tahunan-1-sebagian.json');
    const file = res.json<{ format: string; jumlah: number; data: Array<Record<string, unknown>>; dikecualikan: Array<{ pegawai: { nip: string } }> }>();
    expect(file).toMatchObject({ format: 'skp22', jumlah: 2, periode: { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' } });
    const budi = file.data.find((r) => r.nipDinilai === NIP.pelaksana);
    expect(budi).toEqual({
      id: null,
      pnsDinilaiOrang: null,
      nipDinilai: NIP.pelaksana,
      tahun: 2026,
      hasilKinerjaNilai: 2,
      perilakuKerjaNilai: 2,
      kuadranKinerjaNilai: 4,
      statusPenilai: 'ASN',
      penilaiNipNrp: NIP.pengawas,
      penilaiNama: expect.stringContaining(info.pengawas!.nama),
      penilaiGolongan: kodeGolonganSiasn(info.pengawas!.golongan),
      penilaiJabatan: info.pengawas!.jabatan,
      penilaiUnorNama: info.pengawas!.unit,
      statusAtasanPenilai: 'ASN',
      atasanPenilaiNipNrp: NIP.administrator,
      atasanPenilaiNama: expect.stringContaining(info.administrator!.nama),
      atasanPenilaiGolongan: kodeGolonganSiasn(info.administrator!.golongan),
      atasanPenilaiJabatan: info.administrator!.jabatan,
      atasanPenilaiUnorNama: info.administrator!.unit,
      path: [],
    });
    expect(budi!.penilaiGolongan).toMatch(/^[1-4][1-5]$/);
    const sekda = file.data.find((r) => r.nipDinilai === NIP.sekda);
    expect(sekda).toMatchObject({ kuadranKinerjaNilai: 5, hasilKinerjaNilai: 3, statusPenilai: 'NON ASN', penilaiNipNrp: null, penilaiNama: 'Ir. Bambang Wijaya, M.T.' });
    expect(file.dikecualikan.map((d) => d.pegawai.nip)).toEqual(expect.arrayContaining([NIP.perawat, NIP.guru, NIP.kapus]));
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'siasn_ekspor'), eq(auditEvent.entityId, tahunan)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.summary).toContain('2 data');
  });

  it('exports periodic results as kinerjaperiodik-shaped records with the month range', async () => {
    const res = await t.api('GET', `/api/v1/siasn/ekspor?periodeId=${triwulan}&sebagian=true`, { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const file = res.json<{ format: string; data: Array<Record<string, unknown>> }>();
    expect(file.format).toBe('kinerjaperiodik');
    expect(file.data).toEqual([
      expect.objectContaining({
        pnsDinilaiId: null,
        nipDinilai: NIP.pelaksana,
        tahun: 2026,
        bulanMulaiPenilaian: 4,
        bulanSelesaiPenilaian: 6,
        tahunMulaiPenilaian: 2026,
        tahunSelesaiPenilaian: 2026,
        hasilKinerjaNilai: 3,
        perilakuKerjaNilai: 2,
        kuadranKinerjaNilai: 4,
        penilaiNipNrp: NIP.pengawas,
        penilaiJabatanNama: info.pengawas!.jabatan,
        statusPenilai: 'ASN',
      }),
    ]);
    expect(file.data[0]).not.toHaveProperty('atasanPenilaiNipNrp');
  });

  it('refuses a query without a period', async () => {
    expect((await t.api('GET', '/api/v1/siasn/ekspor', { as: NIP.adminBkpsdm })).json()).toMatchObject({ error: 'validation_failed', fields: { periodeId: expect.any(String) } });
  });
});

describe('the mapping table', () => {
  it('documents every field and builds each record kind from it', () => {
    for (const f of PEMETAAN_SIASN) expect(f.keterangan.length, f.field).toBeGreaterThan(5);
    const s: SumberSiasn = {
      nip: NIP.pelaksana,
      tahun: 2026,
      bulanMulai: 1,
      bulanSelesai: 12,
      tahunMulai: 2026,
      tahunSelesai: 2026,
      ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
      ratingPerilaku: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'SANGAT_KURANG',
      penilai: { status: 'ASN', nip: NIP.pengawas, nama: 'Y', golongan: 'IV/e', jabatan: 'J', unor: 'U' },
      atasan: null,
    };
    const skp22 = recordSiasn('skp22', s);
    expect(skp22).toMatchObject({ hasilKinerjaNilai: 1, perilakuKerjaNilai: 1, kuadranKinerjaNilai: 1, penilaiGolongan: '45', atasanPenilaiNipNrp: null });
    expect(skp22).not.toHaveProperty('bulanMulaiPenilaian');
    expect(Object.keys(recordSiasn('kinerjaperiodik', s))).toEqual(expect.arrayContaining(['bulanMulaiPenilaian', 'bulanSelesaiPenilaian', 'penilaiJabatanNama', 'pnsDinilaiId']));
  });

  it('codes golongan as SIASN references', () => {
    expect([kodeGolonganSiasn('I/a'), kodeGolonganSiasn('II/c'), kodeGolonganSiasn('III/d'), kodeGolonganSiasn('IV/e')]).toEqual(['11', '23', '34', '45']);
    expect(kodeGolonganSiasn('IX')).toBe('IX');
    expect(kodeGolonganSiasn('')).toBeNull();
    expect(kodeGolonganSiasn(null)).toBeNull();
  });
});
