import { describe, expect, it } from 'vitest';
import { createTestContext, NIP } from '../../test/context.js';
import type { SkpDetail } from '@capaian/contract/skp';

const t = await createTestContext({ clock: () => new Date('2026-01-10T03:00:00Z') });

async function unitId(kode: string) {
  const units = (await t.api('GET', '/api/v1/unit-kerja', { as: NIP.pelaksana })).json<Array<{ id: string; kode: string }>>();
  return units.find((u) => u.kode === kode)!.id;
}
const goal = (unit: string, sasaran: string) => ({ unitId: unit, tahun: 2026, sasaran, indikator: 'Persentase puskesmas terakreditasi paripurna', target: '80%' });

describe('Perjanjian Kinerja of a unit', () => {
  it('the kepala dinas records the goals of their dinas; a staff member and another dinas may not', async () => {
    const dinkes = await unitId('DINKES');
    const res = await t.api('POST', '/api/v1/perjanjian-kinerja', { as: NIP.kadis, body: goal(dinkes, 'Meningkatnya mutu pelayanan kesehatan') });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ unitNama: 'Dinas Kesehatan', tahun: 2026, jumlahRhk: 0, can: { update: true } });
    expect((await t.api('POST', '/api/v1/perjanjian-kinerja', { as: NIP.pelaksana, body: goal(dinkes, 'X') })).statusCode).toBe(403);
    const disdik = await unitId('DISDIK');
    expect((await t.api('POST', '/api/v1/perjanjian-kinerja', { as: NIP.kadis, body: goal(disdik, 'Y') })).statusCode).toBe(403);
    expect((await t.api('POST', '/api/v1/perjanjian-kinerja', { as: NIP.adminBkpsdm, body: goal(disdik, 'Meningkatnya mutu pendidikan dasar') })).statusCode).toBe(201);
    const bad = await t.api('POST', '/api/v1/perjanjian-kinerja', { as: NIP.kadis, body: { ...goal(dinkes, ''), target: '' } });
    expect(bad.json()).toMatchObject({ error: 'validation_failed', fields: { sasaran: 'wajib diisi', target: 'wajib diisi' } });
    // Everyone reads; only the leader may change it.
    const list = (await t.api('GET', `/api/v1/perjanjian-kinerja?unitId=${dinkes}&tahun=2026`, { as: NIP.pelaksana })).json<Array<{ can: { update: boolean } }>>();
    expect(list).toHaveLength(1);
    expect(list[0]?.can.update).toBe(false);
  });

  it('a JPT builds RHK from the goals with the perspektif column, and submits without a superior RHK', async () => {
    const goals = (await t.api('GET', '/api/v1/perjanjian-kinerja?tahun=2026', { as: NIP.kadis })).json<Array<{ id: string; unitNama: string }>>();
    const mine = goals.find((g) => g.unitNama === 'Dinas Kesehatan')!;
    const other = goals.find((g) => g.unitNama === 'Dinas Pendidikan')!;
    let skp = (await t.api('POST', '/api/v1/skp', { as: NIP.kadis, body: { tahun: 2026 } })).json<SkpDetail>();
    expect(skp.denganPerspektif).toBe(true);
    expect(skp.pilihanSasaranOrganisasi.map((s) => s.id)).toEqual([mine.id]);
    const rhk = (sasaranOrganisasiId: string) => ({
      rowVersion: skp.rowVersion,
      jenis: 'UTAMA',
      uraian: 'Meningkatnya mutu pelayanan kesehatan dasar',
      sasaranOrganisasiId,
      perspektif: 'PENERIMA_LAYANAN',
      indikator: [{ aspek: 'KUALITAS', uraian: 'Persentase puskesmas terakreditasi paripurna', targetNilai: '80', targetSatuan: 'persen' }],
    });
    const wrong = await t.api('POST', `/api/v1/skp/${skp.id}/rhk`, { as: NIP.kadis, body: rhk(other.id) });
    expect(wrong.json().fields).toEqual({ sasaranOrganisasiId: 'bukan sasaran Perjanjian Kinerja unit yang Anda pimpin pada tahun ini' });
    skp = (await t.api('POST', `/api/v1/skp/${skp.id}/rhk`, { as: NIP.kadis, body: rhk(mine.id) })).json<SkpDetail>();
    expect(skp.hasilKerja[0]).toMatchObject({ sasaranOrganisasiId: mine.id, perspektif: 'PENERIMA_LAYANAN' });
    // A goal of the Perjanjian Kinerja links the RHK as well as a superior's RHK does, everywhere.
    expect(skp.hasilKerja[0]?.terhubung).toBe(true);
    const team = (await t.api('GET', '/api/v1/skp/tim?tahun=2026', { as: NIP.sekda })).json<Array<{ nip: string; skp: { rhkBelumTerhubung: number } | null }>>();
    expect(team.find((m) => m.nip === NIP.kadis)?.skp?.rhkBelumTerhubung).toBe(0);
    const sent = await t.api('POST', `/api/v1/skp/${skp.id}/ajukan`, { as: NIP.kadis, body: { rowVersion: skp.rowVersion } });
    expect(sent.json<SkpDetail>().status).toBe('DIAJUKAN');
    // The goal in use cannot be deleted.
    const del = await t.api('DELETE', `/api/v1/perjanjian-kinerja/${mine.id}`, { as: NIP.kadis });
    expect(del.statusCode).toBe(409);
  });
});
